// POST /api/workshops/import — creates a new workshop from a JSON export; the importer facilitates.
import { getCurrentUser } from "@/lib/auth/current-user";
import { importWorkshop } from "@/lib/exports/import-workshop";
import { readImportUpload } from "@/lib/imports/read-import-upload";

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to import a workshop." }, { status: 401 });
  if (user.isGuest) {
    return Response.json({ error: "Guests cannot create workshops." }, { status: 403 });
  }
  const upload = await readImportUpload(request);
  if (!upload.ok) return Response.json({ error: upload.error }, { status: upload.status });
  const result = await importWorkshop({
    userId: user.id,
    facilitatorFunction: upload.facilitatorFunction,
    value: upload.value,
  });
  if (!result.ok) return Response.json({ error: result.error }, { status: 422 });
  return Response.json({ id: result.id }, { status: 201 });
}
