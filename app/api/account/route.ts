// POST /api/account — create a facilitator account (email + password)
import { NextResponse } from "next/server";
import { createAccount } from "@/lib/auth/create-account";
import { limiters } from "@/lib/auth/rate-limit";
import { fieldErrors, SignUpSchema } from "@/lib/auth/schemas";

export async function POST(request: Request) {
  const client = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "direct";
  if (!limiters.signUp.take(client)) {
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
  const result = await createAccount(parsed.data);
  if (!result.ok) {
    return NextResponse.json(
      { errors: { email: "An account with this email already exists. Sign in instead." } },
      { status: 409 },
    );
  }
  return NextResponse.json({ ok: true }, { status: 201 });
}
