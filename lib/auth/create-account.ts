import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import type { SignUpInput } from "./schemas";

const BCRYPT_COST = 12;

export type CreateAccountResult = Result<{ userId: string }, "email-taken">;

const EMAIL_TAKEN = "An account with this email already exists.";

/** Registers a facilitator account. Input must already be validated with SignUpSchema. */
export async function createAccount(input: SignUpInput): Promise<CreateAccountResult> {
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  // Hash either way: an existing email must not answer measurably faster than a new one.
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  if (existing) return fail("email-taken", EMAIL_TAKEN);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true },
    });
    return ok({ userId: user.id });
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if (isUniqueViolation(error)) return fail("email-taken", EMAIL_TAKEN);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
