import type * as Y from "yjs";
import * as z from "zod/mini";
import { META_MAP, OBJECTIVE_TEXT, applyTextDiff, metaMap } from "./layout";
import { DateOnlySchema, type ObjectiveHelper } from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { transactResult } from "./write";

const HELPER_OUTCOME_KEY = "objective.outcome";
const HELPER_RANKED_BY_KEY = "objective.rankedBy";
export const FOLLOW_UP_DATE_KEY = "followUpDate";
const FOLLOW_UP_DAYS = 14;

/**
 * The shared objective text. For editor bindings (y-prosemirror, y-codemirror) only; anything
 * else should read the snapshot and write with editObjective.
 */
export function objectiveText(doc: Y.Doc): Y.Text {
  return doc.getText(OBJECTIVE_TEXT);
}

const EditObjectiveOptionsSchema = z.object({ text: z.string().check(z.maxLength(2000)) });
export type EditObjectiveOptions = z.input<typeof EditObjectiveOptionsSchema>;

/**
 * Sets the objective to `text` from a plain text field. Only the changed middle part is
 * replaced, so someone else typing at the other end of the sentence keeps their edit.
 */
export function editObjective(doc: Y.Doc, options: EditObjectiveOptions): WriteResult<string> {
  const input = parseInput(EditObjectiveOptionsSchema, options);
  if (!input.ok) return input.result;
  const next = input.value.text;
  return transactResult(doc, () => {
    applyTextDiff(objectiveText(doc), next);
    return ok(next);
  });
}

const SetObjectiveHelperOptionsSchema = z.object({
  outcome: z.optional(z.string().check(z.maxLength(200))),
  rankedBy: z.optional(z.string().check(z.maxLength(200))),
});
export type SetObjectiveHelperOptions = z.input<typeof SetObjectiveHelperOptionsSchema>;

/** Fills the blanks of the "we will have … ranked by …" helper (each blank merges separately). */
export function setObjectiveHelper(
  doc: Y.Doc,
  options: SetObjectiveHelperOptions,
): WriteResult<ObjectiveHelper> {
  const input = parseInput(SetObjectiveHelperOptionsSchema, options);
  if (!input.ok) return input.result;
  const { outcome, rankedBy } = input.value;
  return transactResult(doc, () => {
    const meta = metaMap(doc);
    if (outcome !== undefined) meta.set(HELPER_OUTCOME_KEY, outcome);
    if (rankedBy !== undefined) meta.set(HELPER_RANKED_BY_KEY, rankedBy);
    return ok(readObjectiveHelper(doc));
  });
}

export function readObjectiveHelper(doc: Y.Doc): ObjectiveHelper {
  const meta = doc.getMap<unknown>(META_MAP);
  const outcome = meta.get(HELPER_OUTCOME_KEY);
  const rankedBy = meta.get(HELPER_RANKED_BY_KEY);
  return {
    outcome: typeof outcome === "string" ? outcome : "",
    rankedBy: typeof rankedBy === "string" ? rankedBy : "",
  };
}

/** The helper's sentence, e.g. to insert into the objective; empty blanks show as "…". */
export function composeObjective(helper: ObjectiveHelper): string {
  const outcome = helper.outcome.trim() || "…";
  const rankedBy = helper.rankedBy.trim();
  const ranking = rankedBy ? `, ranked by ${rankedBy}` : "";
  return `By the end of this workshop we will have ${outcome}${ranking}.`;
}

const SetFollowUpDateOptionsSchema = z.object({ date: z.nullable(DateOnlySchema) });
export type SetFollowUpDateOptions = z.input<typeof SetFollowUpDateOptionsSchema>;

export function setFollowUpDate(
  doc: Y.Doc,
  options: SetFollowUpDateOptions,
): WriteResult<string | null> {
  const input = parseInput(SetFollowUpDateOptionsSchema, options);
  if (!input.ok) return input.result;
  const { date } = input.value;
  return transactResult(doc, () => {
    metaMap(doc).set(FOLLOW_UP_DATE_KEY, date);
    return ok(date);
  });
}

export const FOLLOW_UP_START_KEY = "followUpStart";
const InstantSchema = z.iso.datetime();
const SetFollowUpStartOptionsSchema = z.object({ start: z.nullable(InstantSchema) });
export type SetFollowUpStartOptions = z.input<typeof SetFollowUpStartOptionsSchema>;

/**
 * The follow-up meeting's start as an instant (ISO 8601, UTC), chosen by whoever set the time in
 * their own time zone, so the calendar invite is the same meeting for everyone; null: all day.
 */
export function setFollowUpStart(
  doc: Y.Doc,
  options: SetFollowUpStartOptions,
): WriteResult<string | null> {
  const input = parseInput(SetFollowUpStartOptionsSchema, options);
  if (!input.ok) return input.result;
  const { start } = input.value;
  return transactResult(doc, () => {
    metaMap(doc).set(FOLLOW_UP_START_KEY, start);
    return ok(start);
  });
}

export function readFollowUpStart(doc: Y.Doc): string | null {
  const parsed = InstantSchema.safeParse(doc.getMap<unknown>(META_MAP).get(FOLLOW_UP_START_KEY));
  return parsed.success ? parsed.data : null;
}

export function readFollowUpDate(doc: Y.Doc): string | null {
  const parsed = DateOnlySchema.safeParse(doc.getMap<unknown>(META_MAP).get(FOLLOW_UP_DATE_KEY));
  return parsed.success ? parsed.data : null;
}

/** The suggested follow-up: two weeks after `from` (a calendar date in UTC). */
export function defaultFollowUpDate(from: Date): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  date.setUTCDate(date.getUTCDate() + FOLLOW_UP_DAYS);
  return date.toISOString().slice(0, 10);
}
