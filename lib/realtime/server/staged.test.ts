import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createStagedHolder, dequeue, dropStaged, openStaged, closeStaged } from "./staged";

function addNote(doc: Y.Doc, id: string, authorId: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  const note = new Y.Map<unknown>();
  note.set("authorId", authorId);
  doc.getMap("notes").set(id, note);
  return Y.encodeStateAsUpdate(doc, before);
}

describe("staged copy held only while written", () => {
  it("is built on the first write from the committed doc, and dropped only with nothing queued", () => {
    const committed = new Y.Doc();
    addNote(committed, "n1", "ann");
    const holder = createStagedHolder(committed);
    expect(holder.staged).toBeNull();

    const staged = openStaged(holder);
    expect(holder.staged).toBe(staged);
    expect(staged.doc.getMap("notes").has("n1")).toBe(true);
    expect(openStaged(holder)).toBe(staged);

    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(committed));
    const update = addNote(client, "n2", "bob");
    Y.applyUpdate(staged.doc, update);
    staged.queued.push(update);
    expect(dropStaged(holder)).toBe(false);
    expect(holder.staged).toBe(staged);

    dequeue(staged, update);
    Y.applyUpdate(committed, update);
    expect(dropStaged(holder)).toBe(true);
    expect(holder.staged).toBeNull();
    // The next write builds a fresh copy holding what was committed meanwhile.
    expect(openStaged(holder).doc.getMap("notes").has("n2")).toBe(true);
    closeStaged(holder);
    expect(holder.staged).toBeNull();
  });

  it("keeps past authors across the copy's absence, including records deleted meanwhile", () => {
    const committed = new Y.Doc();
    const holder = createStagedHolder(committed);
    // No staged copy yet: tracked on the committed doc.
    addNote(committed, "n1", "ann");
    committed.getMap("notes").delete("n1");
    expect(holder.pastAuthors.get("notes/n1")).toEqual(new Set(["ann"]));

    openStaged(holder);
    expect(dropStaged(holder)).toBe(true);
    addNote(committed, "n2", "bob");
    committed.getMap("notes").delete("n2");
    expect(holder.pastAuthors.get("notes/n2")).toEqual(new Set(["bob"]));

    // While a copy exists it is the one tracked (the committed doc lags behind it).
    const staged = openStaged(holder);
    addNote(staged.doc, "n3", "cy");
    expect(holder.pastAuthors.get("notes/n3")).toEqual(new Set(["cy"]));
    closeStaged(holder);
  });
});
