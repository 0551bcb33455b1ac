import type * as Y from "yjs";
import * as z from "zod/mini";
import { ok, parseInput, type WriteResult } from "./result";
import {
  parseReactionKey,
  REACTIONS_MAP,
  ReactionSchema,
  reactionKey,
  type Reaction,
} from "./reaction-keys";
import { IdSchema, transactResult } from "./write";

export type ReactionCounts = Readonly<Record<Reaction, number>>;

/** Counts per note and the reactions of one person (their key: user id or pseudonym). */
export type ReactionTally = {
  counts: ReadonlyMap<string, ReactionCounts>;
  mine: ReadonlySet<string>;
};

const NONE: ReactionCounts = { "plus-one": 0, question: 0 };

function reactionsMap(board: Y.Doc): Y.Map<unknown> {
  return board.getMap<unknown>(REACTIONS_MAP);
}

/** `mine` holds "<reaction>/<noteId>" for each reaction `personId` has given. */
export function tallyReactions(board: Y.Doc, personId: string): ReactionTally {
  const counts = new Map<string, Record<Reaction, number>>();
  const mine = new Set<string>();
  for (const [key, value] of reactionsMap(board).entries()) {
    const parsed = parseReactionKey(key);
    if (!parsed || value !== true) continue;
    const current = counts.get(parsed.noteId) ?? { ...NONE };
    current[parsed.reaction] += 1;
    counts.set(parsed.noteId, current);
    if (parsed.personId === personId) mine.add(`${parsed.reaction}/${parsed.noteId}`);
  }
  return { counts, mine };
}

export function reactionCountsFor(tally: ReactionTally, noteId: string): ReactionCounts {
  return tally.counts.get(noteId) ?? NONE;
}

/** Counts per note id, for the summary and exports (nobody's reactions are named). */
export function reactionCounts(board: Y.Doc): Record<string, ReactionCounts> {
  return Object.fromEntries(tallyReactions(board, "").counts);
}

const SetReactionOptionsSchema = z.object({
  reaction: ReactionSchema,
  /** The user id, or the pseudonym while anonymous mode is on (as for dots). */
  personId: IdSchema,
  noteId: IdSchema,
  on: z.boolean(),
});
export type SetReactionOptions = z.input<typeof SetReactionOptionsSchema>;

/** Gives or takes back one person's reaction on a note. */
export function setReaction(board: Y.Doc, options: SetReactionOptions): WriteResult<boolean> {
  const input = parseInput(SetReactionOptionsSchema, options);
  if (!input.ok) return input.result;
  const { on, ...key } = input.value;
  return transactResult(board, () => {
    if (on) reactionsMap(board).set(reactionKey(key), true);
    else reactionsMap(board).delete(reactionKey(key));
    return ok(on);
  });
}

/** Restores exported counts as entries owned by nobody on the new board (an import). */
export function restoreReactionCounts(
  board: Y.Doc,
  counts: Readonly<Record<string, ReactionCounts>>,
): void {
  board.transact(() => {
    for (const [noteId, byReaction] of Object.entries(counts)) {
      for (const reaction of Object.keys(byReaction) as Reaction[]) {
        for (let i = 0; i < byReaction[reaction]; i++) {
          reactionsMap(board).set(
            reactionKey({ reaction, personId: `imported-${i}`, noteId }),
            true,
          );
        }
      }
    }
  });
}

export function subscribeReactions(board: Y.Doc, listener: () => void): () => void {
  const map = reactionsMap(board);
  const onChange = (): void => listener();
  map.observe(onChange);
  return () => map.unobserve(onChange);
}
