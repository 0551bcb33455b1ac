// Per-person keys of the board doc. The votes map holds one entry per dot, keyed
// "<roundId>/<voterId>/<slot>"; the blind placements map one entry per placed idea, keyed
// "<roundId>/<userId>/<scenarioId>". The key names its owner, which is what lets the realtime
// server refuse an entry written for someone else. While anonymous mode is on, the owner is the
// person's per-workshop pseudonym (lib/documents/vote-pseudonym.ts), never their user id.

import { BLIND_PLACEMENTS_MAP, VOTES_MAP } from "./layout";

export { BLIND_PLACEMENTS_MAP, VOTES_MAP };

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
  return undefined;
}
