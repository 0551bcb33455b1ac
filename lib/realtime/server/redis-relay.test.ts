// The Redis relay between two instances in one process, on a real Redis (scripts/ensure-redis.sh,
// or TEST_REDIS_URL): each doc update travels once to the other instance, never back to its own,
// what one socket read brings for a doc is applied in one go, and what an instance missed while its
// subscription was down is read back from the doc's stream.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createRedisRelay } from "./redis-relay";
import type { Relay, RoomLink, RoomLinkHandlers } from "./relay";
import { waitFor } from "./testing";

const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const probe = new Redis(url, {
  lazyConnect: true,
  maxRetriesPerRequest: 0,
  retryStrategy: () => null,
});
probe.on("error", () => undefined);
const reachable = await probe.connect().then(
  () => true,
  (error: unknown) => {
    if (process.env.CI === "true")
      throw new Error(`Redis not reachable at ${url}: ${String(error)}`);
    console.warn(`[test] Redis not reachable at ${url}: the relay tests are skipped`);
    return false;
  },
);
const relays: Relay[] = [];
const prefixes: string[] = [];

afterAll(async () => {
  for (const relay of relays) await relay.close?.();
  if (!reachable) return;
  for (const prefix of prefixes) {
    const keys = await probe.keys(`${prefix}*`);
    if (keys.length > 0) await probe.del(...keys);
  }
  await probe.quit();
});

type Side = { doc: Y.Doc; link: RoomLink; single: number; batches: number[] };

async function side(relay: Relay, room: string): Promise<Side> {
  const doc = new Y.Doc();
  const link = await (relay.link as (room: string) => Promise<RoomLink>)(room);
  const result: Side = { doc, link, single: 0, batches: [] };
  const handlers: RoomLinkHandlers = {
    applyUpdate(update) {
      result.single += 1;
      Y.applyUpdate(doc, update, "relay");
    },
    applyUpdates(updates) {
      result.batches.push(updates.length);
      Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)), "relay");
    },
    applyAwareness: () => undefined,
    stateVector: () => Y.encodeStateVector(doc),
    diff: (stateVector) => Y.encodeStateAsUpdate(doc, stateVector),
    localAwareness: () => null,
  };
  link.attach(handlers);
  // What this side's own clients change is published, as rooms.ts does after the commit.
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "relay") link.publishUpdate(update);
  });
  return result;
}

