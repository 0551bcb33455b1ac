import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { createUserUndoManager, transactLocal } from "./undo";

const REMOTE = Symbol("remote");

function linked(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(b, update, REMOTE);
  });
  b.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(a, update, REMOTE);
  });
  return [a, b];
}

describe("createUserUndoManager", () => {
  it("undoes and redoes only the local user's edits", () => {
    const [alice, bob] = linked();
    const undo = createUserUndoManager(alice.getMap("notes"));
    transactLocal(alice, () => alice.getMap("notes").set("a", "alice"));
    undo.stopCapturing();
    transactLocal(bob, () => bob.getMap("notes").set("b", "bob"));
    bob.getMap("notes").set("a2", "bob edits later");

    undo.undo();
    expect(alice.getMap("notes").toJSON()).toEqual({ b: "bob", a2: "bob edits later" });
    expect(bob.getMap("notes").toJSON()).toEqual({ b: "bob", a2: "bob edits later" });
    expect(undo.canUndo()).toBe(false);

    undo.redo();
    expect(bob.getMap("notes").get("a")).toBe("alice");
  });
});
