import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import type { SignUpInput } from "./schemas";

const BCRYPT_COST = 12;

export type CreateAccountResult =
  { ok: true; userId: string } | { ok: false; reason: "email-taken" };

/** Registers a facilitator account. Input must already be validated with SignUpSchema. */
export async function createAccount(input: SignUpInput): Promise<CreateAccountResult> {
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  // Hash either way: an existing email must not answer measurably faster than a new one.
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  if (existing) return { ok: false, reason: "email-taken" };
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
