import { MAX_MESSAGE_BYTES } from "@/lib/realtime/protocol";
import type { DocStore } from "@/lib/document-store/doc-store";
import type { LiveDocOperations } from "@/lib/realtime/live-api";
import type { AuthenticateMember } from "./auth";
import { createInProcessRelay, type Relay } from "./relay";
import { defaultWritePolicy, type WritePolicy } from "./write-policy";

/**
 * What the server is given by whoever creates it (server.ts, Hocuspocus-style), so it knows no
 * domain or database code: the store of the documents, how to authenticate a member, the
 * pseudonym of anonymous per-person keys and the domain operations run on live docs.
 */
export type RealtimeDependencies = {
  /** Where the docs are stored; opened and closed by the caller (server.ts), which shares it. */
  docStore: DocStore;
  authenticate: AuthenticateMember;
  /** The pseudonym a user's per-person keys carry in a workshop while anonymous mode is on. */
  pseudonym: (workshopId: string, userId: string) => string;
  operations: LiveDocOperations;
};

export type RealtimeOptions = RealtimeDependencies & RealtimeSettings;

export type RealtimeSettings = {
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
  /** Refusal notices sent per connection per second at most (each makes the client resync). */
  refusalsPerSecond: number;
  /** An awareness state larger than this (JSON bytes) is dropped, not relayed. */
  maxAwarenessStateBytes: number;
  /** Byte buckets per connection; a connection that overdraws one is closed as rate-limited. */
  awarenessBytesPerSecond: number;
  awarenessBurstBytes: number;
  updateBytesPerSecond: number;
  updateBurstBytes: number;
  /** Open sockets a user may hold in one workshop (each tab holds 2–3), and in all workshops. */
  maxSocketsPerUserPerWorkshop: number;
  maxSocketsPerUser: number;
};

// A 500-note workshop (10 segments, 5 edits per note, 250 risks) stores 213 KB
// (write-policy/size.test.ts). 8 MiB leaves ~40x for typing history and long sessions, and keeps a
// flooded doc small enough for a new joiner to sync in a few seconds.
const MAX_DOC_BYTES = 8 * 1024 * 1024;

/** The settings with their defaults; dependencies in `overrides` are passed through. */
export function resolveOptions(
  overrides: Partial<RealtimeOptions> = {},
): RealtimeSettings & Partial<RealtimeDependencies> {
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
    refusalsPerSecond: 5,
    // A presence state (cursor, selection, dragged note, user) is ~300 bytes.
    maxAwarenessStateBytes: 4 * 1024,
    // Cursors at 60/s cost ~20 KB/s; the burst admits one message up to the 1 MiB frame limit.
    awarenessBytesPerSecond: 64 * 1024,
    awarenessBurstBytes: MAX_MESSAGE_BYTES,
    // Typing and dragging send well under 50 KB/s; the burst admits the sync of a long offline
    // session (up to two full-size frames) at once.
    updateBytesPerSecond: 256 * 1024,
    updateBurstBytes: 2 * MAX_MESSAGE_BYTES,
    maxSocketsPerUserPerWorkshop: 20,
    maxSocketsPerUser: 60,
    ...overrides,
  };
}
