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
// doc gets one observer per map that first bumps a version number, then tells the hooks, so a
// hook that re-reads on the notification always sees the new version. (Hooks subscribing to the
// map themselves could be told before the bump, depending on who observed first, and then kept
// a stale tally: "1 vote left" after your last vote.)

type Channel = { version: number; listeners: Set<() => void> };
type Channels = { votes: Channel; placements: Channel };

const channels = new WeakMap<Y.Doc, Channels>();

function channelsOf(board: Y.Doc): Channels {
  const existing = channels.get(board);
  if (existing) return existing;
  const created: Channels = {
    votes: { version: 0, listeners: new Set() },
    placements: { version: 0, listeners: new Set() },
  };
  const bump = (channel: Channel) => (): void => {
    channel.version += 1;
    for (const listener of [...channel.listeners]) listener();
  };
  subscribeVotes(board, bump(created.votes));
  subscribeBlindPlacements(board, bump(created.placements));
  channels.set(board, created);
  return created;
}

function subscribeChannel(channel: Channel, listener: () => void): () => void {
  channel.listeners.add(listener);
  return () => channel.listeners.delete(listener);
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
  const subscribe = useCallback(
    (listener: () => void) => subscribeChannel(channelsOf(board).votes, listener),
    [board],
  );
  const getSnapshot = useCallback(() => {
    if (!round) return null;
    const version = channelsOf(board).votes.version;
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
    (listener: () => void) => subscribeChannel(channelsOf(board).placements, listener),
    [board],
  );
  const getSnapshot = useCallback(() => {
    if (!roundId) return NO_PLACEMENTS;
    const version = channelsOf(board).placements.version;
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
