"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { useWorkshopDetails } from "@/components/workshop/workshop-details";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useWorkshopUndo } from "@/components/workshop/workshop-undo";
import type { WriteResult } from "@/lib/documents/result";
import { useBoardMigration } from "@/lib/documents/use-board-migration";
import { useControl } from "@/lib/documents/use-control";

/** Asks a note that is about to mount to take focus (e.g. right after "Add scenario"). */
export type FocusRequests = { request: (id: string) => void; take: (id: string) => boolean };

export type BoardEditing = {
  doc: Y.Doc;
  awareness: Awareness | null;
  /** False for observers and while the facilitator has locked the board. */
  canEdit: boolean;
  selfId: string;
  anonymous: boolean;
  /** userId → name from the workshop roster (people who joined after page load are absent). */
  memberNames: ReadonlyMap<string, string>;
  focus: FocusRequests;
  /** Shows a message with an Undo button (after a delete) or the reason a write was refused. */
  report: (result: WriteResult<unknown>, doneMessage?: string) => void;
};

const BoardEditingContext = createContext<BoardEditing | null>(null);

export function useBoardEditing(): BoardEditing {
  const value = useContext(BoardEditingContext);
  if (!value) throw new Error("useBoardEditing must be used inside <BoardRoom>.");
  return value;
}

function createFocusRequests(): FocusRequests {
  let pending: string | null = null;
  return {
    request: (id) => {
      pending = id;
    },
    take: (id) => {
      if (pending !== id) return false;
      pending = null;
      return true;
    },
  };
}

type Notice = { id: number; text: string; undoable: boolean };

/**
 * Shared editing state for the scenario and risk boards: who may edit, anonymous mode, per-user
 * undo (Ctrl/Cmd+Z) and the undo notice after a delete. The context value only changes when a
 * permission or setting does, so hundreds of notes do not re-render on each notice.
 */
export function BoardRoom({ children }: { children: ReactNode }) {
  const { docs, awareness, role, self, canEdit, status } = useWorkshopRoom();
  const doc = docs.board;
  useBoardMigration(doc, { synced: status === "connected", canEdit });
  const { roster } = useWorkshopDetails();
  const memberNames = useMemo(
    () => new Map(roster.map((member) => [member.userId, member.name])),
    [roster],
  );
  const control = useControl(docs.control);
  // The room's one undo manager (its Undo/Redo pair sits in the header).
  const { undo } = useWorkshopUndo();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focus] = useState(createFocusRequests);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const report = useCallback((result: WriteResult<unknown>, doneMessage?: string) => {
    const next = result.ok
      ? doneMessage
        ? { text: doneMessage, undoable: true }
        : null
      : { text: `Not saved: ${result.error.message}`, undoable: false };
    if (!next) return;
    if (timer.current) clearTimeout(timer.current);
    setNotice({ id: Date.now(), ...next });
    timer.current = setTimeout(() => setNotice(null), 10_000);
  }, []);

  const value = useMemo<BoardEditing>(
    () => ({
      doc,
      awareness,
      canEdit,
      selfId: self.userId,
      anonymous: control.anonymous,
      memberNames,
      focus,
      report,
    }),
    [doc, awareness, canEdit, self.userId, control.anonymous, memberNames, focus, report],
  );

  return (
    <BoardEditingContext.Provider value={value}>
      <div className="flex flex-col gap-2">
        {/* The lock has its notice in the room's status area; observers get theirs here. */}
        {role === "observer" ? (
          <p className="w-fit rounded-md bg-slate-100 px-3 py-1.5 text-sm text-slate-700">
            You are following along: the board updates live, editing is turned off.
          </p>
        ) : null}
        {/* A toast at the foot of the window: it takes no room above the wall, and the live
            region stays mounted so every notice is announced. */}
        <div className="fixed bottom-3 left-3 z-50 max-w-[calc(100vw-1.5rem)] shadow-lg">
          <div role="status" aria-live="polite">
            {notice ? (
              <p
                key={notice.id}
                className={`flex items-center gap-3 rounded-md px-3 py-1.5 text-sm ${notice.undoable ? "bg-slate-800 text-white" : "bg-red-50 text-red-800"}`}
              >
                {notice.text}
                {notice.undoable ? (
                  <button
                    type="button"
                    onClick={() => {
                      undo();
                      setNotice(null);
                    }}
                    className="rounded px-2 py-0.5 font-semibold underline underline-offset-2 hover:bg-slate-700"
                  >
                    Undo
                  </button>
                ) : null}
              </p>
            ) : null}
          </div>
        </div>
        {children}
      </div>
    </BoardEditingContext.Provider>
  );
}
