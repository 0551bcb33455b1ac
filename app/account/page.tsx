import type { Metadata } from "next";
import { ChangePasswordForm, SignOutEverywhereButton } from "@/components/auth/account-settings";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <main className="mx-auto flex max-w-md flex-col gap-10 px-6 py-16">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Your account</h1>
        <p className="text-slate-700">
          Signed in as {user.name}
          {user.email ? ` (${user.email})` : ""}.
        </p>
      </div>
      {!user.isGuest && user.email ? <ChangePasswordForm /> : null}
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-slate-700">
          Signed in on a shared computer, or lost a device? Sign out everywhere ends every session
          of this account at once, this one included, and closes its live connections.
        </p>
        <div className="flex flex-wrap gap-3">
          <SignOutEverywhereButton />
          <SignOutButton />
        </div>
      </section>
    </main>
  );
}
