import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { oauthProviderButtons } from "@/lib/auth/oauth-providers";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(first(params.callbackUrl));
  if (await getCurrentUser()) redirect(returnTo);
  const signedOut = first(params.signedOut) === "1";
  return (
    <main className="mx-auto flex max-w-sm flex-col gap-6 px-6 py-16">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Sign in</h1>
        {signedOut ? (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            You are signed out. See you at the next workshop.
          </p>
        ) : null}
      </div>
      <SignInForm
        returnTo={returnTo}
        initialError={signInErrorMessage(first(params.error))}
        oauthProviders={oauthProviderButtons()}
      />
      <p className="text-sm text-slate-600">
        New here?{" "}
        <Link
          href={`/signup?callbackUrl=${encodeURIComponent(returnTo)}`}
          className="text-brand-600 font-medium"
        >
          Create a facilitator account
        </Link>
      </p>
    </main>
  );
}
