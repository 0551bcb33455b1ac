import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

// The sample as someone opens it: created in a real database, loaded the way the exports load a
// workshop, rendered in every export format, and its JSON imported again.

let database: TestDatabase;
let modules: {
  createAccount: typeof import("@/lib/auth/create-account").createAccount;
  createSampleWorkshop: typeof import("./create-sample-workshop").createSampleWorkshop;
  loadWorkshopExport: typeof import("@/lib/exports/load-workshop-export").loadWorkshopExport;
  renderExport: typeof import("@/lib/exports/render-export").renderExport;
  EXPORT_FORMATS: typeof import("@/lib/exports/render-export").EXPORT_FORMATS;
  parseWorkshopJson: typeof import("@/lib/exports/json").parseWorkshopJson;
  importWorkshop: typeof import("@/lib/exports/import-workshop").importWorkshop;
  pdfText: typeof import("@/lib/exports/testing-pdf").pdfText;
  readControl: typeof import("@/lib/documents/control").readControl;
  loadWorkshopDocs: typeof import("@/lib/document-store/load-workshop-docs").loadWorkshopDocs;
  finalVoteCounts: typeof import("@/lib/documents/final-vote-counts").finalVoteCounts;
  db: typeof import("@/lib/db").db;
};

const NOW = new Date("2027-03-01T09:00:00.000Z");
let workshopId = "";
let userId = "";

beforeAll(async () => {
  database = createTestDatabase();
  modules = {
    ...(await import("@/lib/auth/create-account")),
    ...(await import("./create-sample-workshop")),
    ...(await import("@/lib/exports/load-workshop-export")),
    ...(await import("@/lib/exports/render-export")),
    ...(await import("@/lib/exports/json")),
    ...(await import("@/lib/exports/import-workshop")),
    ...(await import("@/lib/exports/testing-pdf")),
    ...(await import("@/lib/documents/control")),
    ...(await import("@/lib/document-store/load-workshop-docs")),
    ...(await import("@/lib/documents/final-vote-counts")),
    ...(await import("@/lib/db")),
  };
  const account = await modules.createAccount({
    name: "Sam Facilitator",
    email: "sam@example.test",
    password: "a long enough password",
  });
  if (!account.ok) throw new Error("account not created");
  userId = account.value.userId;
  workshopId = (await modules.createSampleWorkshop({ userId, now: NOW })).id;
}, 60_000);

afterAll(async () => {
  await modules.db.$disconnect();
  database.cleanup();
});

async function loaded() {
  const data = await modules.loadWorkshopExport({ workshopId, now: NOW });
  if (!data) throw new Error("sample not found");
  return data;
}

describe("the sample workshop", () => {
  it("is finished: every step has content, the vote is closed, the roadmap has owners", async () => {
    const { board, summary, workshop } = await loaded();
    expect(workshop.title).toMatch(/^Sample: /);
    expect(board.objective).not.toBe("");
    expect(board.kpis.length).toBeGreaterThanOrEqual(2);
    expect(board.dataSources.length).toBeGreaterThanOrEqual(4);
    expect(board.techStack.length).toBeGreaterThanOrEqual(3);
    expect(board.identityResolution.status).toBe("deterministic");
    expect(board.identityResolution.note).toMatch(/joined by account/);
    expect(board.segments).toHaveLength(3);
    expect(board.scenarios.length).toBeGreaterThanOrEqual(8);
    expect(board.scenarios.every((scenario) => scenario.matrix !== null)).toBe(true);
    expect(board.risks.every((risk) => risk.mitigation.trim() !== "")).toBe(true);
    expect(board.roadmap.length).toBeGreaterThanOrEqual(3);
    const team = workshop.roster.filter((member) => member.role === "participant");
    expect(team.map((member) => member.name)).toEqual(
      expect.arrayContaining(["Maya Lindqvist", "Jonas Weber"]),
    );
    expect(new Set(workshop.roster.map((member) => member.function)).size).toBe(7);
    const teamIds = new Set(team.map((member) => member.userId));
    for (const item of board.roadmap) {
      expect(teamIds.has(item.ownerUserId ?? "")).toBe(true);
      expect(item.slot).not.toBeNull();
      expect(item.metric.target).not.toBe("");
      expect(item.measurement.kpiId).not.toBeNull();
    }
    expect(board.roadmap.filter((item) => item.ready)).toHaveLength(2);
    const ticked = board.roadmap.map(
      (item) => Object.values(item.launch).filter((tick) => tick !== null).length,
    );
    expect(ticked).toEqual([8, 4, 0, 0]);
    expect(board.followUpDate).toBe("2027-03-15");
    expect(board.skipped).toBe(0);
    const docs = await modules.loadWorkshopDocs({ workshopId });
    expect(modules.readControl(docs.control).currentStep).toBe("share");
    expect(summary.title).toMatch(/^Sample: /);
    const counts = modules.finalVoteCounts(docs.board, docs.control) ?? {};
    const dots = Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(dots).toBe(20);
  });

  it("renders every export format, each labelled as the sample and well formed", async () => {
    const data = await loaded();
    for (const format of modules.EXPORT_FORMATS) {
      const rendered = await modules.renderExport({
        format,
        data,
        origin: "https://app.example",
        now: NOW,
      });
      expect(rendered.filename).toMatch(/^sample-/);
      const text = strFromU8(rendered.body);
      switch (format) {
        case "pdf":
          expect(text.startsWith("%PDF-")).toBe(true);
          expect(await modules.pdfText(rendered.body)).toContain("Sample: Alder & Co.");
          break;
        case "docx": {
          const files = unzipSync(rendered.body);
          const documentXml = files["word/document.xml"];
          if (!documentXml) throw new Error("docx without word/document.xml");
          expect(strFromU8(documentXml)).toContain("Sample: Alder &amp; Co.");
          break;
        }
        case "md":
          expect(text).toMatch(/^# Sample: Alder &(amp;)? Co\\?\./m);
          // Roadmap owners are named, from the sample's team.
          expect(text).toContain("Maya Lindqvist");
          break;
        case "json":
          expect(modules.parseWorkshopJson(text).ok).toBe(true);
          break;
        case "csv-scenarios":
        case "csv-roadmap": {
          const lines = text.trim().split(/\r?\n/);
          const rows = format === "csv-scenarios" ? data.board.scenarios : data.board.roadmap;
          expect(lines.length).toBeGreaterThan(rows.length);
          break;
        }
        case "ics":
          expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
          expect(text).toContain("Sample");
          break;
        case "matrix-svg":
        case "timeline-svg":
          expect(text).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s\S]*<\/svg>\s*$/);
          break;
      }
    }
  }, 60_000);

  it("re-imports from its JSON export with the same boards", async () => {
    const data = await loaded();
    const json = await modules.renderExport({ format: "json", data, origin: "x", now: NOW });
    const imported = await modules.importWorkshop({
      userId,
      facilitatorFunction: "product",
      json: strFromU8(json.body),
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const again = await modules.loadWorkshopExport({ workshopId: imported.value.id, now: NOW });
    expect(again?.workshop.title).toBe(data.workshop.title);
    const strip = (board: typeof data.board) => ({ ...board, newerSchema: false });
    expect(strip(again?.board ?? data.board)).toEqual(strip(data.board));
  }, 60_000);
});
