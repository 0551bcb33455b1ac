import * as Y from "yjs";
import * as z from "zod/mini";
import { missing, patchRecord } from "./collection";
import {
  COLLECTION_NAMES,
  applyTextDiff,
  collectionMap,
  textFields,
  type CollectionName,
} from "./layout";
import { identityNoteText } from "./identity-resolution";
import { objectiveText } from "./objective";
import { ok, parseInput, type WriteResult } from "./result";
import { transactResult } from "./write";

// One free-text field of the board as collaborative text: the objective, or a text field of one
// record. Text is written as the person types and merges letter by letter with others' typing.

export type TextTarget =
  | { kind: "objective" }
  | { kind: "identity-note" }
  | { kind: "record"; collection: CollectionName; recordId: string; field: string };

const TextTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("objective") }),
  z.object({ kind: z.literal("identity-note") }),
  z.object({
    kind: z.literal("record"),
    collection: z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]),
    recordId: z.string().check(z.minLength(1), z.maxLength(64)),
    field: z.string().check(z.minLength(1), z.maxLength(64)),
  }),
]);

/** A stable string for a target, e.g. for hook dependencies. */
export function textTargetKey(target: TextTarget): string {
  return target.kind === "record"
    ? `${target.collection}/${target.recordId}/${target.field}`
    : target.kind;
}

function recordMap(doc: Y.Doc, target: TextTarget & { kind: "record" }): Y.Map<unknown> | null {
  const stored = collectionMap(doc, target.collection).get(target.recordId);
  return stored instanceof Y.Map ? stored : null;
}

/** The field's current text; "" when the record or field is missing. */
export function readSharedText(doc: Y.Doc, target: TextTarget): string {
  if (target.kind !== "record") return rootText(doc, target).toString();
  const value = recordMap(doc, target)?.get(target.field);
  const cap = textFields(target.collection)[target.field];
  if (value instanceof Y.Text) return value.toString().slice(0, cap);
  return typeof value === "string" ? value : "";
}

/** The texts that are a root type of the doc rather than a record's field. */
function rootText(doc: Y.Doc, target: { kind: "objective" | "identity-note" }): Y.Text {
  return target.kind === "objective" ? objectiveText(doc) : identityNoteText(doc);
}

function resolveText(doc: Y.Doc, target: TextTarget): Y.Text | null {
  if (target.kind !== "record") return rootText(doc, target);
  const value = recordMap(doc, target)?.get(target.field);
  return value instanceof Y.Text ? value : null;
}

/** Insert/delete/retain steps of one change to a text, as Yjs reports them. */
export type TextDelta = ReadonlyArray<{ insert?: unknown; delete?: number; retain?: number }>;

export type TextChange = {
  /** The change as a delta over the previous text; null when the whole field was replaced. */
  delta: TextDelta | null;
  origin: unknown;
};

/**
 * Calls `onChange` after every transaction that changed the target's text, with the delta when
 * the text was edited in place. Returns the unsubscribe function.
 */
export function observeSharedText(
  doc: Y.Doc,
  target: TextTarget,
  onChange: (change: TextChange) => void,
): () => void {
  if (target.kind !== "record") {
    const text = rootText(doc, target);
    const handler = (event: Y.YTextEvent, transaction: Y.Transaction): void =>
      onChange({ delta: event.delta, origin: transaction.origin });
    text.observe(handler);
    return () => text.unobserve(handler);
  }
  const root = collectionMap(doc, target.collection);
  const handler = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, tr: Y.Transaction): void => {
    const text = resolveText(doc, target);
    let touched = false;
    let delta: TextDelta | null = null;
    for (const event of events) {
      if (text && event.target === text) {
        touched = true;
        delta = event.delta;
      } else if (event.target === root) {
        if (event.changes.keys.has(target.recordId)) touched = true;
      } else if (event.path.length === 0 || event.path[0] !== target.recordId) {
        // A change in another record.
      } else if (event.path.length === 1 && event.changes.keys.has(target.field)) {
        touched = true;
      }
    }
    if (touched) onChange({ delta, origin: tr.origin });
  };
  root.observeDeep(handler);
  return () => root.unobserveDeep(handler);
}

const EditSharedTextOptionsSchema = z.object({
  target: TextTargetSchema,
  text: z.string().check(z.maxLength(2000)),
});
export type EditSharedTextOptions = z.input<typeof EditSharedTextOptionsSchema>;

/**
 * Makes the field read `text`, replacing only the changed middle part (one local, undoable
 * step). Call it on every input event: others see the typing, and nothing waits for a blur.
 */
export function editSharedText(doc: Y.Doc, options: EditSharedTextOptions): WriteResult<string> {
  const input = parseInput(EditSharedTextOptionsSchema, options);
  if (!input.ok) return input.result;
  const { target, text } = input.value;
  if (target.kind !== "record") {
    return transactResult(doc, () => {
      applyTextDiff(rootText(doc, target), text);
      return ok(text);
    });
  }
  const { collection, recordId, field } = target;
  if (!Object.hasOwn(textFields(collection), field)) {
    const message = `${field} is not a text field.`;
    return { ok: false, error: { code: "invalid-input", message, issues: [message] } };
  }
  const dot = field.indexOf(".");
  const patch =
    dot === -1 ? { [field]: text } : { [field.slice(0, dot)]: { [field.slice(dot + 1)]: text } };
  return transactResult(doc, () => {
    if (!recordMap(doc, target)) return missing(collection, recordId);
    const result = patchRecord(doc, collection, recordId, patch);
    return result.ok ? ok(text) : result;
  });
}

export type TextSelection = { start: number; end: number };

function shiftIndex(delta: TextDelta, index: number): number {
  let cursor = 0;
  let shifted = index;
  for (const op of delta) {
    if (cursor > index) break;
    if (typeof op.retain === "number") {
      cursor += op.retain;
    } else if (typeof op.delete === "number") {
      const removedUntil = cursor + op.delete;
      // Deleted text before the caret pulls it back; a caret inside the deleted part lands at
      // the deletion point.
      if (cursor < index) shifted -= Math.min(removedUntil, index) - cursor;
      cursor = removedUntil;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === "string" ? op.insert.length : 1;
      // Text inserted strictly before the caret pushes it on; at the caret it stays put, so
      // someone else typing at the same spot does not drag this person's caret along.
      if (cursor < index) shifted += length;
    }
  }
  return Math.max(0, shifted);
}

/** Where a selection made before a change belongs after it (a remote edit, an undo). */
export function transformSelection(delta: TextDelta, selection: TextSelection): TextSelection {
  return { start: shiftIndex(delta, selection.start), end: shiftIndex(delta, selection.end) };
}
