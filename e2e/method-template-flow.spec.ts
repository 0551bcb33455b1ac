import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { isExample, readExampleMarks } from "@/lib/documents/example-marks";
import { IDENTITY_RESOLUTION_LABELS } from "@/lib/documents/labels";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { readBoard } from "@/lib/documents/read-board";
import { ETHICS_CONCERNS, LAUNCH_CHECKS } from "@/lib/documents/records";
import { addToRoadmap } from "@/lib/documents/roadmap";
import { ETHICS_CONCERN_TEXT } from "@/lib/method/ethics-review";
import { LAUNCH_CHECK_TEXT } from "@/lib/method/launch-checklist";
import { B2B_SAAS_TEMPLATE } from "@/lib/templates/b2b-saas-trial-to-paid";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, signUp, test, uniqueSuffix } from "./support/actors";
import { Board } from "./support/board-page";
import { pdfText } from "./support/pdf-text";
import { readDoc, seedDoc, workshopIdOf } from "./support/seed-board";
import { createFromTemplate } from "./support/templates";

// The "Done when" flow, end to end: a facilitator starts from a template, makes two of
// its examples their own (one edited, one kept as written), drops one, reviews the edited idea's
// ethics and launch readiness on the roadmap, and finds all of it in the PDF and on the
// stakeholder page, with the server's stored board agreeing at each turn.

const [NEW_TRIALS, NEAR_END, STALLED] = B2B_SAAS_TEMPLATE.segments;
if (!NEW_TRIALS || !NEAR_END || !STALLED) throw new Error("the B2B template has three segments");
const EDITED_FROM = NEW_TRIALS.scenarios[0]?.text ?? "";
const EDITED = "Order the setup checklist by the role they picked at sign-up";
const KEPT = NEAR_END.scenarios[0]?.text ?? "";
const DROPPED = STALLED.scenarios[1]?.text ?? "";
const [KPI] = B2B_SAAS_TEMPLATE.kpis;
if (!KPI) throw new Error("the B2B template has KPIs");
const IDENTITY = IDENTITY_RESOLUTION_LABELS[B2B_SAAS_TEMPLATE.identityResolution.status];
const FREQUENCY_NOTE = "No more than one checklist nudge a day";
const TICKED = ["objective", "segments", "privacy"] as const;

/** The board's scenario ids by text, as the server stores them. */
async function scenarioIds(page: Page, workshopId: string): Promise<Map<string, string>> {
  const board = await readDoc(page, { workshopId, read: readBoard });
  return new Map(board.scenarios.map((scenario) => [scenario.text, scenario.id]));
}

function concern(item: Locator, name: (typeof ETHICS_CONCERNS)[number]): Locator {
  return item.getByRole("group", { name: ETHICS_CONCERN_TEXT[name].label, exact: true });
}

