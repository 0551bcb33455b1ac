"use client";

import { createContext, useContext, useId, useMemo, useState, type ReactNode } from "react";
import type * as Y from "yjs";
import { useBoardEditing } from "@/components/board/board-room";
import { shortText } from "@/components/board/short-text";
import { useDraft } from "@/components/board/use-draft";
import { buttonStyles } from "@/components/ui/button-styles";
import { RefusalMessage } from "@/components/workshop/refusal-message";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { revealPrivateNotesAction } from "@/app/workshops/[workshopId]/facilitation-actions";
import { usePrivateDoc, type PrivateDocState } from "@/lib/realtime/client/use-private-doc";
import {
  addPrivateNote,
  removePrivateNote,
  setPrivateWriting,
  updatePrivateNote,
  type AddPrivateNoteOptions,
  type PrivateNote,
} from "@/lib/documents/private-notes";
import { useBoard } from "@/lib/documents/use-board";
import { useControl } from "@/lib/documents/use-control";
import { usePrivateNotes, usePrivateWritingOn } from "@/lib/documents/use-private-notes";
import { canEditBoards } from "@/lib/workshops/roles";

type PrivateStep = "scenarios" | "persofails";

export type PrivateWriting = {
  /** Adds a hidden note (e.g. from a segment's "Add scenario" while private writing is on). */
  add: (options: AddPrivateNoteOptions) => void;
};

const PrivateWritingContext = createContext<PrivateWriting | null>(null);

/** Non-null while "write privately" is on and this person's private doc is connected. */
export function usePrivateWriting(): PrivateWriting | null {
  return useContext(PrivateWritingContext);
}

type PrivateWritingProviderProps = {
  step: PrivateStep;
  /** The board's own tools, on one compact row with the facilitator's switch. */
  toolbar?: ReactNode;
  children: ReactNode;
};

/**
 * Steps 4 and 5: the facilitator's "write privately" switch and reveal, and for everyone who
 * writes, the private notes area. New notes go to the author's own private doc while it is on.
 */
export function PrivateWritingProvider({ step, toolbar, children }: PrivateWritingProviderProps) {
  const { docs, role, self } = useWorkshopRoom();
  const on = usePrivateWritingOn(docs.control);
  // Decided when written: a note begun in anonymous mode is revealed without its author.
  const { anonymous } = useControl(docs.control);
  const writes = canEditBoards(role);
  const privateDoc = usePrivateDoc({
    workshopId: docs.workshopId,
    userId: self.userId,
    enabled: on && writes,
  });
  const doc = privateDoc.doc;
  const value = useMemo<PrivateWriting | null>(
    () => (doc ? { add: (options) => void addPrivateNote(doc, { ...options, anonymous }) } : null),
    [doc, anonymous],
  );
  return (
    <PrivateWritingContext.Provider value={value}>
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 empty:hidden">
          {role === "facilitator" ? <PrivateWritingControls on={on} /> : null}
          {toolbar}
        </div>
        {on && writes ? <PrivateNotesArea step={step} privateDoc={privateDoc} /> : null}
        {on && !writes ? (
          <p role="status" className="rounded-md bg-violet-50 px-3 py-2 text-sm text-violet-950">
            The group is writing privately; their notes appear when the facilitator reveals them.
          </p>
        ) : null}
        {children}
      </div>
    </PrivateWritingContext.Provider>
  );
}

function PrivateWritingControls({ on }: { on: boolean }) {
  const { docs } = useWorkshopRoom();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function reveal() {
    setBusy(true);
    const result = await revealPrivateNotesAction({ workshopId: docs.workshopId });
    setBusy(false);
    setMessage(result.ok ? result.value : result.error.message);
  }

  return (
    <div
      role="group"
      aria-label="Private writing"
      className="flex flex-wrap items-center gap-2 text-sm"
    >
      <button
        type="button"
        aria-pressed={on}
        className={buttonStyles.tool}
        onClick={() => {
          setMessage(null);
          setPrivateWriting(docs.control, { on: !on });
        }}
      >
        Write privately
      </button>
      {on ? (
        <button
          type="button"
          className={buttonStyles.toolPrimary}
          disabled={busy}
          onClick={() => void reveal()}
        >
          Reveal all private notes
        </button>
      ) : null}
      <span role="status" className="text-xs text-slate-700">
        {message ??
          (on ? "Everyone's new notes stay hidden from the others until you reveal them." : null)}
      </span>
    </div>
  );
}

