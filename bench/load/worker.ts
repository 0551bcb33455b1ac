// A load-generator process: drives the rooms it is given and answers the parent's commands.
import * as Y from "yjs";
import { createBenchClient, type BenchClient } from "./client";
import { createHistogram, toSparse } from "./histogram";
import type { FinishReport, Target, VerifyReport, WorkerCommand, WorkerReply } from "./messages";
import { createRoom, sameState, type LoadStats, type Room } from "./room";

const CONNECT_CONCURRENCY = 16;

const stats: LoadStats = {
  histogram: createHistogram(),
  sameInstance: createHistogram(),
  crossInstance: createHistogram(),
  recordFrom: Number.POSITIVE_INFINITY,
  recordUntil: Number.POSITIVE_INFINITY,
  editing: false,
  closesExpected: false,
  disconnects: 0,
  outOfOrder: 0,
};
let rooms: Room[] = [];
let target: Target | null = null;
let editsPerSecond = 2;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function inBatches<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await run(item);
    }
  }
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, () => lane()));
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** A fresh client per room: what the server holds, as a newcomer would receive it. */
async function withServerCopy(room: Room, inspect: (doc: Y.Doc) => void): Promise<void> {
  if (!target) throw new Error("not connected");
  const checker = createBenchClient({ target, roomId: room.id, cookie: target.cookies[0] });
  try {
    await checker.connect();
    inspect(checker.doc);
  } finally {
    checker.close();
  }
}

async function finish(drainMs: number): Promise<FinishReport> {
  stats.editing = false;
  const recordEnd = Math.min(stats.recordUntil, performance.now());
  stats.recordUntil = recordEnd;
  const sum = (pick: (room: Room) => number) =>
    rooms.reduce((total, room) => total + pick(room), 0);
  await waitUntil(() => sum((room) => room.delivered()) >= sum((room) => room.expected()), drainMs);
  let converged = 0;
  for (const room of rooms) room.settleAll();
  await inBatches(rooms, (room) =>
    withServerCopy(room, (server) => {
      if (room.clients.every((client) => sameState(client.doc, server))) converged += 1;
    }).catch(() => undefined),
  );
  const frames = (pick: (client: BenchClient) => number) =>
    rooms.reduce((total, room) => total + room.clients.reduce((n, c) => n + pick(c), 0), 0);
  const delivered = sum((room) => room.delivered());
  return {
    histogram: toSparse(stats.histogram),
    sameInstance: toSparse(stats.sameInstance),
    crossInstance: toSparse(stats.crossInstance),
    maxMs: stats.histogram.max,
    samples: stats.histogram.total,
    sent: sum((room) => room.sent()),
    expected: sum((room) => room.expected()),
    delivered,
    duplicates: frames((client) => client.duplicateFrames) + stats.outOfOrder,
    echoes: frames((client) => client.echoFrames),
    disconnects: stats.disconnects,
    rooms: rooms.length,
    roomsConverged: converged,
  };
}

async function verify(): Promise<VerifyReport> {
  let missing = 0;
  let checked = 0;
  await inBatches(rooms, (room) =>
    withServerCopy(room, (server) => {
      const clocks = Y.decodeStateVector(Y.encodeStateVector(server));
      // Sequence s of a sender is its Yjs clock s - 1: each edit is one map set of one number.
      for (const { clientId, maxSeen } of room.seenBySender()) {
        missing += Math.max(0, maxSeen - (clocks.get(clientId) ?? 0));
        checked += maxSeen;
      }
    }),
  );
  return { missing, checked, rooms: rooms.length };
}

async function handle(command: WorkerCommand): Promise<WorkerReply> {
  switch (command.cmd) {
    case "connect": {
      target = command.target;
      editsPerSecond = command.editsPerSecond;
      stats.closesExpected = command.stayDown;
      const size = command.clientsPerRoom;
      rooms = command.roomIds.map((id) => createRoom({ target: command.target, id, size, stats }));
      await inBatches(
        rooms.flatMap((room) => room.clients),
        (client) => client.connect(),
      );
      for (const room of rooms) room.startEditing(editsPerSecond);
      return { ok: true, cmd: command.cmd };
    }
    case "edit":
      stats.editing = command.on;
      return { ok: true, cmd: command.cmd };
    case "record":
      if (command.on) {
        stats.recordFrom = performance.now();
        stats.recordUntil = Number.POSITIVE_INFINITY;
      } else {
        stats.recordUntil = performance.now();
      }
      return { ok: true, cmd: command.cmd, sent: rooms.reduce((n, room) => n + room.sent(), 0) };
    case "finish":
      return { ok: true, cmd: command.cmd, finish: await finish(command.drainMs) };
    case "waitDown": {
      stats.editing = false;
      const clients = rooms.flatMap((room) => room.clients);
      await waitUntil(() => clients.every((client) => !client.open), 10_000);
      return { ok: true, cmd: command.cmd };
    }
    case "verify":
      return { ok: true, cmd: command.cmd, verify: await verify() };
    case "reconnect":
      await inBatches(
        rooms.flatMap((room) => room.clients),
        (client) => client.connect(),
      );
      return { ok: true, cmd: command.cmd };
    case "close":
      stats.closesExpected = true;
      for (const room of rooms) room.close();
      setTimeout(() => process.exit(0), 100);
      return { ok: true, cmd: command.cmd };
  }
}

process.on("message", (command: WorkerCommand) => {
  handle(command)
    .catch((error: unknown): WorkerReply => ({
      ok: false,
      cmd: command.cmd,
      error: error instanceof Error ? error.message : String(error),
    }))
    .then((reply) => process.send?.(reply));
});
process.on("disconnect", () => process.exit(0));
