"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { subscribeReactions, tallyReactions, type ReactionTally } from "./reactions";

/** Everyone's reaction counts and this person's own reactions, live. */
export function useReactions(board: Y.Doc, personId: string): ReactionTally {
  const cache = useRef<{ version: number; personId: string; tally: ReactionTally } | null>(null);
  const version = useRef(0);
  const subscribe = useCallback(
    (listener: () => void) =>
      subscribeReactions(board, () => {
        version.current += 1;
        listener();
      }),
    [board],
  );
  const read = useCallback(() => {
    const current = cache.current;
    if (current && current.version === version.current && current.personId === personId) {
      return current.tally;
    }
    const tally = tallyReactions(board, personId);
    cache.current = { version: version.current, personId, tally };
    return tally;
  }, [board, personId]);
  return useSyncExternalStore(subscribe, read, read);
}
