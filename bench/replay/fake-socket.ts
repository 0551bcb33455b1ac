// An in-memory stand-in for the TCP socket under a websocket: what the server writes is counted and
// dropped; what a client sent is pushed in as masked frames. Enough of net.Socket for ws's upgrade.
import type { IncomingMessage } from "node:http";
import { Duplex } from "node:stream";

export class FakeSocket extends Duplex {
  bytesOut = 0;
  /** Set once the server has written its HTTP 101 answer. */
  upgraded = false;
  private readonly onUpgraded: () => void;

  constructor(onUpgraded: () => void) {
    super();
    this.onUpgraded = onUpgraded;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    if (!this.upgraded) {
      if (chunk.toString("latin1", 0, 12) === "HTTP/1.1 101") {
        this.upgraded = true;
        this.onUpgraded();
      }
    } else {
      this.bytesOut += chunk.length;
    }
    callback();
  }

  setTimeout(): this {
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }
}

/** A client frame as it travels: FIN + binary, masked (zero key: the payload reads unchanged). */
export function maskedFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const extended = length < 126 ? 0 : length < 65_536 ? 2 : 8;
  const frame = Buffer.alloc(2 + extended + 4 + length);
  frame[0] = 0x82;
  if (extended === 0) frame[1] = 0x80 | length;
  else if (extended === 2) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, 2 + extended + 4);
  return frame;
}

/** The upgrade request a browser (or the bench client) sends for `url`. */
export function upgradeRequest(url: string, cookie: string | undefined): IncomingMessage {
  return {
    method: "GET",
    url,
    httpVersion: "1.1",
    headers: {
      host: "127.0.0.1",
      connection: "Upgrade",
      upgrade: "websocket",
      "sec-websocket-version": "13",
      "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
      ...(cookie ? { cookie } : {}),
    },
  } as unknown as IncomingMessage;
}