function PrivateNotesArea({
  step,
  privateDoc,
}: {
  step: PrivateStep;
  privateDoc: PrivateDocState;
}) {
  const { doc, status, refusal, dismissRefusal } = privateDoc;
  const notes = usePrivateNotes(doc);
  // The server refuses private notes while the board is locked, as it refuses the board's.
  const { doc: board, anonymous, canEdit } = useBoardEditing();
  const snapshot = useBoard(board);
  const headingId = useId();
  const targetId = useId();
  const targets =
    step === "scenarios"
      ? snapshot.segments.map((segment) => ({
          id: segment.id,
          label: shortText(segment.name, "Untitled segment"),
        }))
      : snapshot.scenarios.map((scenario) => ({
          id: scenario.id,
          label: shortText(scenario.text, "Empty scenario"),
        }));
  const [chosen, setChosen] = useState("");
  const target = targets.find((candidate) => candidate.id === chosen) ?? targets[0];
  const labels = new Map(targets.map((candidate) => [candidate.id, candidate.label]));
  const kindLabel = step === "scenarios" ? "scenario" : "risk";
  const shown = notes.filter((note) => note.kind === (step === "scenarios" ? "scenario" : "risk"));

  function add() {
    if (!doc) return;
    if (step === "scenarios") {
      addPrivateNote(doc, { kind: "scenario", segmentId: target?.id ?? null, anonymous });
    } else if (target) {
      addPrivateNote(doc, { kind: "risk", scenarioId: target.id, anonymous });
    }
  }

  return (
    <section
      aria-labelledby={headingId}
      data-testid="private-notes"
      className="flex flex-col gap-3 rounded-lg border-2 border-dashed border-violet-300 bg-violet-50 p-3"
    >
      <div className="flex flex-col gap-1">
        <h3 id={headingId} className="font-semibold text-violet-950">
          Your private notes
        </h3>
        <p className="text-sm text-violet-950">
          Only you can see these until the facilitator reveals them.
        </p>
        {status === "offline-unsynced" ? (
          <p role="status" className="text-sm text-slate-800">
            Offline: your private notes are kept on this device and saved when you reconnect.
          </p>
        ) : null}
        {!canEdit ? (
          <p role="status" className="text-sm text-slate-800">
            The board is locked: your private notes are read-only until the facilitator unlocks it.
          </p>
        ) : null}
        <RefusalMessage
          refusal={refusal}
          onDismiss={dismissRefusal}
          restored="your saved private notes"
        />
      </div>
      {doc ? (
        <div className="flex flex-wrap items-end gap-2">
          <label htmlFor={targetId} className="flex flex-col gap-1 text-sm text-slate-800">
            {step === "scenarios" ? "Segment" : "Scenario"}
            <select
              id={targetId}
              value={target?.id ?? ""}
              onChange={(event) => setChosen(event.target.value)}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
            >
              {step === "scenarios" ? <option value="">Unsorted</option> : null}
              {targets.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className={buttonStyles.secondary}
            onClick={add}
            disabled={!canEdit || (step === "persofails" && !target)}
          >
            Add private {kindLabel}
          </button>
        </div>
      ) : (
        <p className="text-sm text-slate-700">Connecting…</p>
      )}
      {shown.length > 0 && doc ? (
        <ul className="grid gap-2 sm:grid-cols-2" aria-label="Your private notes">
          {shown.map((note) => (
            <PrivateNoteItem
              key={note.id}
              doc={doc}
              note={note}
              canEdit={canEdit}
              where={
                note.kind === "scenario"
                  ? (labels.get(note.segmentId ?? "") ?? "Unsorted")
                  : (labels.get(note.scenarioId) ?? "a deleted scenario")
              }
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

type PrivateNoteItemProps = { doc: Y.Doc; note: PrivateNote; where: string; canEdit: boolean };

function PrivateNoteItem({ doc, note, where, canEdit }: PrivateNoteItemProps) {
  const id = useId();
  const text = useDraft(note.text, (next) =>
    updatePrivateNote(doc, { noteId: note.id, text: next }),
  );
  const kind = note.kind === "scenario" ? "scenario" : "risk";
  return (
    <li
      data-testid="private-note"
      className="flex flex-col gap-2 rounded-md border border-violet-300 bg-white p-2"
    >
      <label htmlFor={id} className="text-xs font-medium text-violet-950">
        Private {kind} for {where}
      </label>
      <textarea
        id={id}
        {...text}
        readOnly={!canEdit}
        rows={3}
        className="rounded border border-slate-300 px-2 py-1 text-sm"
      />
      <button
        type="button"
        className={`${buttonStyles.quiet} self-end`}
        disabled={!canEdit}
        onClick={() => removePrivateNote(doc, { noteId: note.id })}
        aria-label={`Remove private ${kind} ${shortText(note.text, "empty note")}`}
      >
        Remove
      </button>
    </li>
  );
}
