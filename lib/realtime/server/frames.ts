import type { WebSocket } from "ws";
import { messageYjsUpdate } from "y-protocols/sync";
import { MessageType } from "@/lib/realtime/protocol";

/**
 * The parts of a ws 8 WebSocket the direct path reads. Not public API: when they are missing (a
 * ws upgrade that changes them) every send falls back to `ws.send`.
 */
type WsInternals = {
  _socket?: { write(chunk: Buffer): boolean } | null;
  _sender?: { _state?: unknown; _queue?: unknown[] } | null;
  _extensions?: Record<string, unknown>;
};

// ws's Sender state while nothing is being compressed or read from a Blob.
const SENDER_IDLE = 0;
const FIN_BINARY = 0x82;

let lastMessage: Uint8Array | null = null;
let lastFrame: Buffer | null = null;

/**
 * A complete unmasked binary websocket frame (header and payload in one buffer). A relay sends the
 * same message to every peer of a room in a row, so the last frame is reused for the same message.
 */
export function binaryFrame(message: Uint8Array): Buffer {
  if (message === lastMessage && lastFrame) return lastFrame;
  const length = message.byteLength;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = FIN_BINARY;
  if (length < 126) frame[1] = length;
  else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.set(message, headerLength);
  lastMessage = message;
  lastFrame = frame;
  return frame;
}

/**
 * Whether frames may be written to this server-side socket directly: no extension (per-message
 * deflate) negotiated, and ws's internals where the direct path expects them.
 */
export function canWriteFrames(ws: WebSocket): boolean {
  const internals = ws as unknown as WsInternals;
  return (
    typeof internals._socket?.write === "function" &&
    Array.isArray(internals._sender?._queue) &&
    Object.keys(internals._extensions ?? {}).length === 0
  );
}

/**
 * Sends one binary message. With `direct`, the frame goes straight to the TCP socket in one write
 * (ws's own send builds a header per receiver and writes header and payload as a writev), unless
 * ws still has queued frames, which must go first.
 */
export function sendBinary(ws: WebSocket, message: Uint8Array, direct: boolean): void {
  const internals = ws as unknown as WsInternals;
  const sender = internals._sender;
  const socket = internals._socket;
  if (!direct || !socket || sender?._state !== SENDER_IDLE || sender._queue?.length !== 0) {
    ws.send(message);
    return;
  }
  socket.write(binaryFrame(message));
}

/**
 * The y-websocket message carrying one Yjs update: message type, sync kind, varuint length, bytes;
 * what y-protocols' writeUpdate produces, in one allocation instead of an encoder's buffers and
 * the copy out of them (sent once per committed update, so the copies showed in profiles).
 */
export function syncUpdateMessage(update: Uint8Array): Buffer {
  let lengthBytes = 1;
  for (let rest = update.byteLength; rest > 0x7f; rest = Math.floor(rest / 0x80)) lengthBytes++;
  const message = Buffer.allocUnsafe(2 + lengthBytes + update.byteLength);
  message[0] = MessageType.sync;
  message[1] = messageYjsUpdate;
  let at = 2;
  let rest = update.byteLength;
  while (rest > 0x7f) {
    message[at++] = 0x80 | (rest & 0x7f);
    rest = Math.floor(rest / 0x80);
  }
  message[at++] = rest;
  message.set(update, at);
  return message;
}
