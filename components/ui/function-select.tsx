import { FUNCTION_LABELS, TEAM_FUNCTIONS, type TeamFunction } from "@/lib/workshops/roles";

type FunctionSelectProps = {
  name?: string;
  label?: string;
  defaultValue?: TeamFunction;
  error?: string;
};

export function FunctionSelect({
  name = "function",
  label = "Your function",
  defaultValue,
  error,
}: FunctionSelectProps) {
  const id = `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        required
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
      >
        <option value="" disabled>
          Choose one…
        </option>
        {TEAM_FUNCTIONS.map((fn) => (
          <option key={fn} value={fn}>
            {FUNCTION_LABELS[fn]}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
