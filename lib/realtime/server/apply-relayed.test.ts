import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyRelayed } from "./rooms";

function edits(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  doc.getMap("notes").set("a", 1);
  doc.getMap("notes").set("b", 2);
  doc.getMap("notes").delete("a");
  return updates;
}

describe("an update from another instance", () => {
  it("is passed on to local clients only when it brings something or waits for more", () => {
    const [first, second, deletion] = edits() as [Uint8Array, Uint8Array, Uint8Array];
    const doc = new Y.Doc();
    // Builds on `first`, which has not arrived: parked, and the clients must hold it too.
    expect(applyRelayed(doc, second)).toBe(true);
    expect(applyRelayed(doc, first)).toBe(true);
    expect(doc.getMap("notes").toJSON()).toEqual({ a: 1, b: 2 });
    // Already held (e.g. a diff answer published on the stream): nothing to send.
    expect(applyRelayed(doc, first)).toBe(false);
    expect(applyRelayed(doc, Y.encodeStateAsUpdate(doc))).toBe(false);
    // A deletion alone changes no state vector but must reach the clients.
    expect(applyRelayed(doc, deletion)).toBe(true);
    expect(applyRelayed(doc, deletion)).toBe(false);
  });
});
