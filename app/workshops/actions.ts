"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { withFormAccess } from "@/lib/auth/with-access";
import { createSampleWorkshop } from "@/lib/sample-workshop/create-sample-workshop";
import { TemplateIdSchema } from "@/lib/templates/catalog";
import { BLANK_TEMPLATE_ID } from "@/lib/templates/template-types";
import { createWorkshop } from "@/lib/workshops/create-workshop";
import { CreateWorkshopSchema } from "@/lib/workshops/schemas";

const CreateFromTemplateSchema = CreateWorkshopSchema.extend({
  template: TemplateIdSchema.default(BLANK_TEMPLATE_ID),
});

/** Creates a workshop (from a template, if one was picked) with the caller as facilitator, then opens it. */
export const createWorkshopAction = withFormAccess(
  { requires: "account", input: CreateFromTemplateSchema },
  async ({ template, ...input }, { user }) => {
    const workshop = await createWorkshop({ userId: user.id, input, template });
    redirect(`/workshops/${workshop.id}`);
  },
);

/** Makes a finished sample workshop with the caller as facilitator, then opens it. */
export const createSampleWorkshopAction = withFormAccess(
  { requires: "account", input: z.object({}) },
  async (_input, { user }) => {
    const workshop = await createSampleWorkshop({ userId: user.id });
    redirect(`/workshops/${workshop.id}`);
  },
);
