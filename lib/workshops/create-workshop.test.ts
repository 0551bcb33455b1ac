import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

let database: TestDatabase;
let modules: {
  createAccount: typeof import("@/lib/auth/create-account").createAccount;
  createWorkshop: typeof import("./create-workshop").createWorkshop;
  getWorkshop: typeof import("./get-workshop").getWorkshop;
  loadWorkshopDocs: typeof import("@/lib/document-store/load-workshop-docs").loadWorkshopDocs;
  readBoard: typeof import("@/lib/documents/read-board").readBoard;
  readExampleMarks: typeof import("@/lib/documents/example-marks").readExampleMarks;
  db: typeof import("@/lib/db").db;
};

beforeAll(async () => {
  database = createTestDatabase();
  modules = {
    ...(await import("@/lib/auth/create-account")),
    ...(await import("./create-workshop")),
    ...(await import("./get-workshop")),
    ...(await import("@/lib/document-store/load-workshop-docs")),
    ...(await import("@/lib/documents/read-board")),
    ...(await import("@/lib/documents/example-marks")),
    ...(await import("@/lib/db")),
  };
});

afterAll(async () => {
  await modules.db.$disconnect();
  database.cleanup();
});

let counter = 0;
async function facilitator(): Promise<string> {
  counter += 1;
  const account = await modules.createAccount({
    name: "Fran",
    email: `fran${counter}@example.test`,
    password: "a long enough password",
  });
  if (!account.ok) throw new Error("account not created");
  return account.value.userId;
}

describe("createWorkshop with a template", () => {
  it("stores the template's examples as the board's first state, signed by the facilitator", async () => {
    const userId = await facilitator();
    const { id } = await modules.createWorkshop({
      userId,
      input: { title: "Returning shoppers", facilitatorFunction: "product" },
      template: "ecommerce-returning-shoppers",
    });
    const docs = await modules.loadWorkshopDocs({ workshopId: id });
    const board = modules.readBoard(docs.board);
    expect(board.segments.map((segment) => segment.name)).toContain("Cart abandoners");
    expect(board.scenarios.length).toBeGreaterThanOrEqual(6);
    expect(board.scenarios.every((scenario) => scenario.authorId === userId)).toBe(true);
    expect(modules.readExampleMarks(docs.board).length).toBe(
      board.segments.length +
        board.scenarios.length +
        board.risks.length +
        board.dataSources.length +
        board.kpis.length +
        board.techStack.length,
    );
    const workshop = await modules.getWorkshop({ workshopId: id });
    expect(workshop?.objectiveDraft).toMatch(/returning shoppers/);
  });

  it("keeps the facilitator's own objective draft, and a blank workshop has empty boards", async () => {
    const userId = await facilitator();
    const own = await modules.createWorkshop({
      userId,
      input: { title: "Trials", objectiveDraft: "Our words", facilitatorFunction: "product" },
      template: "b2b-saas-trial-to-paid",
    });
    expect((await modules.getWorkshop({ workshopId: own.id }))?.objectiveDraft).toBe("Our words");
    const blank = await modules.createWorkshop({
      userId,
      input: { title: "Blank", facilitatorFunction: "product" },
    });
    const docs = await modules.loadWorkshopDocs({ workshopId: blank.id });
    expect(modules.readBoard(docs.board).segments).toHaveLength(0);
    expect((await modules.getWorkshop({ workshopId: blank.id }))?.objectiveDraft).toBeNull();
  });
});
