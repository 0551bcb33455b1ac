import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?signedOut=1");
  return (
    <main className="mx-auto flex max-w-sm flex-col gap-4 px-6 py-16">
      <h1 className="text-2xl font-semibold">Sign out</h1>
      <p className="text-slate-700">
        {user.isGuest
          ? "You joined as a guest. After signing out you can come back with the same invite link, but you will join as a new person."
          : "You can sign back in at any time with your email and password."}
      </p>
      <SignOutButton />
      <p className="text-sm text-slate-600">
        Signed in elsewhere too?{" "}
        <Link href="/account" className="text-brand-600 font-medium">
          Sign out everywhere or change your password
        </Link>
      </p>
    </main>
  );
}
