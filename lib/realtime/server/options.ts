import { MAX_MESSAGE_BYTES } from "@/lib/realtime/protocol";
import { createInProcessRelay, type Relay } from "./relay";

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
};

export function resolveOptions(overrides: Partial<RealtimeOptions> = {}): RealtimeOptions {
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
    ...overrides,
  };
}
