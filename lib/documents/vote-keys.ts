// Per-person keys of the board doc. The votes map holds one entry per dot, keyed
// "<roundId>/<voterId>/<slot>"; the blind placements map one entry per placed idea, keyed
// "<roundId>/<userId>/<scenarioId>"; the reactions map one entry per +1 or "?" on a note, keyed
// "<reaction>/<personId>/<noteId>". The key names its owner, which is what lets the realtime
// server refuse an entry written for someone else. While anonymous mode is on, the owner is the
// person's per-workshop pseudonym (lib/documents/vote-pseudonym.ts), never their user id.

import { BLIND_PLACEMENTS_MAP, REACTIONS_MAP, VOTES_MAP } from "./layout";

export { BLIND_PLACEMENTS_MAP, REACTIONS_MAP, VOTES_MAP };

export type DotKey = { roundId: string; voterId: string; slot: number };

export function dotKey(roundId: string, voterId: string, slot: number): string {
  return `${roundId}/${voterId}/${slot}`;
}

export function parseDotKey(key: string): DotKey | null {
  const [roundId, voterId, slotText, extra] = key.split("/");
  if (!roundId || !voterId || !slotText || extra !== undefined) return null;
  const slot = Number(slotText);
  return Number.isInteger(slot) && slot >= 0 ? { roundId, voterId, slot } : null;
}

export function placementKey(roundId: string, userId: string, scenarioId: string): string {
  return `${roundId}/${userId}/${scenarioId}`;
}

export function parsePlacementKey(
  key: string,
): { roundId: string; userId: string; scenarioId: string } | null {
  const [roundId, userId, scenarioId, extra] = key.split("/");
  if (!roundId || !userId || !scenarioId || extra !== undefined) return null;
  return { roundId, userId, scenarioId };
}

/**
 * The person a key of a per-person map names: undefined when `map` is not a per-person map, null
 * when the key is malformed (nobody owns it, so nobody may write it).
 */
export function personKeyOwner(map: string, key: string): string | null | undefined {
  if (map === VOTES_MAP) return parseDotKey(key)?.voterId ?? null;
  if (map === BLIND_PLACEMENTS_MAP) return parsePlacementKey(key)?.userId ?? null;
  if (map === REACTIONS_MAP) return parseReactionKey(key)?.personId ?? null;
  return undefined;
}

export const REACTIONS = ["plus-one", "question"] as const;
export type Reaction = (typeof REACTIONS)[number];

export type ReactionKey = { reaction: Reaction; personId: string; noteId: string };

function isReaction(text: string | undefined): text is Reaction {
  return REACTIONS.some((reaction) => reaction === text);
}

export function reactionKey(key: ReactionKey): string {
  return `${key.reaction}/${key.personId}/${key.noteId}`;
}

export function parseReactionKey(key: string): ReactionKey | null {
  const [reaction, personId, noteId, extra] = key.split("/");
  if (!isReaction(reaction) || !personId || !noteId || extra !== undefined) return null;
  return { reaction, personId, noteId };
}
