"use client";

import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { REACTIONS, type Reaction } from "@/lib/documents/reaction-keys";
import { reactionCountsFor, setReaction } from "@/lib/documents/reactions";
import { useReactions } from "@/lib/documents/use-reactions";
import { useBoardEditing } from "./board-room";
import { CheckIcon } from "./icons";

const SYMBOL: Record<Reaction, string> = { "plus-one": "+1", question: "?" };
const NAME: Record<Reaction, string> = { "plus-one": "+1", question: "Question" };

function countText(reaction: Reaction, count: number): string {
  if (reaction === "plus-one") return `${count} × +1`;
  return `${count} ${count === 1 ? "question" : "questions"}`;
}

/**
 * +1 and "?" on a note: a count in words for everyone, and a toggle for each. Who reacted is never
 * shown; while anonymous mode is on it is not even stored (the key carries a pseudonym).
 */
export function NoteReactions({ noteId, label }: { noteId: string; label: string }) {
  const { doc, canEdit, report } = useBoardEditing();
  const { voterId } = useWorkshopRoom();
  const tally = useReactions(doc, voterId);
  const counts = reactionCountsFor(tally, noteId);
  return (
    <div role="group" aria-label={`Reactions to ${label}`} className="flex flex-wrap gap-1">
      {REACTIONS.map((reaction) => {
        const mine = tally.mine.has(`${reaction}/${noteId}`);
        const count = counts[reaction];
        return (
          <button
            key={reaction}
            type="button"
            disabled={!canEdit}
            aria-pressed={mine}
            aria-label={`${NAME[reaction]} on ${label}: ${countText(reaction, count)}${mine ? ", including yours" : ""}`}
            data-reaction={reaction}
            onClick={() =>
              report(setReaction(doc, { reaction, personId: voterId, noteId, on: !mine }))
            }
            className={`text-meta flex min-h-6 items-center gap-1 rounded-full border px-2 font-medium disabled:cursor-not-allowed disabled:opacity-60 ${
              mine
                ? "border-slate-700 bg-white text-slate-900"
                : "border-slate-300 bg-white/70 text-slate-700 hover:bg-white"
            }`}
          >
            {mine ? <CheckIcon className="size-3" /> : null}
            <span aria-hidden>{SYMBOL[reaction]}</span>
            <span aria-hidden data-testid="reaction-count">
              {count}
            </span>
          </button>
        );
      })}
    </div>
  );
}
