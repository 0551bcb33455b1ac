// POST /api/account — create a facilitator account (email + password)
import { createAccount } from "@/lib/auth/create-account";
import { limiters } from "@/lib/auth/rate-limit";
import { SignUpSchema } from "@/lib/auth/schemas";
import { withRoute } from "@/lib/auth/with-access";

export const POST = withRoute(
  {
    requires: "anyone",
    body: SignUpSchema,
    limit: {
      limiter: limiters.signUp,
      message: "Too many sign-ups from here. Try again in an hour.",
    },
  },
  async ({ body }) => {
    // The same answer whether or not the email already had an account, so the form cannot be
    // used to find out who has one. The form then signs in with the password just typed: that
    // works for a new account, and for an existing one only with its own password.
    await createAccount(body);
    return Response.json({ ok: true }, { status: 201 });
  },
);
