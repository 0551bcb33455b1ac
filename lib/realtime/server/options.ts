import { MAX_MESSAGE_BYTES } from "@/lib/realtime/protocol";
import { votePseudonym } from "@/lib/workshop/vote-pseudonym";
import { createInProcessRelay, type Relay } from "./relay";
import { defaultWritePolicy, type WritePolicy } from "./write-policy";

export type RealtimeOptions = {
  maxMessageBytes: number;
  /** Token bucket per connection: sustained messages per second and the burst allowed on top. */
  messagesPerSecond: number;
  messageBurst: number;
  /** A client whose socket has more than this many unsent bytes is closed (it resyncs on reconnect). */
  maxBufferedBytes: number;
  /** Compact a doc once this many updates were appended since its last snapshot. */
  compactEveryUpdates: number;
  /** Compact every loaded doc with new updates this often. */
  compactIntervalMs: number;
  /** Evict a workshop's docs from memory after this long without connections. */
  idleEvictMs: number;
  sweepIntervalMs: number;
  /** When set, upgrades whose Origin header is present and not listed are refused with 403. */
  allowedOrigins: string[] | null;
  relay: Relay;
  /** Refuse updates that would take a doc's stored state past this (used by the default policy). */
  maxDocBytes: number;
  /** The rules every update that would change a doc must pass (see write-policy/). */
  writePolicy: WritePolicy;
  /** The pseudonym a user's per-person keys carry in a workshop while anonymous mode is on. */
  pseudonym: (workshopId: string, userId: string) => string;
  /** Refusal notices sent per connection per second at most (each makes the client resync). */
  refusalsPerSecond: number;
};

// A 500-note workshop (10 segments, 5 edits per note, 250 risks) stores 213 KB
// (write-policy/size.test.ts). 8 MiB leaves ~40x for typing history and long sessions, and keeps a
// flooded doc small enough for a new joiner to sync in a few seconds.
const MAX_DOC_BYTES = 8 * 1024 * 1024;

export function resolveOptions(overrides: Partial<RealtimeOptions> = {}): RealtimeOptions {
  const maxDocBytes = overrides.maxDocBytes ?? MAX_DOC_BYTES;
  return {
    maxMessageBytes: MAX_MESSAGE_BYTES,
    // Dragging a note sends a doc update and a cursor update per frame (~120/s); leave headroom.
    messagesPerSecond: 300,
    messageBurst: 600,
    maxBufferedBytes: 8 * 1024 * 1024,
    compactEveryUpdates: 500,
    compactIntervalMs: 60_000,
    idleEvictMs: 30_000,
    sweepIntervalMs: 5_000,
    allowedOrigins: null,
    relay: overrides.relay ?? createInProcessRelay(),
    maxDocBytes,
    writePolicy: defaultWritePolicy({ maxDocBytes }),
    pseudonym: (workshopId, userId) => votePseudonym({ workshopId, userId }),
    refusalsPerSecond: 5,
    ...overrides,
  };
}
