import type * as Y from "yjs";
import * as z from "zod/mini";
import { observeControl, readControlValue, writeControlValue } from "./control-layout";
import { readRecord } from "./collection";
import { privateNotesMap } from "./private-layout";
import { newId } from "./ids";
import { ok, parseInput, notFound, type WriteResult } from "./result";
import { addRisk } from "./risks";
import { addScenario } from "./scenarios";
import { IdSchema, NowSchema, isoNow, transactResult } from "./write";

// "Write privately" (steps 4 and 5): each person's new notes go to their own private doc, which the
// server lets only them open. Nothing of a hidden note is in the shared board doc or relayed to
// anyone else; the facilitator's reveal makes the server copy every private note into the board.


const Id = z.string().check(z.minLength(1), z.maxLength(64));
const Timestamp = z.iso.datetime({ offset: true });
const LongText = z.string().check(z.maxLength(2000));

export const PrivateNoteSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("scenario"),
    id: Id,
    /** The segment the note will land in; null (or a deleted segment) means the unsorted tray. */
    segmentId: z.nullable(Id),
    text: LongText,
    createdAt: Timestamp,
    /** Written in anonymous mode: revealed without its author. */
    anonymous: z.optional(z.boolean()),
  }),
  z.object({
    kind: z.literal("risk"),
    id: Id,
    scenarioId: Id,
    text: LongText,
    createdAt: Timestamp,
    anonymous: z.optional(z.boolean()),
  }),
]);
export type PrivateNote = z.infer<typeof PrivateNoteSchema>;

/** The steps that offer private writing. */
export const PRIVATE_WRITING_STEPS = ["scenarios", "persofails"] as const;

function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return privateNotesMap(doc);
}

/** This person's hidden notes, oldest first; invalid entries are skipped. */
export function readPrivateNotes(doc: Y.Doc): PrivateNote[] {
  const notes: PrivateNote[] = [];
  for (const [id, stored] of notesMap(doc).entries()) {
    const parsed = PrivateNoteSchema.safeParse(
      typeof stored === "object" && stored !== null ? { ...stored, id } : stored,
    );
    if (parsed.success) notes.push(parsed.data);
  }
  return notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

function store(doc: Y.Doc, note: PrivateNote): void {
  const { id, ...fields } = note;
  notesMap(doc).set(id, fields);
}

const AddPrivateNoteOptionsSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("scenario"),
    segmentId: z.nullable(IdSchema),
    text: z._default(LongText, ""),
    anonymous: z.optional(z.boolean()),
    now: NowSchema,
  }),
  z.object({
    kind: z.literal("risk"),
    scenarioId: IdSchema,
    text: z._default(LongText, ""),
    anonymous: z.optional(z.boolean()),
    now: NowSchema,
  }),
]);
export type AddPrivateNoteOptions = z.input<typeof AddPrivateNoteOptionsSchema>;

/** Adds a hidden note to the author's private doc. */
export function addPrivateNote(
  doc: Y.Doc,
  options: AddPrivateNoteOptions,
): WriteResult<PrivateNote> {
  const input = parseInput(AddPrivateNoteOptionsSchema, options);
  if (!input.ok) return input.result;
  const { now, anonymous, ...fields } = input.value;
  const note: PrivateNote = {
    ...fields,
    ...(anonymous ? { anonymous: true } : {}),
    id: newId(),
    createdAt: isoNow(now),
  };
  return transactResult(doc, () => {
    store(doc, note);
    return ok(note);
  });
}

const UpdatePrivateNoteOptionsSchema = z.object({ noteId: IdSchema, text: LongText });
export type UpdatePrivateNoteOptions = z.input<typeof UpdatePrivateNoteOptionsSchema>;

export function updatePrivateNote(
  doc: Y.Doc,
  options: UpdatePrivateNoteOptions,
): WriteResult<PrivateNote> {
  const input = parseInput(UpdatePrivateNoteOptionsSchema, options);
  if (!input.ok) return input.result;
  const { noteId, text } = input.value;
  return transactResult(doc, () => {
    const current = readPrivateNotes(doc).find((note) => note.id === noteId);
    if (!current) return notFound("private note", noteId);
    const next = { ...current, text };
    store(doc, next);
    return ok(next);
  });
}

const RemovePrivateNoteOptionsSchema = z.object({ noteId: IdSchema });
export type RemovePrivateNoteOptions = z.input<typeof RemovePrivateNoteOptionsSchema>;

export function removePrivateNote(
  doc: Y.Doc,
  options: RemovePrivateNoteOptions,
): WriteResult<null> {
  const input = parseInput(RemovePrivateNoteOptionsSchema, options);
  if (!input.ok) return input.result;
  const { noteId } = input.value;
  return transactResult(doc, () => {
    if (!notesMap(doc).has(noteId)) return notFound("private note", noteId);
    notesMap(doc).delete(noteId);
    return ok(null);
  });
}

/** Removes revealed notes; notes written since the reveal read them stay hidden. */
export function clearPrivateNotes(doc: Y.Doc, noteIds: readonly string[]): void {
  doc.transact(() => {
    for (const id of noteIds) notesMap(doc).delete(id);
  });
}

/**
 * Copies one author's hidden notes into the board doc (server side, at reveal). A note keeps its
 * id, so revealing twice (e.g. after a crash between copy and clear) does not duplicate it. Empty
 * notes are dropped; a scenario whose segment was deleted lands in the unsorted tray; a risk whose
 * scenario was deleted is dropped. A note written in anonymous mode, or revealed while it is on
 * (`anonymous`), is copied without its author. Returns the ids handled, which the caller clears.
 */
export function copyPrivateNotesToBoard(
  board: Y.Doc,
  options: { notes: readonly PrivateNote[]; authorId: string; anonymous?: boolean },
): string[] {
  const handled: string[] = [];
  board.transact(() => {
    for (const note of options.notes) {
      handled.push(note.id);
      if (note.text.trim() === "") continue;
      const now = new Date(note.createdAt);
      const anonymous = options.anonymous === true || note.anonymous === true;
      if (note.kind === "scenario") {
        if (readRecord(board, "scenarios", note.id)) continue;
        const segmentId =
          note.segmentId !== null && readRecord(board, "segments", note.segmentId)
            ? note.segmentId
            : null;
        addScenario(board, {
          id: note.id,
          segmentId,
          text: note.text,
          authorId: options.authorId,
          anonymous,
          now,
        });
      } else {
        if (readRecord(board, "risks", note.id)) continue;
        addRisk(board, {
          id: note.id,
          scenarioId: note.scenarioId,
          description: note.text,
          authorId: options.authorId,
          anonymous,
          now,
        });
      }
    }
  });
  return handled;
}

/** Subscribes to the private doc's notes; for useSyncExternalStore. */
export function subscribePrivateNotes(doc: Y.Doc, listener: () => void): () => void {
  const map = notesMap(doc);
  const onChange = (): void => listener();
  map.observe(onChange);
  return () => map.unobserve(onChange);
}

/** Whether the facilitator has switched on "write privately" (control doc). */
export function readPrivateWriting(control: Y.Doc): boolean {
  return readControlValue(control, "privateWriting") === true;
}

/** Switches "write privately" on or off (facilitators only; the server refuses other writers). */
export function setPrivateWriting(control: Y.Doc, options: { on: boolean }): WriteResult<boolean> {
  return transactResult(control, () => {
    writeControlValue(control, "privateWriting", options.on);
    return ok(options.on);
  });
}

export function subscribePrivateWriting(control: Y.Doc, listener: () => void): () => void {
  return observeControl(control, listener, ["privateWriting"]);
}
