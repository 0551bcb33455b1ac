import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { addSegment } from "@/lib/documents/segments";
import { addScenario } from "@/lib/documents/scenarios";
import { addRisk } from "@/lib/documents/risks";
import { addToRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { editObjective } from "@/lib/documents/objective";
import { expectOk } from "@/lib/documents/testing";
import { recordProgress } from "@/lib/follow-up/progress";
import { readFromLastTime } from "@/lib/follow-up/from-last-time";

let database: TestDatabase;
let modules: {
  createAccount: typeof import("@/lib/auth/create-account").createAccount;
  createWorkshop: typeof import("./create-workshop").createWorkshop;
  runAgain: typeof import("./run-again").runAgain;
  nextRunTitle: typeof import("./run-again").nextRunTitle;
  getWorkshop: typeof import("./get-workshop").getWorkshop;
  loadWorkshopDocs: typeof import("@/lib/document-store/load-workshop-docs").loadWorkshopDocs;
  documentStore: typeof import("@/lib/document-store/registry").documentStore;
  readBoard: typeof import("@/lib/documents/read-board").readBoard;
  db: typeof import("@/lib/db").db;
};

beforeAll(async () => {
  database = createTestDatabase();
  modules = {
    ...(await import("@/lib/auth/create-account")),
    ...(await import("./create-workshop")),
    ...(await import("./run-again")),
    ...(await import("./get-workshop")),
    ...(await import("@/lib/document-store/load-workshop-docs")),
    ...(await import("@/lib/document-store/registry")),
    ...(await import("@/lib/documents/read-board")),
    ...(await import("@/lib/db")),
  };
});

afterAll(async () => {
  await modules.db.$disconnect();
  database.cleanup();
});

async function account(name: string): Promise<string> {
  const created = await modules.createAccount({
    name,
    email: `${name.toLowerCase()}@example.test`,
    password: "a long enough password",
  });
  if (!created.ok) throw new Error("account not created");
  return created.value.userId;
}

describe("nextRunTitle", () => {
  it("numbers the runs of a series", () => {
    expect(modules.nextRunTitle("Checkout")).toBe("Checkout · run 2");
    expect(modules.nextRunTitle("Checkout · run 2")).toBe("Checkout · run 3");
    expect(modules.nextRunTitle("x".repeat(120))).toHaveLength(120);
  });
});

describe("runAgain", () => {
  it("creates the next run with the same people, new links and the board carried over", async () => {
    const fran = await account("Fran");
    const olga = await account("Olga");
    const { id } = await modules.createWorkshop({
      userId: fran,
      input: { title: "Loyalty", facilitatorFunction: "product" },
    });
    await modules.db.membership.create({
      data: { workshopId: id, userId: olga, role: "participant", function: "marketing" },
    });
    const board = new Y.Doc();
    expectOk(editObjective(board, { text: "Pick three loyalty ideas." }));
    const segment = expectOk(addSegment(board, { name: "Members" }));
    const idea = expectOk(
      addScenario(board, { segmentId: segment.id, text: "Points reminder", authorId: fran }),
    );
    expectOk(
      addRisk(board, {
        scenarioId: idea.id,
        description: "Spam",
        mitigation: "Weekly cap",
        authorId: fran,
      }),
    );
    expectOk(addToRoadmap(board, { scenarioId: idea.id }));
    expectOk(updateRoadmapItem(board, { itemId: idea.id, ownerUserId: olga }));
    expectOk(recordProgress(board, { itemId: idea.id, status: "shipped", by: "Olga" }));
    await modules
      .documentStore()
      .append([{ workshopId: id, docName: "board", update: Y.encodeStateAsUpdate(board) }]);

    const result = await modules.runAgain({ workshopId: id, userId: fran });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const next = await modules.getWorkshop({ workshopId: result.value.id });
    expect(next?.title).toBe("Loyalty · run 2");
    expect(next?.objectiveDraft).toBe("Pick three loyalty ideas.");
    expect(next?.roster.map((m) => [m.name, m.role, m.function])).toEqual([
      ["Fran", "facilitator", "product"],
      ["Olga", "participant", "marketing"],
    ]);
    const invites = await modules.db.invite.findMany({ where: { workshopId: result.value.id } });
    expect(invites.map((invite) => invite.role).sort()).toEqual(["observer", "participant"]);
    const docs = await modules.loadWorkshopDocs({ workshopId: result.value.id });
    const carried = modules.readBoard(docs.board);
    expect(carried.segments.map((s) => s.name)).toEqual(["Members"]);
    expect(carried.risks.map((r) => r.mitigation)).toEqual(["Weekly cap"]);
    expect(carried.roadmap.map((i) => i.ownerUserId)).toEqual([olga]);
    expect(readFromLastTime(docs.board)).toMatchObject({
      previous: { workshopId: id, title: "Loyalty" },
      roadmapStatus: { [idea.id]: "shipped" },
    });
  });
});
