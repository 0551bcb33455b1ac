"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { TextField } from "@/components/ui/text-field";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

type SignInFormProps = {
  returnTo: string;
  initialError: string | null;
  oauthProviders: { id: string; name: string }[];
};

export function SignInForm({ returnTo, initialError, oauthProviders }: SignInFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("password", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error) {
      setPending(false);
      setError(signInErrorMessage(result?.error ?? "default"));
      return;
    }
    router.replace(returnTo);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        {error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {oauthProviders.length > 0 ? (
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-4">
          {oauthProviders.map((provider) => (
            <button
              key={provider.id}
              type="button"
              className={buttonStyles.secondary}
              onClick={() => void signIn(provider.id, { callbackUrl: returnTo })}
            >
              Continue with {provider.name}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
