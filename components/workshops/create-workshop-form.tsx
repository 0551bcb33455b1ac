"use client";

import { useActionState } from "react";
import { createWorkshopAction } from "@/app/workshops/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { FunctionSelect } from "@/components/ui/function-select";
import { TextField } from "@/components/ui/text-field";

export function CreateWorkshopForm() {
  const [state, action, pending] = useActionState(createWorkshopAction, null);
  const failure = state?.ok === false ? state.error : null;
  // A refusal without field messages (a guest, an ended session) shows as the form's error.
  const errors: Record<string, string> =
    failure?.fields ?? (failure ? { form: failure.message } : {});
  return (
    <form action={action} className="flex flex-col gap-4" aria-label="New workshop">
      {errors.form ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      ) : null}
      <TextField
        label="Title"
        name="title"
        required
        maxLength={120}
        placeholder="Checkout personalization, spring planning"
        error={errors.title}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="field-objectiveDraft" className="text-sm font-medium text-slate-800">
          Objective draft <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <textarea
          id="field-objectiveDraft"
          name="objectiveDraft"
          rows={3}
          maxLength={1000}
          aria-invalid={errors.objectiveDraft ? true : undefined}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          placeholder="Leave with the five personalization features worth building first, ranked by value and feasibility."
        />
        {errors.objectiveDraft ? (
          <p role="alert" className="text-sm text-red-700">
            {errors.objectiveDraft}
          </p>
        ) : null}
      </div>
      <TextField label="Date" name="scheduledFor" type="date" error={errors.scheduledFor} />
      <FunctionSelect
        name="facilitatorFunction"
        label="Your function"
        defaultValue="product"
        error={errors.facilitatorFunction}
      />
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? "Creating…" : "Create workshop"}
      </button>
    </form>
  );
}
