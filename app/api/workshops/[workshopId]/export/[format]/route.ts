// GET /api/workshops/:workshopId/export/:format — the workshop summary as a file (members only).
import { getCurrentUser } from "@/lib/auth/current-user";
import { NoFollowUpDateError } from "@/lib/exports/ics";
import { loadWorkshopExport } from "@/lib/exports/load-workshop-export";
import { ExportFormatSchema, renderExport } from "@/lib/exports/render-export";
import { getMembership } from "@/lib/workshops/get-membership";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

export const dynamic = "force-dynamic";

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(
  request: Request,
  { params }: { params: Promise<{ workshopId: string; format: string }> },
) {
  const { workshopId, format } = await params;
  const id = WorkshopIdSchema.safeParse(workshopId);
  const kind = ExportFormatSchema.safeParse(format);
  if (!id.success || !kind.success) return problem(404, "No such export.");
  const user = await getCurrentUser();
  if (!user) return problem(401, "Sign in to download the summary.");
  // Observers may export too: reading the outcome is what they are there for.
  const membership = await getMembership({ workshopId: id.data, userId: user.id });
  if (!membership) return problem(403, "You are not a member of this workshop.");
  const data = await loadWorkshopExport({ workshopId: id.data });
  if (!data) return problem(404, "This workshop no longer exists.");
  try {
    const file = await renderExport({
      format: kind.data,
      data,
      origin: new URL(request.url).origin,
    });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Content-Length": String(file.body.byteLength),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NoFollowUpDateError) return problem(409, error.message);
    console.error("[export] failed", error);
    return problem(500, "The export could not be built. Try again, or pick another format.");
  }
}