test("from a template: keep two examples (one edited), drop one, review one roadmap item, and find it all in the PDF and on the stakeholder page", async ({
  actor,
}) => {
  test.setTimeout(240_000);
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createFromTemplate(
    fran.page,
    `Trials ${uniqueSuffix()}`,
    /B2B SaaS: trial to paid/,
  );
  const workshopId = workshopIdOf(fran.page);

  // Step 2 starts with the template's KPIs, each marked as an example.
  await fran.page.goto(`${path}?step=objective`);
  const kpis = fran.page.getByRole("list", { name: "Business goals and KPIs" });
  await expect(kpis.getByRole("listitem")).toHaveCount(B2B_SAAS_TEMPLATE.kpis.length);
  await expect(kpis.getByRole("textbox").first()).toHaveValue(KPI);
  await expect(kpis.getByTestId("example-marker")).toHaveCount(B2B_SAAS_TEMPLATE.kpis.length);

  // Step 3 says how profiles are joined, in the template's words.
  await fran.page.goto(`${path}?step=context`);
  await expect(fran.page.getByLabel("How profiles are joined")).toHaveValue(
    B2B_SAAS_TEMPLATE.identityResolution.status,
  );
  await expect(fran.page.getByLabel("Notes on identity")).toHaveValue(
    B2B_SAAS_TEMPLATE.identityResolution.note,
  );

  // Step 4: every segment and idea the template wrote says "Example".
  const board = new Board(fran.page, fran.name);
  await board.open(path, "scenarios");
  const ids = await scenarioIds(fran.page, workshopId);
  const note = (text: string) => fran.page.locator(`[data-scenario-id="${ids.get(text)}"]`);
  for (const segment of B2B_SAAS_TEMPLATE.segments) {
    await expect(board.segment(segment.name).getByTestId("example-marker").first()).toHaveText(
      "Example",
    );
  }
  for (const text of [EDITED_FROM, KEPT, DROPPED]) {
    await expect(note(text).getByTestId("example-marker")).toHaveText("Example");
  }
  await expectNoSeriousA11yViolations(fran.page);

  // Keep two: one rewritten (its marker goes), one as the template wrote it. Drop one.
  await note(EDITED_FROM).getByLabel("Scenario text").fill(EDITED);
  await expect(note(EDITED_FROM).getByTestId("example-marker")).toHaveCount(0);
  await note(DROPPED)
    .getByRole("button", { name: /^Delete scenario/ })
    .click();
  await expect(note(DROPPED)).toHaveCount(0);
  await expect(note(KEPT).getByTestId("example-marker")).toBeVisible();

  const editedId = ids.get(EDITED_FROM) ?? "";
  const keptId = ids.get(KEPT) ?? "";
  const droppedId = ids.get(DROPPED) ?? "";
  await expect
    .poll(() =>
      readDoc(fran.page, {
        workshopId,
        read: (doc) => {
          const stored = readBoard(doc);
          return {
            edited: stored.scenarios.find((s) => s.id === editedId)?.text,
            editedIsExample: isExample(doc, "scenarios", editedId),
            keptIsExample: isExample(doc, "scenarios", keptId),
            dropped: stored.scenarios.some((s) => s.id === droppedId),
            droppedMark: readExampleMarks(doc).some((mark) => mark.recordId === droppedId),
          };
        },
      }),
    )
    .toEqual({
      edited: EDITED,
      editedIsExample: false,
      keptIsExample: true,
      dropped: false,
      droppedMark: false,
    });

  // Prioritizing is another spec's subject: the edited idea goes onto the matrix and the roadmap
  // through the same board functions the matrix uses.
  await seedDoc(fran.page, {
    workshopId,
    change: (doc) => {
      placeOnMatrix(doc, { scenarioId: editedId, value: 0.9, feasibility: 0.7 });
      addToRoadmap(doc, { scenarioId: editedId });
    },
  });

  // Step 7: the item's metric links to a template KPI; the review and the checklist are filled.
  await fran.page
    .getByRole("navigation", { name: "Workshop steps" })
    .getByRole("button", { name: "Roadmap" })
    .click();
  const item = fran.page.getByRole("article", { name: new RegExp(EDITED) });
  await expect(item).toBeVisible();
  await item.getByLabel("Step-2 KPI it moves").selectOption({ label: KPI });
  for (const name of ETHICS_CONCERNS) {
    const answer = name === "humanOversight" ? "Not applicable" : "OK";
    await concern(item, name).getByLabel(answer, { exact: true }).check();
  }
  await item
    .getByLabel(`Note on ${ETHICS_CONCERN_TEXT.frequency.label.toLowerCase()}`)
    .fill(FREQUENCY_NOTE);
  await expect(item.getByText("Review complete")).toBeVisible();
  await item.getByRole("button", { name: "Mark ready" }).click();
  await expect(item.getByRole("alert")).toHaveCount(0);
  await expect(item.getByRole("button", { name: "Mark not ready" })).toBeVisible();
  for (const check of TICKED) await item.getByLabel(LAUNCH_CHECK_TEXT[check]).check();
  await expect(item.getByText(`(${TICKED.length} of 8 checks done)`)).toBeVisible();

  const stored = await readDoc(fran.page, {
    workshopId,
    read: (doc) => {
      const snapshot = readBoard(doc);
      return {
        item: snapshot.roadmap.find((entry) => entry.scenarioId === editedId),
        kpiId: snapshot.kpis.find((kpi) => kpi.text === KPI)?.id,
      };
    },
  });
  expect(stored.item?.ready).toBe(true);
  expect(stored.item?.measurement.kpiId).toBe(stored.kpiId);
  expect(ETHICS_CONCERNS.map((name) => stored.item?.ethics[name]?.answer)).toEqual([
    ...ETHICS_CONCERNS.filter((name) => name !== "humanOversight").map(() => "ok"),
    "not-applicable",
  ]);
  expect(stored.item?.ethics.consent?.name).toBe(fran.name);
  expect(stored.item?.ethicsNotes.frequency).toBe(FREQUENCY_NOTE);
  expect(LAUNCH_CHECKS.filter((check) => stored.item?.launch[check])).toEqual([...TICKED]);
  expect(stored.item?.launch.privacy?.name).toBe(fran.name);

  // The PDF: the template's step 2 and 3 answers, the kept ideas (not the dropped one), the review
  // and the checklist with who ticked what.
  const expected = [
    KPI,
    `Identity resolution: ${IDENTITY}`,
    EDITED,
    KEPT,
    "Ethics review",
    "Review complete.",
    `${ETHICS_CONCERN_TEXT.consent.label}: OK — ${fran.name}`,
    `${ETHICS_CONCERN_TEXT.humanOversight.label}: Not applicable — ${fran.name}`,
    FREQUENCY_NOTE,
    "Launch readiness",
    `${TICKED.length} of 8 checks done`,
    `${LAUNCH_CHECK_TEXT.privacy} (${fran.name},`,
  ];
  await fran.page.goto(`${path}?step=share`);
  await expect(fran.page.getByRole("heading", { name: "Download the summary" })).toBeVisible();
  const [file] = await Promise.all([
    fran.page.waitForEvent("download"),
    fran.page.locator('[data-export="pdf"]').click(),
  ]);
  const text = await pdfText(new Uint8Array(await readFile(await file.path())));
  for (const line of expected) expect(text, line).toContain(line);
  expect(text).not.toContain(DROPPED);
  expect(text).not.toContain(EDITED_FROM);

  // The stakeholder page says the same.
  await fran.page.getByRole("button", { name: "Create stakeholder link" }).click();
  const link = await fran.page.getByLabel("Stakeholder link").inputValue();
  const stella = await actor("Stella Stakeholder");
  await stella.page.goto(link);
  const summary = stella.page.getByRole("article", { name: "Workshop summary" });
  for (const line of expected) await expect(summary, line).toContainText(line);
  await expect(summary).not.toContainText(DROPPED);
  await expect(summary.getByRole("table", { name: "Roadmap" })).toContainText("Ready");
});
