// GET /api/s/:token/version — the shared workshop's current version, for the stakeholder page's polling.
import { findStakeholderShare } from "@/lib/sharing/stakeholder-shares";
import { workshopDocsVersion } from "@/lib/document-store/workshop-docs-version";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const share = await findStakeholderShare({ token });
  const noStore = { "Cache-Control": "no-store" };
  if (share.state === "revoked") {
    return Response.json({ error: "This link was revoked." }, { status: 410, headers: noStore });
  }
  if (share.state !== "active") {
    return Response.json({ error: "Unknown link." }, { status: 404, headers: noStore });
  }
  const version = await workshopDocsVersion({ workshopId: share.workshopId });
  return Response.json({ version }, { headers: noStore });
}
