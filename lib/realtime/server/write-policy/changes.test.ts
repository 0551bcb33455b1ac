import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { wouldChange } from "./changes";

function decoded(update: Uint8Array) {
  return Y.decodeUpdate(update);
}

function synced(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  const client = new Y.Doc();
  const writer = new Y.Doc();
  writer.getMap("scenarios").set("s1", "Welcome back");
  writer.getMap("scenarios").set("s2", "Win-back mail");
  writer.getMap("scenarios").delete("s1");
  writer.getText("objective").insert(0, "Lift repeat orders");
  const state = Y.encodeStateAsUpdate(writer);
  Y.applyUpdate(server, state);
  Y.applyUpdate(client, state);
  return { server, client };
}

describe("wouldChange", () => {
  it("is false for a sync reply from a client with nothing new (it repeats the delete set)", () => {
    const { server, client } = synced();
    const reply = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    // The reply is not empty: it carries every deletion the client knows of.
    expect(decoded(reply).ds.clients.size).toBeGreaterThan(0);
    expect(wouldChange(decoded(reply), server)).toBe(false);
  });

  it("is false for a delete set the server already has", () => {
    const { server, client } = synced();
    const deletion = Y.encodeStateAsUpdate(client, Y.encodeStateVector(client));
    expect(wouldChange(decoded(deletion), server)).toBe(false);
  });

  it("is false for an IndexedDB replay of state the server holds", () => {
    const { server, client } = synced();
    const replay = Y.encodeStateAsUpdate(client);
    expect(decoded(replay).structs.length).toBeGreaterThan(0);
    expect(wouldChange(decoded(replay), server)).toBe(false);
  });

  it("is true for genuinely new structs and for new deletions", () => {
    const { server, client } = synced();
    const before = Y.encodeStateVector(client);
    client.getMap("scenarios").set("s3", "Birthday offer");
    expect(wouldChange(decoded(Y.encodeStateAsUpdate(client, before)), server)).toBe(true);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    const sv = Y.encodeStateVector(other);
    other.getMap("scenarios").delete("s2");
    const removal = Y.encodeStateAsUpdate(other, sv);
    // A pure deletion: no struct is new, yet the server still has s2.
    expect(decoded(removal).structs).toHaveLength(0);
    expect(wouldChange(decoded(removal), server)).toBe(true);
  });

  it("is true for a replay that includes one new struct among known ones", () => {
    const { server, client } = synced();
    client.getText("objective").insert(0, "Really ");
    expect(wouldChange(decoded(Y.encodeStateAsUpdate(client)), server)).toBe(true);
  });
});
