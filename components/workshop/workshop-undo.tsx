"use client";

import { createContext, useContext, type ReactNode } from "react";
import type * as Y from "yjs";
import { useUndo, type UseUndoResult } from "@/lib/documents/use-undo";
import { boardUndoScope } from "@/lib/documents/board-undo-scope";

const WorkshopUndoContext = createContext<UseUndoResult | null>(null);

type WorkshopUndoProviderProps = { board: Y.Doc; enabled: boolean; children: ReactNode };

/**
 * The one undo manager of the workshop room: this person's own board edits, on every step, with
 * one Ctrl/Cmd+Z handler. Inert (buttons disabled, keys ignored) while they may not write.
 */
export function WorkshopUndoProvider({ board, enabled, children }: WorkshopUndoProviderProps) {
  const undo = useUndo(boardUndoScope(board), { enabled });
  return <WorkshopUndoContext.Provider value={undo}>{children}</WorkshopUndoContext.Provider>;
}

export function useWorkshopUndo(): UseUndoResult {
  const undo = useContext(WorkshopUndoContext);
  if (!undo) throw new Error("useWorkshopUndo must be used inside <WorkshopRoom>.");
  return undo;
}
