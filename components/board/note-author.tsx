"use client";

import { useAuthorName } from "@/lib/documents/use-scenario-presence";
import { useBoardEditing } from "./board-room";

/**
 * "by Dana" on a note; hidden in anonymous mode, and never shown for a note written in anonymous
 * mode (it has no author). Roster first, then live presence.
 */
export function NoteAuthor({ authorId }: { authorId: string | undefined }) {
  const { awareness, anonymous, selfId, memberNames } = useBoardEditing();
  const liveName = useAuthorName(awareness, authorId ?? "");
  if (anonymous || authorId === undefined) return null;
  const name = authorId === selfId ? "you" : (memberNames.get(authorId) ?? liveName);
  return <span className="text-xs text-slate-700">by {name ?? "a teammate"}</span>;
}
