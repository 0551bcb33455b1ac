import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { collectionMap, metaMap } from "./layout";
import {
  BOARD_MIGRATIONS,
  BOARD_SCHEMA_VERSION,
  MIGRATION_ORIGIN,
  SCHEMA_VERSION_KEY,
  boardSchemaVersion,
  migrateBoard,
} from "./migrations";
import { readBoard } from "./read-board";
import { syncDocs } from "./testing";

function prototypeDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const scenario = new Y.Map<unknown>();
    collectionMap(doc, "scenarios").set("a", scenario);
    scenario.set("text", "Recommend by past purchases");
    scenario.set("segmentId", null);
    scenario.set("authorId", "u1");
    scenario.set("createdAt", "2027-01-01T00:00:00.000Z");
    scenario.set("order", "V");
    scenario.set("dataSourceIds", ["orders", "views"]);
  });
  return doc;
}

describe("migrateBoard", () => {
  it("lifts an unversioned doc to the current version, turning tag arrays into sets", () => {
    const doc = prototypeDoc();
    expect(boardSchemaVersion(doc)).toBe(0);
    expect(migrateBoard(doc)).toEqual({ from: 0, to: BOARD_SCHEMA_VERSION, newer: false });
    const stored = collectionMap(doc, "scenarios").get("a");
    expect(stored instanceof Y.Map && stored.get("dataSourceIds") instanceof Y.Map).toBe(true);
    expect(readBoard(doc).scenarios[0]?.dataSourceIds).toEqual(["orders", "views"]);
    expect(migrateBoard(doc)).toEqual({
      from: BOARD_SCHEMA_VERSION,
      to: BOARD_SCHEMA_VERSION,
      newer: false,
    });
  });

  it("turns plain-string text fields into Y.Text that reads the same (version 2)", () => {
    const doc = prototypeDoc();
    doc.transact(() => {
      const risk = new Y.Map<unknown>();
      collectionMap(doc, "risks").set("r", risk);
      risk.set("scenarioId", "a");
      risk.set("description", "Feels creepy");
      risk.set("mitigation", "");
      risk.set("createdAt", "2027-01-01T00:00:00.000Z");
      risk.set("order", "V");
      const item = new Y.Map<unknown>();
      collectionMap(doc, "roadmap").set("a", item);
      item.set("scenarioId", "a");
      item.set("order", "V");
      item.set("metric.target", "+5%");
    });
    const before = readBoard(doc);
    migrateBoard(doc);
    const scenario = collectionMap(doc, "scenarios").get("a") as Y.Map<unknown>;
    const risk = collectionMap(doc, "risks").get("r") as Y.Map<unknown>;
    const item = collectionMap(doc, "roadmap").get("a") as Y.Map<unknown>;
    expect(scenario.get("text")).toBeInstanceOf(Y.Text);
    expect(risk.get("description")).toBeInstanceOf(Y.Text);
    expect(risk.get("mitigation")).toBeInstanceOf(Y.Text);
    expect(item.get("metric.target")).toBeInstanceOf(Y.Text);
    const after = readBoard(doc);
    expect(after.scenarios).toEqual(before.scenarios);
    expect(after.risks).toEqual(before.risks);
    expect(after.roadmap[0]?.metric.target).toBe("+5%");
    expect(after.schemaVersion).toBe(BOARD_SCHEMA_VERSION);
  });

  it("lifts a version-1 doc and leaves already converted fields alone", () => {
    const doc = prototypeDoc();
    migrateBoard(doc, BOARD_MIGRATIONS, 1);
    const scenario = collectionMap(doc, "scenarios").get("a") as Y.Map<unknown>;
    expect(typeof scenario.get("text")).toBe("string");
    expect(migrateBoard(doc, BOARD_MIGRATIONS, 2)).toEqual({ from: 1, to: 2, newer: false });
    const text = scenario.get("text");
    expect(text).toBeInstanceOf(Y.Text);
    BOARD_MIGRATIONS[1]?.up(doc);
    expect(scenario.get("text")).toBe(text);
  });

  it("splits old origin-as-kind data sources into kind + origin (version 3)", () => {
    const doc = prototypeDoc();
    const source = (id: string, fields: Record<string, string>) => {
      const stored = new Y.Map<unknown>();
      collectionMap(doc, "dataSources").set(id, stored);
      stored.set("order", "V");
      for (const [key, value] of Object.entries(fields)) stored.set(key, value);
    };
    doc.transact(() => {
      source("orders", { name: "Order history", kind: "first-party" });
      source("broker", { name: "Household panel", kind: "third-party" });
      source("clicks", { name: "Site logs", kind: "first-party" });
      source("vendor", { name: "Acme feed", kind: "third-party" });
      source("email", { name: "Newsletter opens", kind: "engagement" });
    });
    migrateBoard(doc, BOARD_MIGRATIONS, 2);
    // Read before migrating (an observer, the server's export): already the new shape.
    const before = readBoard(doc).dataSources;
    expect(migrateBoard(doc)).toEqual({ from: 2, to: 3, newer: false });
    const stored = (id: string) => collectionMap(doc, "dataSources").get(id) as Y.Map<unknown>;
    expect(stored("orders").get("kind")).toBe("transactional");
    expect(stored("orders").get("origin")).toBe("first-party");
    expect(stored("broker").get("kind")).toBe("demographic");
    expect(stored("broker").get("origin")).toBe("third-party");
    // No clue in the name: first-party logs default to behaviour, vendor data to demographics.
    expect(stored("clicks").get("kind")).toBe("behavioral");
    expect(stored("vendor").get("kind")).toBe("demographic");
    // Already a kind: untouched, and its origin is read as first-party.
    expect(stored("email").has("origin")).toBe(false);
    const after = readBoard(doc).dataSources;
    expect(after).toEqual(before);
    expect(after.map((s) => [s.id, s.kind, s.origin])).toEqual([
      ["broker", "demographic", "third-party"],
      ["clicks", "behavioral", "first-party"],
      ["email", "engagement", "first-party"],
      ["orders", "transactional", "first-party"],
      ["vendor", "demographic", "third-party"],
    ]);
    expect(readBoard(doc).skipped).toBe(0);
  });

  it("gives scenarios an empty trigger and missing-data text to type into (version 3)", () => {
    const doc = prototypeDoc();
    migrateBoard(doc);
    const scenario = collectionMap(doc, "scenarios").get("a") as Y.Map<unknown>;
    expect(scenario.get("trigger")).toBeInstanceOf(Y.Text);
    expect(scenario.get("missingData")).toBeInstanceOf(Y.Text);
    expect(readBoard(doc).scenarios[0]).toMatchObject({ trigger: "", missingData: "" });
  });

  it("gives the same result when two clients migrate at once", () => {
    const alice = prototypeDoc();
    const bob = new Y.Doc();
    syncDocs(alice, bob);
    migrateBoard(alice);
    migrateBoard(bob);
    syncDocs(alice, bob);
    expect(readBoard(bob)).toEqual(readBoard(alice));
    expect(readBoard(alice).scenarios[0]?.dataSourceIds).toEqual(["orders", "views"]);
  });

  it("leaves a doc from a newer version alone and says so", () => {
    const doc = new Y.Doc();
    metaMap(doc).set(SCHEMA_VERSION_KEY, BOARD_SCHEMA_VERSION + 1);
    expect(migrateBoard(doc)).toMatchObject({ newer: true });
    expect(readBoard(doc).newerSchema).toBe(true);
  });

  it("runs steps in order, under its own origin", () => {
    const doc = new Y.Doc();
    const ran: number[] = [];
    const origins: unknown[] = [];
    doc.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
    const step = (version: number) => ({ version, description: "", up: () => ran.push(version) });
    migrateBoard(doc, [step(1), step(2), step(3)], 2);
    expect(ran).toEqual([1, 2]);
    expect(origins).toEqual([MIGRATION_ORIGIN]);
  });
});
