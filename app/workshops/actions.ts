"use server";

import { redirect } from "next/navigation";
import { withFormAccess } from "@/lib/auth/with-access";
import { createWorkshop } from "@/lib/workshops/create-workshop";
import { CreateWorkshopSchema } from "@/lib/workshops/schemas";

/** Creates a workshop with the caller as its facilitator, then opens it. */
export const createWorkshopAction = withFormAccess(
  { requires: "account", input: CreateWorkshopSchema },
  async (input, { user }) => {
    const workshop = await createWorkshop({ userId: user.id, input });
    redirect(`/workshops/${workshop.id}`);
  },
);
