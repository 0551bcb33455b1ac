// POST /api/workshops/import — creates a new workshop from a JSON export; the importer facilitates.
import { withRoute } from "@/lib/auth/with-access";
import { importWorkshop } from "@/lib/exports/import-workshop";
import { readImportUpload } from "@/lib/imports/read-import-upload";

// No `body` schema: the multipart upload is read within a byte limit and parsed off the loop.
export const POST = withRoute({ requires: "account" }, async ({ request, caller }) => {
  const upload = await readImportUpload(request);
  if (!upload.ok) return upload;
  const result = await importWorkshop({
    userId: caller.user.id,
    facilitatorFunction: upload.value.facilitatorFunction,
    people: upload.value.people,
    value: upload.value.value,
  });
  if (!result.ok) return result;
  return Response.json(result.value, { status: 201 });
});
