"use client";

import { signOut } from "next-auth/react";
import { useActionState, useEffect, useState } from "react";
import { changePasswordAction, signOutEverywhereAction } from "@/app/account/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { TextField } from "@/components/ui/text-field";

/** Changing the password revokes every session, this one too: the cookie is cleared afterwards. */
export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const done = state?.ok === true;
  useEffect(() => {
    if (done) void signOut({ callbackUrl: "/signin?signedOut=1" });
  }, [done]);
  return (
    <form action={action} className="flex flex-col gap-4" aria-labelledby="password-heading">
      <h2 id="password-heading" className="text-lg font-semibold">
        Change password
      </h2>
      {state?.ok === false ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error.message}
        </p>
      ) : null}
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. You will be signed out everywhere and sign in again with it."
        required
        minLength={10}
      />
      <button type="submit" className={buttonStyles.primary} disabled={pending || done}>
        {pending || done ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}

/** Ends every session of this account on every device, then this one. */
export function SignOutEverywhereButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={buttonStyles.danger}
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOutEverywhereAction().finally(() => {
          void signOut({ callbackUrl: "/signin?signedOut=1" });
        });
      }}
    >
      {pending ? "Signing out everywhere…" : "Sign out everywhere"}
    </button>
  );
}
