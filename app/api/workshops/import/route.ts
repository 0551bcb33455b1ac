// POST /api/workshops/import — creates a new workshop from a JSON export; the importer facilitates.
import { getCurrentUser } from "@/lib/auth/current-user";
import { importWorkshop } from "@/lib/exports/import-workshop";
import { TeamFunctionSchema } from "@/lib/workshops/roles";

const MAX_BYTES = 10 * 1024 * 1024;

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to import a workshop." }, { status: 401 });
  if (user.isGuest) {
    return Response.json({ error: "Guests cannot create workshops." }, { status: 403 });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const fn = TeamFunctionSchema.safeParse(form?.get("function"));
  if (!(file instanceof File) || !fn.success) {
    return Response.json({ error: "Choose an export file and your function." }, { status: 400 });
  }
  if (file.size > MAX_BYTES) {
    return Response.json({ error: "That file is larger than 10 MB." }, { status: 413 });
  }
  const result = await importWorkshop({
    userId: user.id,
    facilitatorFunction: fn.data,
    json: await file.text(),
  });
  if (!result.ok) return Response.json({ error: result.error }, { status: 422 });
  return Response.json({ id: result.id }, { status: 201 });
}
