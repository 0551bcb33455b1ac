import type { DataSourceKind, DataSourceOrigin } from "./records";

// Before schema version 3 one `kind` list mixed what a source is with where it comes from, so a
// source could be "first-party" or "transactional" but not both. Version 3 keeps the two apart
// (kind + origin); this is the one rule for reading an old value as the new pair.

const LEGACY_ORIGINS: Readonly<Record<string, DataSourceOrigin>> = {
  "first-party": "first-party",
  "third-party": "third-party",
};

// The name is the only other clue an old record holds; checked in this order, first match wins.
const KIND_HINTS: readonly (readonly [RegExp, DataSourceKind])[] = [
  [/order|purchase|transaction|payment|basket|cart|invoice|subscription|billing/i, "transactional"],
  [
    /preference|survey|questionnaire|quiz|wishlist|interest|consent|profile setting/i,
    "explicit-preference",
  ],
  [/email|newsletter|open|click|push|campaign|engagement|loyalty/i, "engagement"],
  [/location|geo|weather|device|time of day|referr|context|store/i, "contextual"],
  [
    /age|gender|demograph|household|income|census|firmographic|company size|industry/i,
    "demographic",
  ],
  [/brows|view|visit|session|search|clickstream|behavio|app usage|event/i, "behavioral"],
];

/** The kind an old first-/third-party source most likely is, judged from its name. */
export function guessKind(name: string, origin: DataSourceOrigin): DataSourceKind {
  for (const [pattern, kind] of KIND_HINTS) if (pattern.test(name)) return kind;
  // Without a clue: what a company logs itself is mostly behaviour; bought data mostly
  // describes who people are.
  return origin === "third-party" ? "demographic" : "behavioral";
}

/** Whether a stored kind is one of the old origin values that version 3 moved to `origin`. */
export function isLegacyKind(kind: unknown): kind is keyof typeof LEGACY_ORIGINS {
  return typeof kind === "string" && Object.hasOwn(LEGACY_ORIGINS, kind);
}

/**
 * A data source's fields with an old origin-as-kind value split into kind + origin; anything
 * else is returned unchanged. Deterministic, so clients migrating at once write the same values.
 */
export function splitLegacyKind(fields: Record<string, unknown>): Record<string, unknown> {
  const { kind } = fields;
  if (!isLegacyKind(kind)) return fields;
  const origin = LEGACY_ORIGINS[kind] ?? "first-party";
  const name = typeof fields.name === "string" ? fields.name : "";
  return { ...fields, kind: guessKind(name, origin), origin };
}
