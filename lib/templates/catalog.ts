import { z } from "zod";
import { B2B_SAAS_TEMPLATE } from "./b2b-saas-trial-to-paid";
import { ECOMMERCE_TEMPLATE } from "./ecommerce-returning-shoppers";
import { FINANCIAL_SERVICES_TEMPLATE } from "./financial-services-sensitive-data";
import { MEDIA_TEMPLATE } from "./media-publisher-engagement";
import { BLANK_TEMPLATE_ID, type WorkshopTemplate } from "./template-types";

/** The worked starting points, in the order the create form lists them. */
export const WORKSHOP_TEMPLATES: readonly WorkshopTemplate[] = [
  ECOMMERCE_TEMPLATE,
  B2B_SAAS_TEMPLATE,
  MEDIA_TEMPLATE,
  FINANCIAL_SERVICES_TEMPLATE,
];

export const TemplateIdSchema = z.enum([
  BLANK_TEMPLATE_ID,
  ...WORKSHOP_TEMPLATES.map((template) => template.id),
]);
export type TemplateId = z.infer<typeof TemplateIdSchema>;

/** The template with `id`; null for the blank board. */
export function templateById(id: TemplateId): WorkshopTemplate | null {
  return WORKSHOP_TEMPLATES.find((template) => template.id === id) ?? null;
}
