import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { setMatrixDrag } from "./matrix-drag-presence";
import { createDragStore, everything, holderOnly } from "./use-matrix-drags";

const dana = {
  userId: "dana",
  name: "Dana",
  role: "participant",
  function: "Design",
  colour: "#aa3366",
};

/** A local awareness that sees one remote peer, as the provider would relay it. */
function room() {
  const local = new Awareness(new Y.Doc());
  const remote = new Awareness(new Y.Doc());
  remote.setLocalState({ user: dana, cursor: null });
  const relay = () =>
    applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), "remote");
  relay();
  return { local, remote, relay };
}

describe("createDragStore", () => {
  it("keeps its snapshot for cursor moves and changes it for drag moves", () => {
    const { local, remote, relay } = room();
    const store = createDragStore(local, everything);
    const unsubscribe = store.subscribe(() => {});
    const idle = store.getSnapshot();
    expect(idle).toEqual([]);

    remote.setLocalStateField("cursor", { x: 10, y: 20 });
    relay();
    expect(store.getSnapshot()).toBe(idle);

    setMatrixDrag(remote, { scenarioId: "s1", value: 0.4, feasibility: 0.6 });
    relay();
    const first = store.getSnapshot();
    expect(first).toMatchObject([{ scenarioId: "s1", name: "Dana", value: 0.4 }]);

    setMatrixDrag(remote, { scenarioId: "s1", value: 0.5, feasibility: 0.6 });
    relay();
    expect(store.getSnapshot()).not.toBe(first);
    unsubscribe();
  });

  it("for holders, changes only when a note is picked up or let go", () => {
    const { local, remote, relay } = room();
    const store = createDragStore(local, holderOnly);
    const unsubscribe = store.subscribe(() => {});
    setMatrixDrag(remote, { scenarioId: "s1", value: 0.4, feasibility: 0.6 });
    relay();
    const held = store.getSnapshot();
    expect(held).toHaveLength(1);

    setMatrixDrag(remote, { scenarioId: "s1", value: 0.9, feasibility: 0.1 });
    relay();
    expect(store.getSnapshot()).toBe(held);

    setMatrixDrag(remote, null);
    relay();
    expect(store.getSnapshot()).toEqual([]);
    unsubscribe();
  });
});
