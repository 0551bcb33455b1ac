import * as z from "zod/mini";

export const WORKSHOP_ROLES = ["facilitator", "participant", "observer"] as const;
export const WorkshopRoleSchema = z.enum(WORKSHOP_ROLES);
export type WorkshopRole = z.infer<typeof WorkshopRoleSchema>;

export const ROLE_LABELS: Record<WorkshopRole, string> = {
  facilitator: "Facilitator",
  participant: "Participant",
  observer: "Observer",
};

/** The disciplines a prepersonalization workshop wants in the room. */
export const TEAM_FUNCTIONS = [
  "product",
  "design",
  "engineering",
  "data-science",
  "marketing",
  "legal-compliance",
  "customer-support",
  "other",
] as const;
export const TeamFunctionSchema = z.enum(TEAM_FUNCTIONS, {
  error: "Choose the function you work in.",
});
export type TeamFunction = z.infer<typeof TeamFunctionSchema>;

export const FUNCTION_LABELS: Record<TeamFunction, string> = {
  product: "Product",
  design: "Design",
  engineering: "Engineering",
  "data-science": "Data science",
  marketing: "Marketing",
  "legal-compliance": "Legal / compliance",
  "customer-support": "Customer support",
  other: "Other",
};

export function canEditBoards(role: WorkshopRole): boolean {
  return role === "facilitator" || role === "participant";
}

export function canFacilitate(role: WorkshopRole): boolean {
  return role === "facilitator";
}

/** Rows from the database carry plain strings; anything unknown is treated as the least privilege. */
export function parseRole(value: string): WorkshopRole {
  const parsed = WorkshopRoleSchema.safeParse(value);
  return parsed.success ? parsed.data : "observer";
}

export function parseFunction(value: string): TeamFunction {
  const parsed = TeamFunctionSchema.safeParse(value);
  return parsed.success ? parsed.data : "other";
}
