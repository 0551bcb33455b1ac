"use client";

import { useCallback, useSyncExternalStore } from "react";
import * as z from "zod/mini";
import type { MatrixPosition } from "@/lib/documents/records";

// A person's blind placements stay in this browser (localStorage, so a refresh keeps them) until
// the facilitator reveals the round; nothing about them reaches the shared documents before then.

export type PrivatePlacements = Readonly<Record<string, MatrixPosition>>;

const StoredSchema = z.record(
  z.string(),
  z.object({
    value: z.number().check(z.gte(0), z.lte(1)),
    feasibility: z.number().check(z.gte(0), z.lte(1)),
  }),
);
const EMPTY: PrivatePlacements = Object.freeze({});
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; value: PrivatePlacements }>();

function storageKey(roundId: string, userId: string): string {
  return `prepersonalize:blind:${roundId}:${userId}`;
}

function read(key: string): PrivatePlacements {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    // Storage can be blocked (private mode); placements then live in memory only.
    raw = cache.get(key)?.raw ?? null;
  }
  const cached = cache.get(key);
  if (cached && cached.raw === raw) return cached.value;
  let value: PrivatePlacements = EMPTY;
  if (raw) {
    try {
      const parsed = StoredSchema.safeParse(JSON.parse(raw));
      if (parsed.success) value = parsed.data;
    } catch {
      value = EMPTY;
    }
  }
  cache.set(key, { raw, value });
  return value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** This person's private placements in a blind round, and a setter that keeps them local. */
export function usePrivatePlacements(
  roundId: string | null,
  userId: string,
): [PrivatePlacements, (scenarioId: string, position: MatrixPosition) => void] {
  const key = roundId ? storageKey(roundId, userId) : null;
  const getSnapshot = useCallback(() => (key ? read(key) : EMPTY), [key]);
  const placements = useSyncExternalStore(subscribe, getSnapshot, () => EMPTY);
  const place = useCallback(
    (scenarioId: string, position: MatrixPosition) => {
      if (!key) return;
      const next = { ...read(key), [scenarioId]: position };
      const raw = JSON.stringify(next);
      try {
        window.localStorage.setItem(key, raw);
      } catch {
        // Kept in memory below.
      }
      cache.set(key, { raw, value: next });
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [placements, place];
}
