import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { PresenceUser } from "@/lib/realtime/protocol";

export type SanitizeResult = {
  update: Uint8Array | null;
  dropped: number;
  /** Of the dropped entries, those whose state was larger than `maxStateBytes`. */
  oversize: number;
  clientId: number | null;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Keeps only awareness entries for the connection's own client id and stamps them with the
 * session's user, so nobody can speak for another client or wear another person's name.
 * `ownClientId` null means "not bound yet": the first entry binds it unless `isTaken` says another
 * connection in the room already owns that id. A state whose JSON is longer than `maxStateBytes`
 * is dropped: presence is a cursor and a selection, and every peer would receive it.
 * Throws on undecodable input.
 */
export function sanitizeAwarenessUpdate(options: {
  update: Uint8Array;
  ownClientId: number | null;
  isTaken: (clientId: number) => boolean;
  user: PresenceUser;
  maxStateBytes: number;
}): SanitizeResult {
  const decoder = decoding.createDecoder(options.update);
  const count = decoding.readVarUint(decoder);
  let clientId = options.ownClientId;
  let dropped = 0;
  let oversize = 0;
  const kept: { clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const entryClientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const text = decoding.readVarString(decoder);
    // UTF-16 length: at least a third of the UTF-8 size, and known without encoding or parsing.
    if (
      text.length * 3 > options.maxStateBytes &&
      Buffer.byteLength(text) > options.maxStateBytes
    ) {
      dropped += 1;
      oversize += 1;
      continue;
    }
    const parsed: unknown = JSON.parse(text);
    if (clientId === null && !options.isTaken(entryClientId)) clientId = entryClientId;
    if (entryClientId !== clientId || (parsed !== null && !isPlainObject(parsed))) {
      dropped += 1;
      continue;
    }
    const state = parsed === null ? null : { ...parsed, user: options.user };
    kept.push({ clock, state: JSON.stringify(state) });
  }
  if (kept.length === 0 || clientId === null) return { update: null, dropped, oversize, clientId };
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return { update: encoding.toUint8Array(encoder), dropped, oversize, clientId };
}