describe.skipIf(!reachable)("Redis relay", () => {
  it("delivers each update to the other instance only, a read's updates in one batch", async () => {
    const keyPrefix = `test-${randomUUID()}:`;
    prefixes.push(keyPrefix);
    const [first, second] = [
      createRedisRelay({ url, keyPrefix, instanceId: "first" }),
      createRedisRelay({ url, keyPrefix, instanceId: "second" }),
    ];
    relays.push(first, second);
    const room = "workshop/relay/board";
    const [a, b] = [await side(first, room), await side(second, room)];
    // Let the state-vector exchange of the empty docs settle, then count from here.
    await new Promise((resolve) => setTimeout(resolve, 200));
    a.single = 0;
    b.single = 0;

    const items = a.doc.getArray<number>("items");
    // One tick: the XADDs go out a few per write, so the other side reads several at a time.
    for (let index = 0; index < 200; index++) items.push([index]);
    await waitFor(() => b.doc.getArray<number>("items").length === 200, 10_000);
    expect(b.doc.getArray<number>("items").toArray()).toEqual(items.toArray());
    expect(b.batches.length).toBeGreaterThan(0);
    expect(Math.max(...b.batches)).toBeGreaterThan(1);
    expect(b.single + b.batches.reduce((sum, count) => sum + count, 0)).toBe(200);
    // The first instance never applied its own entries back.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(a.single).toBe(0);
    expect(a.batches).toEqual([]);

    b.doc.getArray<number>("items").push([-1]);
    await waitFor(() => items.length === 201, 10_000);
  });

  it("sends a long synchronous pass's first updates before the pass ends", async () => {
    const keyPrefix = `test-${randomUUID()}:`;
    prefixes.push(keyPrefix);
    const relay = createRedisRelay({ url, keyPrefix, instanceId: "only" });
    relays.push(relay);
    const rooms = Array.from({ length: 20 }, (_, index) => `workshop/pass/doc-${index}`);
    const sides = await Promise.all(rooms.map((room) => side(relay, room)));

    // As a group commit relays its docs one after another, each after its local sends.
    for (const each of sides) {
      each.doc.getMap("notes").set("k", 1);
      const until = Date.now() + 20;
      while (Date.now() < until) {
        // the local sends of one doc
      }
    }
    const passEnded = Date.now();
    const addedAt = async (room: string) => {
      const stream = `${keyPrefix}doc:${room}:updates`;
      for (let tries = 0; tries < 100; tries++) {
        const [entry] = await probe.xrange(stream, "-", "+", "COUNT", 1);
        if (entry) return Number(entry[0].split("-")[0]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`nothing added to ${stream}`);
    };
    // Redis stamps each entry with its clock: the first doc's update was there well before the pass
    // ended (150 ms of 400 to spare for a busy machine), the last one's only after it.
    expect(await addedAt(rooms[0] as string)).toBeLessThan(passEnded - 150);
    expect(await addedAt(rooms.at(-1) as string)).toBeGreaterThanOrEqual(passEnded - 1);
  });
  it("sends what is queued when flushed, not after the current task", async () => {
    const keyPrefix = `test-${randomUUID()}:`;
    prefixes.push(keyPrefix);
    const relay = createRedisRelay({ url, keyPrefix, instanceId: "only" });
    relays.push(relay);
    const rooms = ["workshop/flush/doc-a", "workshop/flush/doc-b"];
    const sides = await Promise.all(rooms.map((room) => side(relay, room)));

    // Fewer XADDs than one chunk, then the local sends of the batch (a busy 300 ms).
    for (const each of sides) each.doc.getMap("notes").set("k", 1);
    relay.flushPublished?.();
    const flushedAt = Date.now();
    while (Date.now() < flushedAt + 300) {
      // the local sends
    }
    for (const room of rooms) {
      const stream = `${keyPrefix}doc:${room}:updates`;
      let entry: [string, string[]] | undefined;
      for (let tries = 0; tries < 100 && !entry; tries++) {
        [entry] = await probe.xrange(stream, "-", "+", "COUNT", 1);
        if (!entry) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Redis stamps the entry with its clock: added during the busy wait, not after it.
      expect(Number(entry?.[0].split("-")[0])).toBeLessThan(flushedAt + 150);
    }
  });

  it("reads what it missed from the doc's stream once its subscription is back", async () => {
    const keyPrefix = `test-${randomUUID()}:`;
    prefixes.push(keyPrefix);
    const instanceId = `catch-up-${randomUUID()}`;
    const relay = createRedisRelay({ url, keyPrefix, instanceId });
    relays.push(relay);
    const room = "workshop/catch-up/board";
    const here = await side(relay, room);
    const before = here.doc.getMap<string>("notes");
    const elsewhere = new Y.Doc();
    elsewhere.getMap<string>("notes").set("missed", "added while the subscription was down");
    const subscriberId = /id=(\d+) [^\n]*name=prepersonalize-relay-(\S+)/g;
    const clients = (await probe.client("LIST")) as string;
    const id = [...clients.matchAll(subscriberId)].find((match) => match[2] === instanceId)?.[1];
    expect(id).toBeDefined();

    // Redis drops the subscriber and, before it can be back, another instance's update lands in
    // the stream without being pushed to this one: only a read of the stream can bring it.
    await probe
      .multi()
      .client("KILL", "ID", id as string)
      .xadd(
        `${keyPrefix}doc:${room}:updates`,
        "*",
        "o",
        "elsewhere",
        "u",
        Buffer.from(Y.encodeStateAsUpdate(elsewhere)),
      )
      .exec();
    await waitFor(() => before.get("missed") !== undefined, 10_000);
    expect(before.get("missed")).toBe("added while the subscription was down");
  });

  it("a doc linked while Redis does not answer in time reads its stream from the start", async () => {
    const keyPrefix = `test-${randomUUID()}:`;
    prefixes.push(keyPrefix);
    const room = "workshop/late/board";
    const earlier = new Y.Doc();
    earlier.getMap<string>("notes").set("earlier", "committed before the link");
    await probe.xadd(
      `${keyPrefix}doc:${room}:updates`,
      "*",
      "o",
      "elsewhere",
      "u",
      Buffer.from(Y.encodeStateAsUpdate(earlier)),
    );
    // In time, the link starts where the stream ends: the store holds what came before.
    const inTime = createRedisRelay({ url, keyPrefix, instanceId: "in-time" });
    relays.push(inTime);
    const onTime = await side(inTime, room);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onTime.doc.getMap("notes").has("earlier")).toBe(false);

    // No time at all: as if Redis were down while the doc loaded.
    const late = createRedisRelay({ url, keyPrefix, instanceId: "late", linkTimeoutMs: 0 });
    relays.push(late);
    const afterOutage = await side(late, room);
    await waitFor(() => afterOutage.doc.getMap("notes").has("earlier"), 10_000);
  });
});
