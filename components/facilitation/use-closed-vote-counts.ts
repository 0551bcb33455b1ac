"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { subscribeControl } from "@/lib/documents/control";
import { finalVoteCounts } from "@/lib/documents/final-vote-counts";
import { subscribeVotes } from "@/lib/documents/votes";

type Counts = ReadonlyMap<string, number>;
const NONE: Counts = new Map();

/**
 * Dots per idea from the last closed vote (prioritize, else scenarios), or an empty map while
 * no vote has closed: an open vote's results may still be hidden from the team.
 */
export function useClosedVoteCounts(board: Y.Doc, control: Y.Doc): Counts {
  const cache = useRef<{ key: string; counts: Counts }>({ key: "", counts: NONE });
  const subscribe = useCallback(
    (listener: () => void) => {
      const offControl = subscribeControl(control, listener);
      const offVotes = subscribeVotes(board, listener);
      return () => {
        offControl();
        offVotes();
      };
    },
    [board, control],
  );
  const read = useCallback((): Counts => {
    const counts = finalVoteCounts(board, control);
    const key = counts ? JSON.stringify(counts) : "";
    if (key !== cache.current.key) {
      cache.current = { key, counts: counts ? new Map(Object.entries(counts)) : NONE };
    }
    return cache.current.counts;
  }, [board, control]);
  return useSyncExternalStore(subscribe, read, () => NONE);
}
