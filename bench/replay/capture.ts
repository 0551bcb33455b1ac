// Records the frames real bench clients send (the 100-room load by default), once, into a file
// under the temp dir: the input of the server-only replay (replay.ts). The recording server
// answers like the reference server (y-websocket's setupWSConnection), so the clients sync and
// edit exactly as in a live run; it keeps every binary frame a client sends, with its time.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { WebSocketServer, type RawData } from "ws";
import { setupWSConnection } from "y-websocket-v2/bin/utils";
import { startGenerator } from "../lib/generator";
import { benchRoomIds } from "../lib/our-database";

/** One client connection of the capture: its room and its slot (which user it is) in the room. */
export type CapturedConnection = { room: string; slot: number };
/** A frame a client sent: ms since the clients started editing (negative: while syncing). */
export type CapturedFrame = { t: number; connection: number; bytes: Uint8Array };

export type Capture = {
  rooms: number;
  clientsPerRoom: number;
  editSeconds: number;
  connections: CapturedConnection[];
  frames: CapturedFrame[];
};

// The client's slot travels in a cookie the recording server reads (real servers ignore it).
const SLOT_COOKIE = "bench-slot";

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data);
}

function slotOf(req: IncomingMessage): number {
  const match = new RegExp(`${SLOT_COOKIE}=(\\d+)`).exec(req.headers.cookie ?? "");
  return Number(match?.[1] ?? -1);
}

/** File layout: a JSON header line, then per frame f64 t, u32 connection, u32 length, bytes. */
function encodeCapture(capture: Capture): Buffer {
  const { frames, ...header } = capture;
  const parts: Buffer[] = [Buffer.from(`${JSON.stringify(header)}\n`)];
  for (const frame of frames) {
    const head = Buffer.alloc(16);
    head.writeDoubleLE(frame.t, 0);
    head.writeUInt32LE(frame.connection, 8);
    head.writeUInt32LE(frame.bytes.byteLength, 12);
    parts.push(head, Buffer.from(frame.bytes));
  }
  return Buffer.concat(parts);
}

export function readCapture(file: string): Capture {
  const data = readFileSync(file);
  const newline = data.indexOf(10);
  const header = JSON.parse(data.subarray(0, newline).toString()) as Omit<Capture, "frames">;
  const frames: CapturedFrame[] = [];
  let offset = newline + 1;
  while (offset < data.length) {
    const t = data.readDoubleLE(offset);
    const connection = data.readUInt32LE(offset + 8);
    const length = data.readUInt32LE(offset + 12);
    frames.push({
      t,
      connection,
      bytes: new Uint8Array(data.subarray(offset + 16, offset + 16 + length)),
    });
    offset += 16 + length;
  }
  return { ...header, frames };
}

export function captureFile(rooms: number): string {
  return path.join(tmpdir(), "prepersonalize-bench", `replay-${rooms}-rooms.bin`);
}

/** The capture for `rooms`, recorded now unless a file from an earlier run exists (or `fresh`). */
export async function ensureCapture(options: {
  rooms: number;
  clientsPerRoom: number;
  editsPerSecond: number;
  editSeconds: number;
  workers: number;
  fresh?: boolean;
}): Promise<string> {
  const file = captureFile(options.rooms);
  if (existsSync(file) && !options.fresh) return file;
  const connections: CapturedConnection[] = [];
  const frames: CapturedFrame[] = [];
  let editStart: number | null = null;
  const wss = new WebSocketServer({ noServer: true });
  wss.on("connection", (ws, req: IncomingMessage) => {
    const index = connections.length;
    connections.push({ room: (req.url ?? "/").slice(1).split("?")[0] ?? "", slot: slotOf(req) });
    // Registered before setupWSConnection's own listener: sees each frame before it is handled.
    ws.on("message", (data: RawData, isBinary: boolean) => {
      if (!isBinary) return;
      const now = performance.now();
      frames.push({
        t: editStart === null ? -1 : now - editStart,
        connection: index,
        bytes: toBytes(data),
      });
    });
    setupWSConnection(ws, req);
  });
  const http = createServer((_req, res) => res.writeHead(404).end());
  http.on("upgrade", (req, socket, head: Buffer) => {
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  const generator = await startGenerator({
    target: {
      kind: "reference",
      port,
      cookies: Array.from(
        { length: options.clientsPerRoom },
        (_, slot) => `${SLOT_COOKIE}=${slot}`,
      ),
    },
    roomIds: benchRoomIds(options.rooms),
    clientsPerRoom: options.clientsPerRoom,
    editsPerSecond: options.editsPerSecond,
    workers: options.workers,
  });
  try {
    editStart = performance.now();
    await generator.all({ cmd: "edit", on: true });
    await new Promise((resolve) => setTimeout(resolve, options.editSeconds * 1000));
    await generator.all({ cmd: "edit", on: false });
  } finally {
    await generator.stop();
    for (const client of wss.clients) client.terminate();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    encodeCapture({
      rooms: options.rooms,
      clientsPerRoom: options.clientsPerRoom,
      editSeconds: options.editSeconds,
      connections,
      frames: frames.filter((frame) => frame.t <= options.editSeconds * 1000),
    }),
  );
  return file;
}
