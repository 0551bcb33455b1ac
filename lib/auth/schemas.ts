import { z } from "zod";
import { TeamFunctionSchema } from "@/lib/workshops/roles";

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }));

export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, { error: "Enter your name." })
  .max(80, { error: "Keep your name under 80 characters." });

export const SignUpSchema = z.object({
  name: DisplayNameSchema,
  email: EmailSchema,
  password: z
    .string()
    .min(10, { error: "Use at least 10 characters for your password." })
    .max(200, { error: "Keep your password under 200 characters." }),
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(200),
});

export const GuestJoinSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This invite link is malformed." }),
  name: DisplayNameSchema,
  function: TeamFunctionSchema,
});
export type GuestJoinInput = z.infer<typeof GuestJoinSchema>;

/** The first message of each field, for forms that show errors next to inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
