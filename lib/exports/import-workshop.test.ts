import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { addSegment } from "@/lib/documents/segments";
import { addScenario } from "@/lib/documents/scenarios";
import { addKpi } from "@/lib/documents/kpis";
import { addToRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { isExample, markAsExample, readExampleMarks } from "@/lib/documents/example-marks";
import { expectOk } from "@/lib/documents/testing";
import { markFromLastTime, readFromLastTime } from "@/lib/follow-up/from-last-time";

// Export → import on a real SQLite file: the roster (names, functions, roles, emails) and the
// roadmap owners come back, in both of the importer's choices, and so do the template examples
// and the "from last time" marks of a run that Run again made.

let database: TestDatabase;
let modules: {
  createAccount: typeof import("@/lib/auth/create-account").createAccount;
  createWorkshop: typeof import("@/lib/workshops/create-workshop").createWorkshop;
  importWorkshop: typeof import("./import-workshop").importWorkshop;
  loadWorkshopExport: typeof import("./load-workshop-export").loadWorkshopExport;
  renderExport: typeof import("./render-export").renderExport;
  loadWorkshopDocs: typeof import("@/lib/document-store/load-workshop-docs").loadWorkshopDocs;
  documentStore: typeof import("@/lib/document-store/registry").documentStore;
  db: typeof import("@/lib/db").db;
};

beforeAll(async () => {
  database = createTestDatabase();
  modules = {
    ...(await import("@/lib/auth/create-account")),
    ...(await import("@/lib/workshops/create-workshop")),
    ...(await import("./import-workshop")),
    ...(await import("./load-workshop-export")),
    ...(await import("./render-export")),
    ...(await import("@/lib/document-store/load-workshop-docs")),
    ...(await import("@/lib/document-store/registry")),
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

type ExportedRoster = { userId: string; name: string; role: string; function: string }[];

async function exportJson(workshopId: string): Promise<string> {
  const data = await modules.loadWorkshopExport({ workshopId });
  if (!data) throw new Error("no workshop");
  const file = await modules.renderExport({ format: "json", data, origin: "https://app.example" });
  return new TextDecoder().decode(file.body);
}

/** The roster without the ids, which belong to the server: name, role, function, email. */
function people(json: string): string[] {
  const roster = (JSON.parse(json) as { roster: (ExportedRoster[number] & { email: unknown })[] })
    .roster;
  return roster.map((m) => `${m.name} · ${m.role} · ${m.function} · ${String(m.email)}`).sort();
}

async function owners(workshopId: string): Promise<(string | null)[]> {
  const data = await modules.loadWorkshopExport({ workshopId });
  return data?.summary.roadmap.map((item) => item.owner) ?? [];
}

describe("import keeps roster and owners", () => {
  let fran: string;
  let olga: string;
  let gus: string;
  let source: string;
  let exported: string;
  let exampleKpi: string;
  let carriedSegment: string;
  let carriedItem: string;

  beforeAll(async () => {
    fran = await account("Fran");
    olga = await account("Olga");
    gus = (
      await modules.db.user.create({
        data: { name: "Gus Guest", isGuest: true },
        select: { id: true },
      })
    ).id;
    source = (
      await modules.createWorkshop({
        userId: fran,
        input: { title: "Loyalty", facilitatorFunction: "product" },
      })
    ).id;
    await modules.db.membership.createMany({
      data: [
        { workshopId: source, userId: olga, role: "participant", function: "marketing" },
        { workshopId: source, userId: gus, role: "observer", function: "customer-support" },
      ],
    });
    const board = new Y.Doc();
    const segment = expectOk(addSegment(board, { name: "Members" }));
    const first = expectOk(
      addScenario(board, { segmentId: segment.id, text: "Points reminder", authorId: olga }),
    );
    const second = expectOk(
      addScenario(board, { segmentId: segment.id, text: "Birthday offer", authorId: gus }),
    );
    expectOk(addToRoadmap(board, { scenarioId: first.id }));
    expectOk(addToRoadmap(board, { scenarioId: second.id }));
    expectOk(updateRoadmapItem(board, { itemId: first.id, ownerUserId: olga }));
    expectOk(updateRoadmapItem(board, { itemId: second.id, ownerUserId: gus }));
    // A template example nobody touched, beside one that is not an example.
    const kpi = expectOk(addKpi(board, { text: "Repeat purchase rate" }));
    expectOk(addKpi(board, { text: "Churn" }));
    board.transact(() => markAsExample(board, { collection: "kpis", recordId: kpi.id }));
    exampleKpi = kpi.id;
    // This run came from an earlier one: the segment and the first roadmap item came over.
    board.transact(() =>
      markFromLastTime(board, {
        previous: { workshopId: "spring-run", title: "Loyalty, spring" },
        records: [
          { collection: "segments", id: segment.id },
          { collection: "roadmap", id: first.id, status: "testing" },
        ],
      }),
    );
    carriedSegment = segment.id;
    carriedItem = first.id;
    await modules
      .documentStore()
      .append([{ workshopId: source, docName: "board", update: Y.encodeStateAsUpdate(board) }]);
    exported = await exportJson(source);
  });

  it("exports names, functions, roles and emails", () => {
    expect(people(exported)).toEqual([
      "Fran · facilitator · product · fran@example.test",
      "Gus Guest · observer · customer-support · null",
      "Olga · participant · marketing · olga@example.test",
    ]);
    expect(JSON.parse(exported).board.exampleMarks).toEqual([
      { collection: "kpis", recordId: exampleKpi },
    ]);
    expect(JSON.parse(exported).board.fromLastTime).toEqual({
      previous: { workshopId: "spring-run", title: "Loyalty, spring" },
      records: [
        { collection: "roadmap", recordId: carriedItem, status: "testing" },
        { collection: "segments", recordId: carriedSegment },
      ].sort((a, b) =>
        `${a.collection}/${a.recordId}`.localeCompare(`${b.collection}/${b.recordId}`),
      ),
    });
  });

  it("invite: people with an account here become members, the others are kept by name", async () => {
    const hana = await account("Hana");
    const imported = await modules.importWorkshop({
      userId: hana,
      facilitatorFunction: "data-science",
      people: "invite",
      json: exported,
    });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value).toMatchObject({ invited: 2, namesOnly: 1 });
    const id = imported.value.id;
    const again = await exportJson(id);
    expect(people(again)).toEqual(
      [...people(exported), "Hana · facilitator · data-science · hana@example.test"].sort(),
    );
    expect(await owners(id)).toEqual(["Olga", "Gus Guest"]);
    // Olga's own account holds the membership (the workshop is in her list); Gus is a new guest.
    const olgaMember = await modules.db.membership.findUnique({
      where: { workshopId_userId: { workshopId: id, userId: olga } },
    });
    expect(olgaMember?.role).toBe("participant");
    const gusMember = await modules.db.membership.findUnique({
      where: { workshopId_userId: { workshopId: id, userId: gus } },
    });
    expect(gusMember).toBeNull();
    const board = (await modules.loadWorkshopDocs({ workshopId: id })).board;
    expect(readExampleMarks(board)).toEqual([{ collection: "kpis", recordId: exampleKpi }]);
    expect(isExample(board, "kpis", exampleKpi)).toBe(true);
    const carried = readFromLastTime(board);
    expect(carried.previous).toEqual({ workshopId: "spring-run", title: "Loyalty, spring" });
    expect([...carried.records].sort()).toEqual(
      [`roadmap/${carriedItem}`, `segments/${carriedSegment}`].sort(),
    );
    expect(carried.roadmapStatus).toEqual({ [carriedItem]: "testing" });
  });

  it("names: nobody gets access, yet the roster and the owners read the same", async () => {
    const ivo = await account("Ivo");
    const imported = await modules.importWorkshop({
      userId: ivo,
      facilitatorFunction: "engineering",
      people: "names",
      json: exported,
    });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value).toMatchObject({ invited: 0, namesOnly: 3 });
    const id = imported.value.id;
    const again = await exportJson(id);
    expect(people(again)).toEqual(
      [...people(exported), "Ivo · facilitator · engineering · ivo@example.test"].sort(),
    );
    expect(await owners(id)).toEqual(["Olga", "Gus Guest"]);
    const members = await modules.db.membership.findMany({
      where: { workshopId: id },
      select: { userId: true, user: { select: { isGuest: true } } },
    });
    expect(members.map((m) => m.userId)).not.toContain(olga);
    expect(members.map((m) => m.userId)).not.toContain(fran);
    expect(members.filter((m) => m.user.isGuest)).toHaveLength(3);
    // A third round trip changes nothing more: the kept emails stay kept.
    const third = await modules.importWorkshop({
      userId: ivo,
      facilitatorFunction: "engineering",
      people: "names",
      json: again,
    });
    if (!third.ok) throw new Error(third.error.message);
    expect(people(await exportJson(third.value.id))).toEqual(people(again));
    expect(await owners(third.value.id)).toEqual(["Olga", "Gus Guest"]);
  });

  it("invite: an email alone does not reach an account (no enumeration, no strangers added)", async () => {
    const mallory = await account("Mallory");
    const crafted = JSON.parse(exported) as { roster: { userId: string; email: string | null }[] };
    for (const member of crafted.roster) member.userId = `${member.userId}x`;
    const imported = await modules.importWorkshop({
      userId: mallory,
      facilitatorFunction: "other",
      people: "invite",
      json: JSON.stringify(crafted),
    });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value).toMatchObject({ invited: 0, namesOnly: 3 });
    const members = await modules.db.membership.findMany({
      where: { workshopId: imported.value.id },
      select: { userId: true },
    });
    expect(members.map((m) => m.userId)).not.toContain(olga);
    expect(members.map((m) => m.userId)).not.toContain(fran);
  });

  it("the importer's own entry maps to them, once", async () => {
    const imported = await modules.importWorkshop({
      userId: fran,
      facilitatorFunction: "product",
      people: "invite",
      json: exported,
    });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(people(await exportJson(imported.value.id))).toEqual(people(exported));
    expect(await owners(imported.value.id)).toEqual(["Olga", "Gus Guest"]);
  });
});
