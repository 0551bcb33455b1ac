import { privateDocOwner } from "@/lib/realtime/protocol";
import type { RealtimeLiveApi } from "@/lib/realtime/live-api";
import { readControl } from "@/lib/documents/control";
import {
  clearPrivateNotes,
  copyPrivateNotesToBoard,
  readPrivateNotes,
  setPrivateWriting,
} from "@/lib/documents/private-notes";

export type RevealPrivateNotesOptions = {
  workshopId: string;
  live: Pick<RealtimeLiveApi, "applyServerChange" | "listPrivateDocs">;
};

/**
 * The facilitator's reveal: copies every member's hidden notes into the board doc through the live
 * rooms (stored, then relayed to everyone), clears what was copied from the private docs and ends
 * private writing. Works for authors who are offline: their private docs are loaded from storage.
 * Runs in the realtime server's module graph (RealtimeLiveApi.revealPrivateNotes), since it
 * creates Yjs types. Copy before clear, with note ids kept, so a crash in between reveals nothing twice.
 */
export async function revealPrivateNotes(
  options: RevealPrivateNotesOptions,
): Promise<{ revealed: number }> {
  const { workshopId, live } = options;
  let revealed = 0;
  // Revealed while anonymous mode is on: the copies carry no author.
  const { anonymous } = await live.applyServerChange({
    workshopId,
    docName: "control",
    change: readControl,
  });
  for (const docName of await live.listPrivateDocs(workshopId)) {
    const authorId = privateDocOwner(docName);
    if (authorId === null) continue;
    const notes = await live.applyServerChange({ workshopId, docName, change: readPrivateNotes });
    if (notes.length === 0) continue;
    const handled = await live.applyServerChange({
      workshopId,
      docName: "board",
      change: (board) => copyPrivateNotesToBoard(board, { notes, authorId, anonymous }),
    });
    await live.applyServerChange({
      workshopId,
      docName,
      change: (doc) => clearPrivateNotes(doc, handled),
    });
    revealed += notes.filter((note) => note.text.trim() !== "").length;
  }
  await live.applyServerChange({
    workshopId,
    docName: "control",
    change: (control) => setPrivateWriting(control, { on: false }),
  });
  return { revealed };
}
