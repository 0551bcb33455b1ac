import { readFromLastTime, markFromLastTime } from "@/lib/follow-up/from-last-time";
import { addRisk } from "@/lib/documents/risks";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { createWorkshop, expect, signUp, test, uniqueSuffix } from "./support/actors";
import { Board } from "./support/board-page";
import { readDoc, seedDoc, workshopIdOf } from "./support/seed-board";

// "Run again" writes the carried records with markFromLastTime (lib/follow-up/next-run.ts, whose
// e2e runs the whole follow-up); here the board is seeded with the same marks so this spec can look
// closely at how the step-4 and step-5 notes and the segment headers show them.

const PREVIOUS = "Spring run";
const NAME = `From last time, carried over from “${PREVIOUS}”`;
const SEGMENT = "Returning shoppers";
const CARRIED = "Reorder reminder for refills";
const FRESH = "A new idea from this run";
const RISK = "Reminders keep coming after a reorder in the shop";

test("records Run again carried over say 'From last time' with an icon and a name; new ones do not", async ({
  actor,
}) => {
  test.setTimeout(120_000);
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Second run ${uniqueSuffix()}`);
  const workshopId = workshopIdOf(fran.page);
  await seedDoc(fran.page, {
    workshopId,
    change: (doc, { userId }) => {
      addSegment(doc, { id: "seg-returning", name: SEGMENT, lifecycleStage: "active" });
      addScenario(doc, {
        id: "carried",
        segmentId: "seg-returning",
        text: CARRIED,
        authorId: userId,
      });
      addScenario(doc, { id: "fresh", segmentId: "seg-returning", text: FRESH, authorId: userId });
      addRisk(doc, { id: "risk", scenarioId: "carried", description: RISK, authorId: userId });
      markFromLastTime(doc, {
        previous: { workshopId: "previous-run", title: PREVIOUS },
        records: [
          { collection: "segments", id: "seg-returning" },
          { collection: "scenarios", id: "carried" },
          { collection: "risks", id: "risk" },
        ],
      });
    },
  });

  const board = new Board(fran.page, fran.name);
  await board.open(path, "scenarios");
  const column = board.segment(SEGMENT);
  const carried = fran.page.locator('[data-scenario-id="carried"]');
  const fresh = fran.page.locator('[data-scenario-id="fresh"]');
  // The header's marker, the carried note's marker, and none on the new note.
  await expect(column.getByRole("note", { name: NAME })).toHaveCount(2);
  await expect(carried.getByRole("note", { name: NAME })).toHaveText("From last time");
  await expect(carried.getByRole("note", { name: NAME }).locator("svg")).toHaveCount(1);
  await expect(fresh).toBeVisible();
  await expect(fresh.getByTestId("from-last-time-marker")).toHaveCount(0);
  await expectNoSeriousA11yViolations(fran.page);

  // Editing does not change where a note came from: the marker stays, unlike "Example".
  await carried.getByLabel("Scenario text").fill(`${CARRIED}, monthly`);
  await expect(carried.getByLabel("Scenario text")).toHaveValue(`${CARRIED}, monthly`);
  await expect(carried.getByRole("note", { name: NAME })).toBeVisible();

  // Step 5: the carried persofail says so too, and so does the carried idea's card (its own
  // marker plus its risk's); the new idea's card has none.
  await board.showStep("Persofails");
  const risk = fran.page.getByTestId("risk-note");
  await expect(risk.getByRole("note", { name: NAME })).toHaveText("From last time");
  const carriedCard = fran.page.getByTestId("scenario-risks").filter({ hasText: CARRIED });
  const freshCard = fran.page.getByTestId("scenario-risks").filter({ hasText: FRESH });
  await expect(carriedCard.getByRole("note", { name: NAME })).toHaveCount(2);
  await expect(carriedCard.getByRole("note", { name: NAME }).first()).toHaveText("From last time");
  await expect(carriedCard.getByRole("note", { name: NAME }).first().locator("svg")).toHaveCount(1);
  await expect(freshCard).toBeVisible();
  await expect(freshCard.getByTestId("from-last-time-marker")).toHaveCount(0);

  // Opened afresh, the page reads the same from the server's copy.
  await board.open(path, "persofails");
  await expect(fran.page.getByTestId("risk-note").getByRole("note", { name: NAME })).toBeVisible();
  await expect(carriedCard.getByRole("note", { name: NAME })).toHaveCount(2);
  const stored = await readDoc(fran.page, {
    workshopId,
    read: (doc) => [...readFromLastTime(doc).records].sort(),
  });
  expect(stored).toEqual(["risks/risk", "scenarios/carried", "segments/seg-returning"]);
});
