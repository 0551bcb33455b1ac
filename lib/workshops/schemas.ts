import { z } from "zod";
import { TeamFunctionSchema } from "./roles";

const DateOnlySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Pick a date." })
  .transform((value) => new Date(`${value}T00:00:00.000Z`))
  .refine((date) => !Number.isNaN(date.getTime()), { error: "That date does not exist." });

export const CreateWorkshopSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: "Give the workshop a title." })
    .max(120, { error: "Keep the title under 120 characters." }),
  objectiveDraft: z
    .string()
    .trim()
    .max(1000, { error: "Keep the objective draft under 1000 characters." })
    .transform((value) => value || undefined)
    .optional(),
  scheduledFor: z.union([z.literal("").transform(() => undefined), DateOnlySchema]).optional(),
  facilitatorFunction: TeamFunctionSchema,
});
export type CreateWorkshopInput = z.infer<typeof CreateWorkshopSchema>;

export const WorkshopIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const InviteRoleSchema = z.enum(["participant", "observer"]);
export type InviteRole = z.infer<typeof InviteRoleSchema>;
