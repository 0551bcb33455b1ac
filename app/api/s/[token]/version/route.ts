// GET /api/s/:token/version — the shared workshop's current version, for the stakeholder page's polling.
import { z } from "zod";
import { withRoute } from "@/lib/auth/with-access";
import { workshopDocsVersion } from "@/lib/document-store/workshop-docs-version";
import { fail } from "@/lib/result";
import { findStakeholderShare } from "@/lib/sharing/stakeholder-shares";

export const dynamic = "force-dynamic";

// The token is the only credential: a stakeholder has no session.
export const GET = withRoute(
  { requires: "anyone", params: z.object({ token: z.string().min(1).max(200) }) },
  async ({ params }) => {
    const share = await findStakeholderShare({ token: params.token });
    if (share.state === "revoked") return fail("gone", "This link was revoked.");
    if (share.state !== "active") return fail("not-found", "Unknown link.");
    const version = await workshopDocsVersion({ workshopId: share.workshopId });
    return Response.json({ version }, { headers: { "Cache-Control": "no-store" } });
  },
);
