import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { VOTES_MAP } from "@/lib/workshop/vote-keys";
import { checkVoteOwnership, type Placements } from "./vote-ownership";

/** The update a change to `doc` produces. */
function change(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

function setup() {
  const server = new Y.Doc();
  const ada = new Y.Doc();
  const bo = new Y.Doc();
  const share = (update: Uint8Array) => {
    for (const doc of [server, ada, bo]) Y.applyUpdate(doc, update);
  };
  const check = (update: Uint8Array, userId: string, pending: Placements[] = []) =>
    checkVoteOwnership({ update: Y.decodeUpdate(update), doc: server, userId, pending });
  return { server, ada, bo, share, check };
}

describe("checkVoteOwnership", () => {
  it("accepts your own dots and refuses writing, overwriting or deleting someone else's", () => {
    const { ada, bo, share, check } = setup();
    const adaDot = change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s1"));
    expect(check(adaDot, "ada").ok).toBe(true);
    share(adaDot);

    const forged = change(bo, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/1", "s2"));
    expect(check(forged, "bo").ok).toBe(false);

    const bo2 = new Y.Doc();
    Y.applyUpdate(bo2, Y.encodeStateAsUpdate(ada));
    const overwrite = change(bo2, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s9"));
    expect(check(overwrite, "bo").ok).toBe(false);

    const bo3 = new Y.Doc();
    Y.applyUpdate(bo3, Y.encodeStateAsUpdate(ada));
    const removal = change(bo3, (doc) => doc.getMap(VOTES_MAP).delete("r1/ada/0"));
    expect(check(removal, "bo").ok).toBe(false);

    // Bo's own dots, set twice in one transaction (the second builds on the first).
    const own = change(bo, (doc) =>
      doc.transact(() => {
        doc.getMap(VOTES_MAP).set("r1/bo/0", "s1");
        doc.getMap(VOTES_MAP).set("r1/bo/0", "s2");
      }),
    );
    expect(check(own, "bo").ok).toBe(true);
  });

  it("accepts a reconnecting client's full state, which repeats others' retracted dots", () => {
    const { server, ada, bo, share, check } = setup();
    share(change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s1")));
    share(change(ada, (doc) => doc.getMap(VOTES_MAP).delete("r1/ada/0")));
    bo.getMap(VOTES_MAP).set("r1/bo/0", "s1");
    // What a provider sends in sync step 2: everything the server lacks, plus every deletion.
    const resync = Y.encodeStateAsUpdate(bo, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(resync).ds.clients.size).toBeGreaterThan(0);
    expect(check(resync, "bo").ok).toBe(true);
  });

  it("follows an overwrite to a dot that is still waiting for its commit", () => {
    const { ada, check } = setup();
    const first = change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s1"));
    const firstCheck = check(first, "ada");
    if (!firstCheck.ok) throw new Error("own dot refused");
    const second = change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s2"));
    expect(check(second, "ada", [firstCheck.placements]).ok).toBe(true);
    // Without knowing the first update, the origin of the overwrite is nowhere to be found.
    expect(check(second, "ada").ok).toBe(false);
  });

  it("refuses deleting someone else's dot that is still waiting for its commit", () => {
    const { ada, bo, check } = setup();
    const adaDot = change(ada, (doc) => doc.getMap(VOTES_MAP).set("r1/ada/0", "s1"));
    const accepted = check(adaDot, "ada");
    if (!accepted.ok) throw new Error("own dot refused");
    // Bo got the update from somewhere else before the server applied it.
    Y.applyUpdate(bo, adaDot);
    const removal = change(bo, (doc) => doc.getMap(VOTES_MAP).delete("r1/ada/0"));
    expect(check(removal, "bo", [accepted.placements]).ok).toBe(false);
    expect(check(removal, "ada", [accepted.placements]).ok).toBe(true);
  });

  it("leaves everything outside the votes map alone", () => {
    const { ada, bo, share, check } = setup();
    const text = change(ada, (doc) => doc.getText("objective").insert(0, "Lift repeat orders"));
    share(text);
    const edit = change(bo, (doc) => {
      doc.getText("objective").insert(4, " weekly");
      doc.getMap("notes").set("n1", "by Bo");
      doc.getMap("scenarios").set("s1", new Y.Map([["text", "Welcome back"]]));
    });
    expect(check(edit, "bo").ok).toBe(true);
    share(edit);
    const nested = change(bo, (doc) =>
      (doc.getMap("scenarios").get("s1") as Y.Map<string>).set("text", "Hello again"),
    );
    expect(check(nested, "bo").ok).toBe(true);
  });
});
