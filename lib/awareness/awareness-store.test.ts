import { Awareness } from "y-protocols/awareness";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createAwarenessStore } from "./awareness-store";

describe("createAwarenessStore", () => {
  it("parses once per change, shares one listener and keeps identity by key", () => {
    const awareness = new Awareness(new Y.Doc());
    let reads = 0;
    const store = createAwarenessStore(awareness, {
      read(current) {
        reads += 1;
        return { cursor: (current.getLocalState()?.cursor as number | undefined) ?? 0 };
      },
      empty: { cursor: 0 },
      keyOf: (value) => String(value.cursor),
    });
    let calls = 0;
    const stopA = store.subscribe(() => (calls += 1));
    const stopB = store.subscribe(() => (calls += 1));
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    awareness.setLocalStateField("name", "Ada");
    expect(calls).toBe(2);
    expect(store.getSnapshot()).toBe(first);
    awareness.setLocalStateField("cursor", 3);
    expect(store.getSnapshot()).toEqual({ cursor: 3 });
    expect(reads).toBe(3);
    stopA();
    stopB();
    awareness.setLocalStateField("cursor", 5);
    store.subscribe(() => {});
    expect(store.getSnapshot()).toEqual({ cursor: 5 });
  });

  it("gives the empty snapshot without awareness", () => {
    const store = createAwarenessStore(null, { read: () => 1, empty: 0 });
    expect(store.getSnapshot()).toBe(0);
    expect(store.getServerSnapshot()).toBe(0);
  });
});
