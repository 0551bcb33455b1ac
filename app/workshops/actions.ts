"use server";

import { redirect } from "next/navigation";
import { fieldErrors } from "@/lib/auth/schemas";
import { requireUser } from "@/lib/auth/current-user";
import { createWorkshop } from "@/lib/workshops/create-workshop";
import { CreateWorkshopSchema } from "@/lib/workshops/schemas";

export type CreateWorkshopState = { errors: Record<string, string> };

export async function createWorkshopAction(
  _previous: CreateWorkshopState,
  form: FormData,
): Promise<CreateWorkshopState> {
  const user = await requireUser("/workshops");
  if (user.isGuest) {
    return { errors: { form: "Create a facilitator account to run your own workshops." } };
  }
  const parsed = CreateWorkshopSchema.safeParse({
    title: form.get("title"),
    objectiveDraft: form.get("objectiveDraft") ?? undefined,
    scheduledFor: form.get("scheduledFor") ?? undefined,
    facilitatorFunction: form.get("facilitatorFunction"),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const workshop = await createWorkshop({ userId: user.id, input: parsed.data });
  redirect(`/workshops/${workshop.id}`);
}
