"use client";

import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import {
  readBlindRound,
  readRevealedPlacements,
  subscribeBlindPlacements,
  type BlindRound,
  type RevealedPlacement,
} from "./blind-placement";
import { subscribeControl } from "./control";
import {
  readVoteRound,
  subscribeVotes,
  tallyVotes,
  type VoteRound,
  type VoteStep,
  type VoteTally,
} from "./votes";

// Snapshots for useSyncExternalStore: the same object until the underlying map changes. Each
// doc gets one permanent observer that bumps a version number, so every hook can tell cheaply
// whether its cached value is still current.

const versions = new WeakMap<Y.Doc, { votes: number; placements: number }>();

function versionOf(board: Y.Doc): { votes: number; placements: number } {
  let version = versions.get(board);
  if (!version) {
    const created = { votes: 0, placements: 0 };
    subscribeVotes(board, () => {
      created.votes += 1;
    });
    subscribeBlindPlacements(board, () => {
      created.placements += 1;
    });
    versions.set(board, created);
    version = created;
  }
  return version;
}

function useControlValue<T>(control: Y.Doc, read: () => T): T {
  const subscribe = useCallback(
    (listener: () => void) => subscribeControl(control, listener),
    [control],
  );
  return useSyncExternalStore(subscribe, read, read);
}

const roundCache = new Map<string, VoteRound | null>();
const blindCache = new Map<string, BlindRound | null>();

function cachedByJson<T>(cache: Map<string, T>, slot: string, value: T): T {
  const key = `${slot}:${JSON.stringify(value)}`;
  const cached = cache.get(slot);
  if (cached !== undefined && `${slot}:${JSON.stringify(cached)}` === key) return cached;
  cache.set(slot, value);
  return value;
}

/** The facilitator's vote on `step` (settings and open/closed), or null. */
export function useVoteRound(control: Y.Doc, step: VoteStep): VoteRound | null {
  const read = useCallback(
    () => cachedByJson(roundCache, `${control.guid}:${step}`, readVoteRound(control, step)),
    [control, step],
  );
  return useControlValue(control, read);
}

/** The blind placement round on step 6, or null. */
export function useBlindRound(control: Y.Doc): BlindRound | null {
  const read = useCallback(
    () => cachedByJson(blindCache, control.guid, readBlindRound(control)),
    [control],
  );
  return useControlValue(control, read);
}

const tallyCache = new WeakMap<Y.Doc, Map<string, { version: number; tally: VoteTally }>>();

/** Everyone's counted dots and this voter's own, updated live; null without a vote. */
export function useVoteTally(
  board: Y.Doc,
  round: VoteRound | null,
  voterId: string,
): VoteTally | null {
  const subscribe = useCallback((listener: () => void) => subscribeVotes(board, listener), [board]);
  const getSnapshot = useCallback(() => {
    if (!round) return null;
    const version = versionOf(board).votes;
    const key = `${JSON.stringify(round)}|${voterId}`;
    let perDoc = tallyCache.get(board);
    if (!perDoc) {
      perDoc = new Map();
      tallyCache.set(board, perDoc);
    }
    const cached = perDoc.get(key);
    if (cached && cached.version === version) return cached.tally;
    const tally = tallyVotes(board, round, voterId);
    perDoc.set(key, { version, tally });
    return tally;
  }, [board, round, voterId]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

const placementCache = new WeakMap<
  Y.Doc,
  Map<string, { version: number; placements: RevealedPlacement[] }>
>();
const NO_PLACEMENTS: RevealedPlacement[] = [];

/** Everyone's published placements in a blind round. */
export function useRevealedPlacements(
  board: Y.Doc,
  roundId: string | null,
): readonly RevealedPlacement[] {
  const subscribe = useCallback(
    (listener: () => void) => subscribeBlindPlacements(board, listener),
    [board],
  );
  const getSnapshot = useCallback(() => {
    if (!roundId) return NO_PLACEMENTS;
    const version = versionOf(board).placements;
    let perDoc = placementCache.get(board);
    if (!perDoc) {
      perDoc = new Map();
      placementCache.set(board, perDoc);
    }
    const cached = perDoc.get(roundId);
    if (cached && cached.version === version) return cached.placements;
    const placements = readRevealedPlacements(board, roundId);
    perDoc.set(roundId, { version, placements });
    return placements;
  }, [board, roundId]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
