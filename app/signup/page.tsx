import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

export const metadata: Metadata = { title: "Create an account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callback = Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl;
  const returnTo = safeReturnPath(callback);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <main className="mx-auto flex max-w-sm flex-col gap-6 px-6 py-16">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Create a facilitator account</h1>
        <p className="text-sm text-slate-600">
          Facilitators create workshops and invite their team. Participants do not need an account:
          they join with the link you send them.
        </p>
      </div>
      <SignUpForm returnTo={returnTo} />
      <p className="text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/signin" className="text-brand-600 font-medium">
          Sign in
        </Link>
      </p>
    </main>
  );
}
