// One room of the load: N clients, each editing its own note key with increasing sequence numbers;
// every other client turns arrivals into latency samples and delivery counts.
import * as Y from "yjs";
import { createBenchClient, type BenchClient } from "./client";
import { record, type Histogram } from "./histogram";
import type { Target } from "./messages";

/** Counters shared by all rooms of a worker. */
export type LoadStats = {
  histogram: Histogram;
  /** Deliveries between clients on the same instance, and across instances (--instances N). */
  sameInstance: Histogram;
  crossInstance: Histogram;
  /** Edits sent in [recordFrom, recordUntil) are sampled for latency. */
  recordFrom: number;
  recordUntil: number;
  editing: boolean;
  /** Shutting down or crash mode: a socket closing is expected, not a disconnect. */
  closesExpected: boolean;
  disconnects: number;
  outOfOrder: number;
};

export type Room = {
  id: string;
  clients: BenchClient[];
  sent(): number;
  expected(): number;
  delivered(): number;
  /** Per sender: its Yjs client id and the highest sequence any other client saw. */
  seenBySender(): { clientId: number; maxSeen: number }[];
  startEditing(editsPerSecond: number): void;
  /** Applies every update that has arrived to each client's doc. */
  settleAll(): void;
  close(): void;
};

const NOTES = "notes";
const SETTLE_EVERY_MS = 1000;

export function createRoom(options: {
  target: Target;
  id: string;
  size: number;
  stats: LoadStats;
}): Room {
  const { target, id, size, stats } = options;
  const instances = target.ports?.length ?? 1;
  const clients: BenchClient[] = [];
  const seqs = new Array<number>(size).fill(0);
  const sentAt: number[][] = Array.from({ length: size }, () => []);
  // lastSeen[receiver][sender]
  const lastSeen: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  let delivered = 0;

  const senderIndex = new Map<number, number>();
  for (let index = 0; index < size; index++) {
    const client = createBenchClient({
      target,
      roomId: id,
      cookie: target.cookies[index],
      instance: index,
    });
    senderIndex.set(client.doc.clientID, index);
    const seen = lastSeen[index] ?? [];
    // Sequence s of a sender is its Yjs clock s - 1 (each edit is one map set of one number), so
    // an update reaching clock `clock` completes every sequence up to `clock`.
    client.onArrival((clientId, clock, now) => {
      const sender = senderIndex.get(clientId);
      if (sender === undefined) return;
      const last = seen[sender] ?? 0;
      if (clock <= last) {
        stats.outOfOrder += 1;
        return;
      }
      for (let s = last + 1; s <= clock; s++) {
        delivered += 1;
        const at = sentAt[sender]?.[s];
        if (at !== undefined && at >= stats.recordFrom && at < stats.recordUntil) {
          record(stats.histogram, now - at);
          const sameInstance = sender % instances === index % instances;
          record(sameInstance ? stats.sameInstance : stats.crossInstance, now - at);
        }
      }
      seen[sender] = clock;
    });
    client.onDown(() => {
      if (!stats.closesExpected) stats.disconnects += 1;
    });
    clients.push(client);
  }

  /**
   * Runs `run` at origin + k × period on the process's clock. setInterval re-arms from when the
   * callback ran, so on a busy process every late timer drifts into the same moment and the load
   * turns into bursts; a fixed timetable keeps each client's phase (edits missed while the process
   * was busy are sent late, not skipped: the offered load stays the same).
   */
  function onSchedule(period: number, phase: number, run: () => void): void {
    const origin = performance.now() + phase;
    let next = 0;
    const arm = () => {
      if (stopped) return;
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          next += 1;
          run();
          arm();
        },
        Math.max(0, origin + next * period - performance.now()),
      );
      timers.add(timer);
    };
    arm();
  }

  function settleAll(): void {
    for (const client of clients) client.settle();
  }

  function edit(index: number): void {
    const client = clients[index];
    if (!stats.editing || !client?.open) return;
    const seq = (seqs[index] ?? 0) + 1;
    seqs[index] = seq;
    const times = sentAt[index];
    if (times) times[seq] = performance.now();
    client.doc.getMap<number>(NOTES).set(`c${index}`, seq);
  }

  return {
    id,
    clients,
    sent: () => seqs.reduce((sum, n) => sum + n, 0),
    expected: () => seqs.reduce((sum, n) => sum + n, 0) * (size - 1),
    delivered: () => delivered,
    seenBySender() {
      return clients.map((client, sender) => ({
        clientId: client.doc.clientID,
        maxSeen: Math.max(
          0,
          ...lastSeen.map((row, receiver) => (receiver === sender ? 0 : (row[sender] ?? 0))),
        ),
      }));
    },
    settleAll,
    startEditing(editsPerSecond) {
      const period = 1000 / editsPerSecond;
      // Applying queued updates in batches keeps each doc (and the process's memory) current.
      onSchedule(SETTLE_EVERY_MS, Math.random() * SETTLE_EVERY_MS, settleAll);
      // A random phase per client, so edits do not arrive in lockstep.
      clients.forEach((_, index) => onSchedule(period, Math.random() * period, () => edit(index)));
    },
    close() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      for (const client of clients) client.close();
    },
  };
}

/** Same state vector and same notes as the reference doc (what the server sent a fresh client). */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  const left = Y.decodeStateVector(Y.encodeStateVector(a));
  const right = Y.decodeStateVector(Y.encodeStateVector(b));
  if (left.size !== right.size) return false;
  for (const [client, clock] of left) if (right.get(client) !== clock) return false;
  const notes = (doc: Y.Doc) =>
    JSON.stringify(Object.entries(doc.getMap<number>(NOTES).toJSON()).sort());
  return notes(a) === notes(b);
}
