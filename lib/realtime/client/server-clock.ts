import { SERVER_TIME_PATH } from "@/lib/realtime/protocol";

// Timers and the agenda clock are shared as absolute times (a timer's end, a step's start). Each
// device reads them against its own clock, so a laptop running 40 s fast would show a countdown
// 40 s short. Every client measures how far its clock is from the server's and reads shared
// times through `serverNow()` instead of `Date.now()`.

export type ClockSample = {
  /** Local Date.now() when the request left and when the answer arrived. */
  sentAt: number;
  receivedAt: number;
  /** The server's Date.now() while answering. */
  serverNow: number;
};

let offsetMs = 0;

/** The server's current time as best this device knows it. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/**
 * The server clock minus the local clock, from the sample with the shortest round trip (its
 * answer's moment is known best): the server read its clock about halfway through the trip.
 */
export function estimateOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    const trip = sample.receivedAt - sample.sentAt;
    if (trip < 0) continue;
    if (!best || trip < best.receivedAt - best.sentAt) best = sample;
  }
  if (!best) return null;
  return Math.round(best.serverNow - (best.sentAt + best.receivedAt) / 2);
}

async function sampleServerClock(baseUrl: string): Promise<ClockSample | null> {
  const sentAt = Date.now();
  const response = await fetch(new URL(SERVER_TIME_PATH, baseUrl), { cache: "no-store" });
  const receivedAt = Date.now();
  if (!response.ok) return null;
  const body: unknown = await response.json();
  const now = typeof body === "object" && body !== null ? (body as { now?: unknown }).now : null;
  return typeof now === "number" && Number.isFinite(now)
    ? { sentAt, receivedAt, serverNow: now }
    : null;
}

/**
 * Measures the offset (a few quick requests) and uses it from then on. Keeps the last good offset
 * when the server cannot be reached: offline, shared times are read on the local clock.
 */
export async function syncServerClock(
  baseUrl: string = window.location.origin,
  sampleCount = 4,
): Promise<number> {
  const samples: ClockSample[] = [];
  for (let index = 0; index < sampleCount; index++) {
    try {
      const sample = await sampleServerClock(baseUrl);
      if (sample) samples.push(sample);
    } catch {
      // Network trouble: use whatever samples arrived.
    }
  }
  const estimate = estimateOffset(samples);
  if (estimate !== null) offsetMs = estimate;
  return offsetMs;
}
