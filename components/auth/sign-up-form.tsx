"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { TextField } from "@/components/ui/text-field";

type Errors = Partial<Record<"name" | "email" | "password" | "form", string>>;

export function SignUpForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setPending(true);
    setErrors({});
    try {
      const response = await fetch("/api/account", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as {
          error?: { message?: string; fields?: Errors };
        } | null;
        const error = payload?.error;
        setErrors(
          error?.fields ?? { form: error?.message ?? "Creating the account failed. Try again." },
        );
        setPending(false);
        return;
      }
      const result = await signIn("password", {
        email: body.email,
        password: body.password,
        redirect: false,
      });
      if (!result || result.error) {
        // The server answers the same for a new and an existing email (no account discovery).
        setErrors({
          form: "We could not sign you in with this password. If you already have an account with this email, sign in with its password instead.",
        });
        setPending(false);
        return;
      }
      router.replace(returnTo);
      router.refresh();
    } catch {
      setErrors({ form: "The server could not be reached. Check your connection and try again." });
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {errors.form ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      ) : null}
      <TextField label="Your name" name="name" autoComplete="name" required error={errors.name} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        error={errors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        error={errors.password}
      />
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
