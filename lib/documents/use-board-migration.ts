"use client";

import { useEffect } from "react";
import type * as Y from "yjs";
import { migrateBoard } from "./migrations";

/**
 * Brings the board doc up to the current schema once it has synced with the server and this
 * person may write (migrations are idempotent, so several people doing it at once is fine).
 */
export function useBoardMigration(doc: Y.Doc, options: { synced: boolean; canEdit: boolean }) {
  const { synced, canEdit } = options;
  useEffect(() => {
    if (synced && canEdit) migrateBoard(doc);
  }, [doc, synced, canEdit]);
}
