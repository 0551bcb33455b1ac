"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useState, type FormEvent } from "react";
import { joinWithAccountAction } from "@/app/join/[token]/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { FunctionSelect } from "@/components/ui/function-select";
import { TextField } from "@/components/ui/text-field";
import { fieldErrors, GuestJoinSchema } from "@/lib/auth/schemas";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export function GuestJoinForm({ token, workshopId }: { token: string; workshopId: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = GuestJoinSchema.safeParse({
      token,
      name: form.get("name"),
      function: form.get("function"),
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setPending(true);
    setErrors({});
    const result = await signIn("invite", { ...parsed.data, redirect: false });
    if (!result || result.error) {
      setPending(false);
      setErrors({ form: signInErrorMessage(result?.error ?? "default") ?? "Joining failed." });
      return;
    }
    router.replace(`/workshops/${workshopId}`);
    router.refresh();
  }

  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
      noValidate
      aria-label="Join as a guest"
    >
      {errors.form ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      ) : null}
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        required
        maxLength={80}
        hint="Shown to the others in the workshop."
        error={errors.name}
      />
      <FunctionSelect error={errors.function} />
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? "Joining…" : "Join the workshop"}
      </button>
    </form>
  );
}

export function AccountJoinForm({ token, name }: { token: string; name: string }) {
  const [state, action, pending] = useActionState(joinWithAccountAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" aria-label="Join with your account">
      {state?.ok === false ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <FunctionSelect />
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? "Joining…" : `Join as ${name}`}
      </button>
    </form>
  );
}
