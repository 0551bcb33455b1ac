import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CONTROL_MAP } from "@/lib/documents/control-layout";
import { authorshipRule } from "./authorship";
import { trackPastAuthors, type PastAuthors } from "./past-authors";
import { change, requestFor } from "./testing";

function setup() {
  const server = new Y.Doc();
  const pastAuthors: PastAuthors = new Map();
  trackPastAuthors(server, pastAuthors);
  const control = new Y.Doc();
  const fran = new Y.Doc();
  const pat = new Y.Doc();
  const share = (update: Uint8Array) => {
    for (const doc of [server, fran, pat]) Y.applyUpdate(doc, update, "remote");
  };
  const check = (update: Uint8Array, userId: string) =>
    authorshipRule(requestFor(update, server, { userId, control, pastAuthors }));
  return { server, control, fran, pat, share, check };
}

function addNote(doc: Y.Doc, id: string, authorId: string | null): void {
  const record = new Y.Map<unknown>();
  doc.getMap("scenarios").set(id, record);
  record.set("text", "Welcome back");
  if (authorId !== null) record.set("authorId", authorId);
}

describe("authorshipRule", () => {
  it("accepts a record whose authorId names the writer and refuses one naming someone else", () => {
    const { pat, check } = setup();
    expect(
      check(
        change(pat, (doc) => addNote(doc, "s1", "pat")),
        "pat",
      ),
    ).toBeNull();
    const forged = new Y.Doc();
    expect(
      check(
        change(forged, (doc) => addNote(doc, "s2", "fran")),
        "pat",
      ),
    ).toBe("not-yours");
  });

  it("refuses overwriting a record's authorId with someone else's", () => {
    const { pat, share, check } = setup();
    share(change(pat, (doc) => addNote(doc, "s1", "pat")));
    const overwrite = change(pat, (doc) =>
      (doc.getMap("scenarios").get("s1") as Y.Map<unknown>).set("authorId", "fran"),
    );
    expect(check(overwrite, "pat")).toBe("not-yours");
  });

  it("accepts undoing the deletion of someone else's record, which restores their authorId", () => {
    const { fran, pat, share, check } = setup();
    share(change(fran, (doc) => addNote(doc, "s1", "fran")));
    const undo = new Y.UndoManager(pat.getMap("scenarios"), { trackedOrigins: new Set([null]) });
    share(change(pat, (doc) => doc.getMap("scenarios").delete("s1")));
    const restore = change(pat, () => undo.undo());
    expect(pat.getMap("scenarios").has("s1")).toBe(true);
    expect(check(restore, "pat")).toBeNull();
    // It does write fran's id under pat's client: without the key's history it reads as a forgery.
    const { server } = setup();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(fran));
    expect(authorshipRule(requestFor(restore, server, { userId: "pat" }))).toBe("not-yours");
    // The same bytes under another key name no past author of that key.
    const elsewhere = new Y.Doc();
    expect(
      check(
        change(elsewhere, (doc) => addNote(doc, "s9", "fran")),
        "pat",
      ),
    ).toBe("not-yours");
  });

  it("while anonymous, refuses any new authorId, even the writer's own", () => {
    const { control, pat, check } = setup();
    control.getMap(CONTROL_MAP).set("anonymous", true);
    expect(
      check(
        change(pat, (doc) => addNote(doc, "s1", "pat")),
        "pat",
      ),
    ).toBe("anonymous");
    expect(
      check(
        change(pat, (doc) => addNote(doc, "s2", null)),
        "pat",
      ),
    ).toBeNull();
  });

  it("looks only at the authorId of records, on the board", () => {
    const { pat, check } = setup();
    const rootLevel = change(pat, (doc) => doc.getMap("settings").set("authorId", "fran"));
    expect(check(rootLevel, "pat")).toBeNull();
    const text = change(pat, (doc) => doc.getText("authorId").insert(0, "fran"));
    expect(check(text, "pat")).toBeNull();
  });
});
