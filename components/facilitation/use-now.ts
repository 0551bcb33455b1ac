"use client";

import { useSyncExternalStore } from "react";

const TICK_MS = 250;

function subscribe(listener: () => void): () => void {
  const interval = window.setInterval(listener, TICK_MS);
  return () => window.clearInterval(interval);
}

// Rounded to the tick so every render within one tick sees the same value.
const getNow = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;

/** The current time, refreshed four times a second while `active`. */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : noSubscribe, getNow, () => 0);
}

function noSubscribe(): () => void {
  return () => {};
}
