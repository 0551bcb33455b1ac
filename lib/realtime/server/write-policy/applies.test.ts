import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createRandom,
  crossedClientUpdate,
  cyclicOriginsUpdate,
  mutate,
  recordCorpus,
} from "../testing-updates";
import { applyWhole, isWholeUpdate } from "./applies";
import { wouldChange } from "./changes";

function docFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

describe("isWholeUpdate", () => {
  it("refuses the issue's crafted update, which throws inside Y.applyUpdate", () => {
    const doc = new Y.Doc();
    doc.getMap("notes").set("a", 1);
    const crafted = crossedClientUpdate(4242);
    expect(() => Y.decodeUpdate(crafted)).not.toThrow();
    expect(isWholeUpdate(Y.decodeUpdate(crafted), doc)).toBe(false);
    expect(() => Y.applyUpdate(new Y.Doc(), crafted)).toThrow();
  });

  it("refuses an update with missing dependencies instead of parking it as pending", () => {
    const writer = new Y.Doc();
    writer.getMap("notes").set("a", 1);
    const sv = Y.encodeStateVector(writer);
    writer.getMap("notes").set("a", 2);
    const second = Y.encodeStateAsUpdate(writer, sv);
    const server = new Y.Doc();
    expect(isWholeUpdate(Y.decodeUpdate(second), server)).toBe(false);
    // What Yjs would do with it: keep it pending, invisible, waiting for the first.
    expect(applyWhole(server, second)).toBe(false);
    expect(server.store.pendingStructs).not.toBeNull();
  });

  it("refuses items of two clients placed after each other, which Yjs would park as pending", () => {
    const crafted = cyclicOriginsUpdate(31, 32);
    const server = new Y.Doc();
    expect(isWholeUpdate(Y.decodeUpdate(crafted), server)).toBe(false);
    expect(applyWhole(new Y.Doc(), crafted)).toBe(false);
  });

  it("accepts two clients' interleaved edits merged into one update (a resync)", () => {
    const [first, second] = [new Y.Doc(), new Y.Doc()];
    first.clientID = 41;
    second.clientID = 42;
    const exchange = () => {
      Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
      Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    };
    for (const [doc, text] of [
      [first, "a"],
      [second, "b"],
      [first, "c"],
      [second, "d"],
    ] as const) {
      doc.getText("objective").insert(doc.getText("objective").length, text);
      exchange();
    }
    const merged = Y.encodeStateAsUpdate(first);
    const server = new Y.Doc();
    expect(isWholeUpdate(Y.decodeUpdate(merged), server)).toBe(true);
    expect(applyWhole(server, merged)).toBe(true);
    expect(server.getText("objective").toString()).toBe("abcd");
  });

  it("accepts every update of a recorded session, in order", () => {
    const { updates, final } = recordCorpus(7);
    const server = new Y.Doc();
    for (const update of updates) {
      expect(isWholeUpdate(Y.decodeUpdate(update), server)).toBe(true);
      expect(applyWhole(server, update)).toBe(true);
    }
    expect(server.getText("objective").toString()).toBe(final.getText("objective").toString());
  });
});

describe("fuzz: what isWholeUpdate accepts applies whole, the same on any copy of the doc", () => {
  it("holds for random bytes and mutations of real updates", () => {
    const { updates } = recordCorpus(3);
    // The server's state after each prefix of the session: a case mutates the next update.
    const prefixes = updates.map((_, index) => Y.mergeUpdates(updates.slice(0, index)));
    const corpus = [...updates, crossedClientUpdate(1), crossedClientUpdate(99, 3)];
    const random = createRandom(2024);
    const outcomes = { malformed: 0, noChange: 0, notWhole: 0, appliedPartly: 0, accepted: 0 };
    const started = performance.now();
    let cases = 0;
    // ~4 s for 20,000 cases on one core; the time bound keeps a slow machine under ~6 s.
    while (cases < 20_000 && performance.now() - started < 6_000) {
      cases += 1;
      const index = Math.floor(random() * updates.length);
      const base = prefixes[index] ?? new Uint8Array([0, 0]);
      const update = mutate(updates[index] ?? new Uint8Array(), corpus, random);
      let decoded: ReturnType<typeof Y.decodeUpdate>;
      try {
        decoded = Y.decodeUpdate(update);
      } catch {
        outcomes.malformed += 1;
        continue;
      }
      const live = docFrom(base);
      if (!wouldChange(decoded, live)) {
        outcomes.noChange += 1;
        continue;
      }
      if (!isWholeUpdate(decoded, live)) {
        outcomes.notWhole += 1;
        continue;
      }
      if (!applyWhole(live, update)) {
        outcomes.appliedPartly += 1;
        continue;
      }
      outcomes.accepted += 1;
      const committed = docFrom(base);
      expect(applyWhole(committed, update)).toBe(true);
      expect(Y.encodeStateVector(committed)).toEqual(Y.encodeStateVector(live));
    }
    expect(cases).toBeGreaterThanOrEqual(2_000);
    // Enough of each kind that the property is exercised, not vacuous.
    expect(outcomes.accepted).toBeGreaterThan(300);
    expect(outcomes.notWhole).toBeGreaterThan(300);
    // The live doc applies an accepted update once: one that applied partly would poison it.
    expect(outcomes.appliedPartly).toBe(0);
  });
});
