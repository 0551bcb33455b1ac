// GET /api/workshops/:workshopId/export/:format — the workshop summary as a file (members only).
import { z } from "zod";
import { withRoute } from "@/lib/auth/with-access";
import { NoFollowUpDateError } from "@/lib/exports/ics";
import { loadInviteDetails } from "@/lib/exports/load-invite-details";
import { loadWorkshopExport } from "@/lib/exports/load-workshop-export";
import { ExportFormatSchema, renderExport } from "@/lib/exports/render-export";
import { requestOrigin } from "@/lib/http/request-origin";
import { fail } from "@/lib/result";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

export const dynamic = "force-dynamic";

// Observers may export too: reading the outcome is what they are there for.
export const GET = withRoute(
  {
    requires: "member",
    params: z.object({ workshopId: WorkshopIdSchema, format: ExportFormatSchema }),
  },
  async ({ request, params }) => {
    const data = await loadWorkshopExport({ workshopId: params.workshopId });
    if (!data) return fail("not-found", "This workshop no longer exists.");
    // The request URL carries the bind address (0.0.0.0): links use the address people reached.
    const origin = requestOrigin(request.headers);
    // ?start= is the meeting's start as an ISO instant, from the time picked in step 8.
    const start = z.iso.datetime().safeParse(new URL(request.url).searchParams.get("start"));
    try {
      const invite =
        params.format === "ics"
          ? await loadInviteDetails({
              workshopId: params.workshopId,
              origin,
              start: start.success
                ? new Date(start.data)
                : data.board.followUpStart
                  ? new Date(data.board.followUpStart)
                  : undefined,
            })
          : undefined;
      const file = await renderExport({ format: params.format, data, origin, invite });
      return new Response(new Uint8Array(file.body), {
        headers: {
          "Content-Type": file.contentType,
          "Content-Disposition": `attachment; filename="${file.filename}"`,
          "Content-Length": String(file.body.byteLength),
          "Cache-Control": "no-store",
        },
      });
    } catch (error) {
      if (error instanceof NoFollowUpDateError) return fail("conflict", error.message);
      console.error("[export] failed", error);
      return fail("internal", "The export could not be built. Try again, or pick another format.");
    }
  },
);
