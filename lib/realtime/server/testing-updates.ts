// Test support: real Yjs updates (a corpus recorded from ordinary edits), crafted ones, and
// mutations of them, for fuzzing the realtime server's write path. Not imported by production code.
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { VOTES_MAP } from "@/lib/documents/vote-keys";

/** Small deterministic PRNG (mulberry32), so a failing fuzz case can be replayed from its seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The attack: one update listing the same client twice, an item at clock `high` and then
 * one at clock 0 whose origin is clock `high`. It decodes, but Y.applyUpdate throws half-way.
 */
export function crossedClientUpdate(client: number, high = 5): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  // Encoding writes a root parent by name, as decoded updates hold it; the typings only allow types.
  const rootByName = "notes" as unknown as Y.AbstractType<unknown>;
  const items = [
    new Y.Item(
      Y.createID(client, high),
      null,
      null,
      null,
      null,
      rootByName,
      "x",
      new Y.ContentAny(["v"]),
    ),
    new Y.Item(
      Y.createID(client, 0),
      null,
      Y.createID(client, high),
      null,
      null,
      null,
      null,
      new Y.ContentAny(["w"]),
    ),
  ];
  encoding.writeVarUint(encoder.restEncoder, items.length);
  for (const item of items) {
    encoding.writeVarUint(encoder.restEncoder, 1);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, item.id.clock);
    item.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

/**
 * Two clients' items, each placed after the other's (origins in a cycle). Every reference is in the
 * update, so it passes isWholeUpdate, yet Yjs can integrate neither: it parks both as pending
 * structs. The server must not keep, store or relay any of it.
 */
export function cyclicOriginsUpdate(first: number, second: number): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const items = [
    new Y.Item(
      Y.createID(first, 0),
      null,
      Y.createID(second, 0),
      null,
      null,
      null,
      null,
      new Y.ContentAny(["a"]),
    ),
    new Y.Item(
      Y.createID(second, 0),
      null,
      Y.createID(first, 0),
      null,
      null,
      null,
      null,
      new Y.ContentAny(["b"]),
    ),
  ];
  encoding.writeVarUint(encoder.restEncoder, items.length);
  for (const item of items) {
    encoding.writeVarUint(encoder.restEncoder, 1);
    encoder.writeClient(item.id.client);
    encoding.writeVarUint(encoder.restEncoder, item.id.clock);
    item.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

/** Updates of ordinary edits by two writers, in the order a server would receive them. */
export function recordCorpus(seed = 1): { updates: Uint8Array[]; final: Y.Doc } {
  const random = createRandom(seed);
  const updates: Uint8Array[] = [];
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on("update", (update: Uint8Array) => {
    updates.push(update);
    Y.applyUpdate(b, update, "relay");
  });
  b.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === null) updates.push(update);
  });
  const final = a;
  for (let step = 0; step < 60; step++) {
    const doc = random() < 0.5 ? a : b;
    const id = `r${Math.floor(random() * 8)}`;
    const scenarios = doc.getMap<Y.Map<unknown>>("scenarios");
    const choice = Math.floor(random() * 6);
    if (choice === 0)
      scenarios.set(
        id,
        new Y.Map<unknown>([
          ["authorId", "u1"],
          ["text", "idea"],
        ]),
      );
    else if (choice === 1) scenarios.get(id)?.set("text", `text ${step}`);
    else if (choice === 2) scenarios.delete(id);
    else if (choice === 3) doc.getText("objective").insert(0, `w${step} `);
    else if (choice === 4) doc.getMap(VOTES_MAP).set(`v1/u1/${step % 3}`, id);
    else {
      const text = doc.getText("objective");
      if (text.length > 2) text.delete(0, 2);
    }
    if (doc === b) Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), "sync");
  }
  return { updates, final };
}

/**
 * One mutation of `target` (or of the corpus): random bytes, flipped bytes, cuts, splices,
 * merges, crossed clients, stitched client blocks, or `target` untouched.
 */
export function mutate(
  target: Uint8Array,
  corpus: readonly Uint8Array[],
  random: () => number,
): Uint8Array {
  const pick = () => corpus[Math.floor(random() * corpus.length)] ?? new Uint8Array();
  const base = new Uint8Array(target);
  const kind = Math.floor(random() * 9);
  if (kind === 8) return base;
  if (kind === 0) {
    const bytes = new Uint8Array(1 + Math.floor(random() * 64));
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
    return bytes;
  }
  if (kind === 1 || kind === 2) {
    for (let flips = 1 + Math.floor(random() * 3); flips > 0 && base.length > 0; flips--) {
      base[Math.floor(random() * base.length)] = Math.floor(random() * 256);
    }
    return base;
  }
  if (kind === 3) return base.slice(0, Math.floor(random() * base.length));
  if (kind === 4) {
    const other = pick();
    const cut = Math.floor(random() * base.length);
    return new Uint8Array([
      ...base.slice(0, cut),
      ...other.slice(Math.floor(random() * other.length)),
    ]);
  }
  if (kind === 5) {
    const parts = corpus.filter(() => random() < 0.2);
    return parts.length > 0 ? Y.mergeUpdates(parts) : base;
  }
  if (kind === 6) {
    const client = Y.decodeUpdate(base).structs[0]?.id.client ?? 1;
    return crossedClientUpdate(client, 1 + Math.floor(random() * 40));
  }
  // Client blocks of two updates stitched together: the same client can appear twice.
  const other = pick();
  const cut = 1 + Math.floor(random() * Math.max(1, base.length - 1));
  const joined = new Uint8Array([2, ...base.slice(1, cut), ...other.slice(1)]);
  return joined;
}
