// POST /api/account — create a facilitator account (email + password)
import { NextResponse } from "next/server";
import { clientAddressFromHeaders } from "@/lib/auth/client-address";
import { createAccount } from "@/lib/auth/create-account";
import { limiters } from "@/lib/auth/rate-limit";
import { fieldErrors, SignUpSchema } from "@/lib/auth/schemas";

export async function POST(request: Request) {
  if (!limiters.signUp.take(clientAddressFromHeaders(request.headers))) {
    return NextResponse.json(
      { errors: { form: "Too many sign-ups from here. Try again in an hour." } },
      { status: 429 },
    );
  }
  const body: unknown = await request.json().catch(() => null);
  const parsed = SignUpSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ errors: fieldErrors(parsed.error) }, { status: 400 });
  }
  // The same answer whether or not the email already had an account, so the form cannot be used
  // to find out who has one. The form then signs in with the password just typed: that works for
  // a new account, and for an existing one only with its own password.
  await createAccount(parsed.data);
  return NextResponse.json({ ok: true }, { status: 201 });
}
