// The board doc's votes map holds one entry per dot, keyed "<roundId>/<voterId>/<slot>". The key
// names its owner, which is what lets the realtime server refuse a dot written for someone else.

export const VOTES_MAP = "votes";

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
