"use client";

import { useActionState, useState } from "react";
import { createWorkshopAction } from "@/app/workshops/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { FunctionSelect } from "@/components/ui/function-select";
import { TextField } from "@/components/ui/text-field";
import { BLANK_TEMPLATE_ID } from "@/lib/templates/template-types";

/** What the form shows of a template; the examples themselves stay on the server. */
export type TemplateChoice = { id: string; title: string; summary: string; objective: string };

const BLANK: TemplateChoice = {
  id: BLANK_TEMPLATE_ID,
  title: "Blank",
  summary: "Empty boards: your group writes everything.",
  objective: "",
};

export function CreateWorkshopForm({ templates }: { templates: readonly TemplateChoice[] }) {
  const [state, action, pending] = useActionState(createWorkshopAction, null);
  const [templateId, setTemplateId] = useState(BLANK.id);
  const [objective, setObjective] = useState("");
  const failure = state?.ok === false ? state.error : null;
  // A refusal without field messages (a guest, an ended session) shows as the form's error.
  const errors: Record<string, string> =
    failure?.fields ?? (failure ? { form: failure.message } : {});
  const choices = [BLANK, ...templates];

  function pick(next: TemplateChoice) {
    const previous = choices.find((choice) => choice.id === templateId) ?? BLANK;
    // The template's objective fills the draft only while nobody has written their own.
    if (objective.trim() === "" || objective === previous.objective) setObjective(next.objective);
    setTemplateId(next.id);
  }

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
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">Starting point</legend>
        {choices.map((choice) => (
          <label
            key={choice.id}
            className="has-checked:border-brand-500 has-checked:bg-brand-50 flex cursor-pointer gap-2 rounded-md border border-slate-200 p-2 text-sm"
          >
            <input
              type="radio"
              name="template"
              value={choice.id}
              checked={templateId === choice.id}
              onChange={() => pick(choice)}
              aria-describedby={`template-${choice.id}-summary`}
              className="mt-0.5 size-4 shrink-0"
            />
            <span className="flex flex-col">
              <span className="font-medium text-slate-900">{choice.title}</span>
              <span id={`template-${choice.id}-summary`} className="text-xs text-slate-600">
                {choice.summary}
              </span>
            </span>
          </label>
        ))}
        {templateId !== BLANK.id ? (
          <p className="text-xs text-slate-600">
            The boards start with example segments, data sources, ideas and persofails, each marked
            “Example” until someone edits it. Keep, edit or delete them.
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-objectiveDraft" className="text-sm font-medium text-slate-800">
          Objective draft <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <textarea
          id="field-objectiveDraft"
          name="objectiveDraft"
          rows={3}
          maxLength={1000}
          value={objective}
          onChange={(event) => setObjective(event.target.value)}
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
