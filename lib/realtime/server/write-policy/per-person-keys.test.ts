import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CONTROL_MAP } from "@/lib/documents/control-layout";
import { BLIND_PLACEMENTS_MAP, REACTIONS_MAP, VOTES_MAP } from "@/lib/documents/vote-keys";
import { perPersonKeysRule } from "./per-person-keys";
import { change, requestFor } from "./testing";

function setup() {
  // The server's doc is generic (it never calls getMap), like the realtime server's.
  const server = new Y.Doc();
  const ada = new Y.Doc();
  const bo = new Y.Doc();
  const control = new Y.Doc();
  const share = (update: Uint8Array) => {
    for (const doc of [server, ada, bo]) Y.applyUpdate(doc, update);
  };
  const check = (update: Uint8Array, userId: string) =>
    perPersonKeysRule(requestFor(update, server, { userId, control }));
  return { server, ada, bo, control, share, check };
}

describe("perPersonKeysRule", () => {
  it("accepts your own dots and refuses writing, overwriting or deleting someone else's", () => {
    const { ada, bo, share, check } = setup();
    const adaDot = change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s1"));
    expect(check(adaDot, "ada")).toBeNull();
    share(adaDot);

    const forged = change(bo, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/1", "s2"));
    expect(check(forged, "bo")).toBe("not-yours");
    // Each attempt from its own copy: a refused change stays in its writer's delete set.
    const bo2 = new Y.Doc();
    Y.applyUpdate(bo2, Y.encodeStateAsUpdate(ada));
    const overwrite = change(bo2, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s9"));
    expect(check(overwrite, "bo")).toBe("not-yours");
    const bo3 = new Y.Doc();
    Y.applyUpdate(bo3, Y.encodeStateAsUpdate(ada));
    const removal = change(bo3, (doc) => doc.getMap(VOTES_MAP).delete("r1/ada/0"));
    expect(check(removal, "bo")).toBe("not-yours");

    // Bo's own dots, set twice in one transaction (the second builds on the first).
    const own = change(bo, (doc) =>
      doc.transact(() => {
        doc.getMap(VOTES_MAP).set("r1/bo/0", "s1");
        doc.getMap(VOTES_MAP).set("r1/bo/0", "s2");
      }),
    );
    expect(check(own, "bo")).toBeNull();
  });

  it("guards blind placements the same way", () => {
    const { ada, bo, share, check } = setup();
    const adaPlacement = change(ada, (doc) =>
      doc.getMap(BLIND_PLACEMENTS_MAP).set("r1/ada/s1", { value: 0.2, feasibility: 0.8 }),
    );
    expect(check(adaPlacement, "ada")).toBeNull();
    share(adaPlacement);
    const bo2 = new Y.Doc();
    Y.applyUpdate(bo2, Y.encodeStateAsUpdate(ada));
    const overwrite = change(bo2, (doc) =>
      doc.getMap(BLIND_PLACEMENTS_MAP).set("r1/ada/s1", { value: 1, feasibility: 1 }),
    );
    expect(check(overwrite, "bo")).toBe("not-yours");
    const forged = change(bo, (doc) =>
      doc.getMap(BLIND_PLACEMENTS_MAP).set("r1/ada/s2", { value: 1, feasibility: 1 }),
    );
    expect(check(forged, "bo")).toBe("not-yours");
    const bo3 = new Y.Doc();
    Y.applyUpdate(bo3, Y.encodeStateAsUpdate(ada));
    const removal = change(bo3, (doc) => doc.getMap(BLIND_PLACEMENTS_MAP).delete("r1/ada/s1"));
    expect(check(removal, "bo")).toBe("not-yours");
    const malformed = change(bo, (doc) => doc.getMap(BLIND_PLACEMENTS_MAP).set("bo", 1));
    expect(check(malformed, "bo")).toBe("not-yours");
  });

  it("guards reactions the same way: your own +1 and ?, never someone else's", () => {
    const { ada, bo, control, share, check } = setup();
    const adaPlus = change(ada, (doc) => doc.getMap(REACTIONS_MAP).set("plus-one/ada/s1", true));
    expect(check(adaPlus, "ada")).toBeNull();
    share(adaPlus);
    const forged = change(bo, (doc) => doc.getMap(REACTIONS_MAP).set("question/ada/s1", true));
    expect(check(forged, "bo")).toBe("not-yours");
    const bo2 = new Y.Doc();
    Y.applyUpdate(bo2, Y.encodeStateAsUpdate(ada));
    const removal = change(bo2, (doc) => doc.getMap(REACTIONS_MAP).delete("plus-one/ada/s1"));
    expect(check(removal, "bo")).toBe("not-yours");
    const malformed = change(bo, (doc) => doc.getMap(REACTIONS_MAP).set("plus-one/bo", true));
    expect(check(malformed, "bo")).toBe("not-yours");
    const unknownKind = change(bo, (doc) => doc.getMap(REACTIONS_MAP).set("heart/bo/s1", true));
    expect(check(unknownKind, "bo")).toBe("not-yours");
    const own = change(bo, (doc) => doc.getMap(REACTIONS_MAP).set("question/bo/s1", true));
    expect(check(own, "bo")).toBeNull();
    control.getMap(CONTROL_MAP).set("anonymous", true);
    const named = change(bo, (doc) => doc.getMap(REACTIONS_MAP).set("plus-one/bo/s2", true));
    expect(check(named, "bo")).toBe("anonymous");
    const hidden = change(bo, (doc) => doc.getMap(REACTIONS_MAP).set("plus-one/anon-bo/s2", true));
    expect(check(hidden, "bo")).toBeNull();
  });

  it("accepts a reconnecting client's full state, which repeats others' retracted dots", () => {
    const { server, ada, bo, share, check } = setup();
    share(change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s1")));
    share(change(ada, (doc) => doc.getMap(VOTES_MAP).delete("r1/ada/0")));
    bo.getMap(VOTES_MAP).set("r1/bo/0", "s1");
    const resync = Y.encodeStateAsUpdate(bo, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(resync).ds.clients.size).toBeGreaterThan(0);
    expect(check(resync, "bo")).toBeNull();
  });

  it("while anonymous, accepts dots under your pseudonym only, and removing your named ones", () => {
    const { ada, control, share, check } = setup();
    const named = change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s1"));
    share(named);
    control.getMap(CONTROL_MAP).set("anonymous", true);
    const again = change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/1", "s1"));
    expect(check(again, "ada")).toBe("anonymous");
    const hidden = change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/anon-ada/0", "s1"));
    expect(check(hidden, "ada")).toBeNull();
    expect(check(hidden, "bo")).toBe("not-yours");
    const retract = change(ada, (doc) => doc.getMap(VOTES_MAP).delete("r1/ada/0"));
    expect(check(retract, "ada")).toBeNull();
  });

  it("leaves everything outside the per-person maps alone", () => {
    const { ada, bo, share, check } = setup();
    const text = change(ada, (doc) => doc.getText("objective").insert(0, "Lift repeat orders"));
    share(text);
    const edit = change(bo, (doc) => {
      doc.getText("objective").insert(4, " weekly");
      doc.getMap("notes").set("n1", "by Bo");
      doc.getMap("scenarios").set("s1", new Y.Map([["text", "Welcome back"]]));
    });
    expect(check(edit, "bo")).toBeNull();
    share(edit);
    const nested = change(bo, (doc) =>
      (doc.getMap("scenarios").get("s1") as Y.Map<string>).set("text", "Hello again"),
    );
    expect(check(nested, "bo")).toBeNull();
  });
});
