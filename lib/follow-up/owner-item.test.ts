import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_SECRET, type TestDatabase } from "@/lib/testing/test-database";
import { addScenario } from "@/lib/documents/scenarios";
import { addToRoadmap, removeFromRoadmap } from "@/lib/documents/roadmap";
import { expectOk } from "@/lib/documents/testing";
import type { RealtimeLiveApi } from "@/lib/realtime/live-api";
import { newOwnerLinkNonce, ownerLinkToken } from "@/lib/sharing/owner-links";
import { readFollowUpProgress, setOwnerLinkNonce } from "./progress";

let database: TestDatabase;
let modules: {
  createAccount: typeof import("@/lib/auth/create-account").createAccount;
  createWorkshop: typeof import("@/lib/workshops/create-workshop").createWorkshop;
  loadWorkshopDocs: typeof import("@/lib/document-store/load-workshop-docs").loadWorkshopDocs;
  documentStore: typeof import("@/lib/document-store/registry").documentStore;
  loadOwnerItem: typeof import("./owner-item").loadOwnerItem;
  updateOwnerItem: typeof import("./owner-item").updateOwnerItem;
  db: typeof import("@/lib/db").db;
};

beforeAll(async () => {
  database = createTestDatabase();
  modules = {
    ...(await import("@/lib/auth/create-account")),
    ...(await import("@/lib/workshops/create-workshop")),
    ...(await import("@/lib/document-store/load-workshop-docs")),
    ...(await import("@/lib/document-store/registry")),
    ...(await import("./owner-item")),
    ...(await import("@/lib/db")),
  };
});

afterAll(async () => {
  await modules.db.$disconnect();
  database.cleanup();
});

/** The live API's contract on stored docs: load, change, store the change. */
const live = {
  async applyServerChange({ workshopId, change }) {
    const { board } = await modules.loadWorkshopDocs({ workshopId });
    let update: Uint8Array | null = null;
    board.on("update", (next: Uint8Array) => (update = next));
    const result = board.transact(() => change(board));
    if (update) await modules.documentStore().append([{ workshopId, docName: "board", update }]);
    return result;
  },
} as Pick<RealtimeLiveApi, "applyServerChange"> as RealtimeLiveApi;

async function write(workshopId: string, change: (doc: Y.Doc) => void): Promise<void> {
  await live.applyServerChange({ workshopId, docName: "board", change });
}

async function workshopWithItem() {
  const created = await modules.createAccount({
    name: "Olga",
    email: `olga.${newOwnerLinkNonce()}@example.test`,
    password: "a long enough password",
  });
  if (!created.ok) throw new Error("no account");
  const { id } = await modules.createWorkshop({
    userId: created.value.userId,
    input: { title: "Loyalty", facilitatorFunction: "product" },
  });
  const itemId = "refill";
  const nonce = newOwnerLinkNonce();
  await write(id, (doc) => {
    expectOk(addScenario(doc, { id: itemId, segmentId: null, text: "Refill reminder" }));
    expectOk(addToRoadmap(doc, { scenarioId: itemId }));
    expectOk(setOwnerLinkNonce(doc, { itemId, nonce }));
  });
  return {
    workshopId: id,
    itemId,
    token: ownerLinkToken({ workshopId: id, itemId, nonce }, TEST_SECRET),
  };
}

describe("owner links end to end on stored docs", () => {
  it("opens the item and records the owner's update under their link", async () => {
    const { workshopId, token } = await workshopWithItem();
    const lookup = await modules.loadOwnerItem({ token, secret: TEST_SECRET });
    expect(lookup).toMatchObject({ state: "active", item: { scenario: "Refill reminder" } });
    const result = await modules.updateOwnerItem({
      token,
      secret: TEST_SECRET,
      update: { status: "in-progress", update: "Copy written" },
      live,
    });
    expect(result.ok).toBe(true);
    const { board } = await modules.loadWorkshopDocs({ workshopId });
    const progress = readFollowUpProgress(board);
    expect(progress.items.refill).toMatchObject({ status: "in-progress", update: "Copy written" });
    expect(progress.log[0]?.by).toBe("Item owner (owner link)");
  });

  it("tells a replaced link, a removed item and an unknown link apart, and writes nothing", async () => {
    const { workshopId, itemId, token } = await workshopWithItem();
    await write(workshopId, (doc) =>
      expectOk(setOwnerLinkNonce(doc, { itemId, nonce: newOwnerLinkNonce() })),
    );
    expect(await modules.loadOwnerItem({ token, secret: TEST_SECRET })).toEqual({
      state: "revoked",
    });
    const refused = await modules.updateOwnerItem({
      token,
      secret: TEST_SECRET,
      update: { status: "shipped" },
      live,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: "gone" } });
    expect(await modules.loadOwnerItem({ token: `${token}x`, secret: TEST_SECRET })).toEqual({
      state: "unknown",
    });
    await write(workshopId, (doc) => expectOk(removeFromRoadmap(doc, { itemId })));
    expect(await modules.loadOwnerItem({ token, secret: TEST_SECRET })).toEqual({ state: "gone" });
    const { board } = await modules.loadWorkshopDocs({ workshopId });
    expect(readFollowUpProgress(board).log).toEqual([]);
  });
});
