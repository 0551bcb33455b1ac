import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { addKpi } from "@/lib/documents/kpis";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { editObjective } from "@/lib/documents/objective";
import { readBoard } from "@/lib/documents/read-board";
import { ETHICS_CONCERNS, LAUNCH_CHECKS, QUALITY_CRITERIA } from "@/lib/documents/records";
import { addToRoadmap } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { ETHICS_CONCERN_TEXT } from "@/lib/method/ethics-review";
import { LAUNCH_CHECK_TEXT } from "@/lib/method/launch-checklist";
import { QUALITY_CRITERION_TEXT } from "@/lib/method/quality-criteria";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import {
  createWorkshop,
  expect,
  inviteLink,
  joinAsGuest,
  PHONE,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";
import { Matrix } from "./support/matrix-page";
import { pdfText } from "./support/pdf-text";
import { readDoc, seedDoc, workshopIdOf } from "./support/seed-board";

const IDEA = "Remind returning shoppers to reorder refills";
const KPI = "Repeat purchase rate";
const label = (concern: (typeof ETHICS_CONCERNS)[number]) => ETHICS_CONCERN_TEXT[concern].label;

async function openRoadmap(page: Page): Promise<Locator> {
  await page
    .getByRole("navigation", { name: "Workshop steps" })
    .getByRole("button", { name: "Roadmap" })
    .click();
  const item = page.getByRole("article", { name: new RegExp(IDEA) });
  await expect(item).toBeVisible();
  return item;
}

function answer(item: Locator, concern: (typeof ETHICS_CONCERNS)[number], choice: string) {
  return item
    .getByRole("group", { name: label(concern), exact: true })
    .getByLabel(choice, { exact: true })
    .check();
}

test("quality check, measurement, ethics review and launch checklist: filled by two people live, gating ready, in the PDF and the stakeholder page", async ({
  actor,
}) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  await createWorkshop(fran.page, `Method ${uniqueSuffix()}`);
  const workshopId = workshopIdOf(fran.page);
  const participantLink = await inviteLink(fran.page, "participant");
  const observerLink = await inviteLink(fran.page, "observer");
  await seedDoc(fran.page, {
    workshopId,
    change: (doc, { userId }) => {
      editObjective(doc, { text: "Pick the first personalization to build." });
      addKpi(doc, { id: "kpi-repeat", text: KPI });
      addSegment(doc, { id: "returning", name: "Returning shoppers" });
      addScenario(doc, { id: "refills", segmentId: "returning", text: IDEA, authorId: userId });
      placeOnMatrix(doc, { scenarioId: "refills", value: 0.9, feasibility: 0.8 });
      addToRoadmap(doc, { scenarioId: "refills" });
    },
  });

  // Dana works on a phone: the whole item editor at 390×844.
  const dana = await actor("Dana Data", PHONE);
  await joinAsGuest(dana.page, participantLink, dana.name, "Data science");
  const franItem = await openRoadmap(fran.page);
  const danaItem = await openRoadmap(dana.page);

  // Measurement: Fran fills the design, both see the sample size computed from it.
  await franItem.getByLabel("Step-2 KPI it moves").selectOption({ label: KPI });
  await franItem.getByLabel("Conversion rate today (%)").fill("5");
  await franItem.getByLabel("Smallest lift worth detecting").fill("1");
  await franItem.getByLabel("The lift is counted in").selectOption("absolute");
  await franItem.getByLabel("Eligible visitors per day").fill("1000");
  const estimate = "8,158 per group (16,316 in all), about 17 days";
  for (const item of [franItem, danaItem]) {
    const region = item.getByRole("region", { name: "Sample size estimate" });
    await expect(region).toContainText(estimate);
    await expect(region).toContainText("baseline 5 % → target 6 %");
    await expect(region).toContainText("power 80 %");
    await expect(region).toContainText("two-sided significance 5 %");
  }
  await expect(danaItem.getByLabel("Step-2 KPI it moves")).toHaveValue("kpi-repeat");

  // Mid-typing: Dana is halfway through the attribution note when Fran doubles the traffic.
  const attribution = danaItem.getByLabel("Attribution note");
  await attribution.click();
  await dana.page.keyboard.type("Lift against the hold");
  await franItem.getByLabel("Eligible visitors per day").fill("2000");
  await expect(danaItem.getByRole("region", { name: "Sample size estimate" })).toContainText(
    "about 9 days",
  );
  await expect(attribution).toBeFocused();
  await dana.page.keyboard.type("out, not last click");
  await expect(attribution).toHaveValue("Lift against the holdout, not last click");
  await expect(franItem.getByLabel("Attribution note")).toHaveValue(
    "Lift against the holdout, not last click",
  );

  // The gate refuses "ready" before the review, and says what is missing.
  await franItem.getByRole("button", { name: "Mark ready" }).click();
  const refusal = franItem.getByRole("alert");
  await expect(refusal).toContainText("Not marked ready: the ethics gate holds this item.");
  await expect(refusal).toContainText("7 of 7 concerns unanswered");
  await expect(refusal).toContainText("Consent and legal basis: not answered");

  // The review, split between the two: Fran is typing a note while Dana answers.
  const guardrail = franItem.getByLabel("Guardrail metric (must not get worse)");
  await guardrail.click();
  await fran.page.keyboard.type("Unsubscribe");
  for (const concern of ["consent", "sensitiveAttributes", "transparency"] as const) {
    await answer(danaItem, concern, "OK");
  }
  await expect(franItem.getByRole("group", { name: label("consent") })).toContainText(
    "answered by Dana Data on",
  );
  await expect(guardrail).toBeFocused();
  await fran.page.keyboard.type(" rate");
  await expect(danaItem.getByLabel("Guardrail metric (must not get worse)")).toHaveValue(
    "Unsubscribe rate",
  );
  await answer(franItem, "publicContext", "OK");
  await answer(franItem, "bias", "OK");
  await answer(franItem, "humanOversight", "Not applicable");
  await answer(franItem, "frequency", "Needs work");
  await franItem
    .getByLabel(`Note on ${label("frequency").toLowerCase()}`)
    .fill("Cap at one reminder a week");
  await franItem.getByRole("button", { name: "Mark ready" }).click();
  await expect(refusal).toContainText("1 needs work");
  await expect(refusal).toContainText("Frequency caps and suppression: needs work");
  await answer(danaItem, "frequency", "OK");
  await expect(franItem.getByText("Review complete")).toBeVisible();
  await franItem.getByRole("button", { name: "Mark ready" }).click();
  await expect(refusal).toHaveCount(0);
  await expect(danaItem.getByText(/Ready$/)).toBeVisible();

  // Launch readiness: each tick carries its name, on both screens.
  await franItem.getByLabel(LAUNCH_CHECK_TEXT.objective).check();
  await franItem.getByLabel(LAUNCH_CHECK_TEXT.privacy).check();
  await danaItem.getByLabel(LAUNCH_CHECK_TEXT.rollout).check();
  await expect(franItem.getByText("(3 of 8 checks done)")).toBeVisible();
  await expect(franItem.getByText("Ticked by Dana Data on")).toBeVisible();
  await expect(danaItem.getByText("Ticked by Fran Facilitator on")).toHaveCount(2);

  // The quick quality check of the idea: ticked in step 7, scored on its matrix chip in step 6.
  for (const criterion of ["helpful", "accurate", "consented", "measurable"] as const) {
    await franItem.getByLabel(QUALITY_CRITERION_TEXT[criterion]).check();
  }
  await danaItem.getByLabel(QUALITY_CRITERION_TEXT.owned).check();
  await expect(franItem.getByText("(5 of 7 met)")).toBeVisible();
  await expect(danaItem.getByText("(5 of 7 met)")).toBeVisible();

  // No sideways scrolling on the phone, and the editor passes axe on both screens.
  const overflow = await dana.page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(fran.page);
  await expectNoSeriousA11yViolations(dana.page);

  const matrix = new Matrix(fran.page);
  await matrix.open();
  await expect(matrix.note(IDEA)).toHaveAccessibleName(/Quality 5 of 7/);
  await expect(matrix.board.getByTestId("chip-quality")).toHaveText("5/7");
  await fran.page
    .getByRole("navigation", { name: "Workshop steps" })
    .getByRole("button", { name: "Roadmap" })
    .click();

  // An observer follows the review but cannot answer, tick or mark anything.
  const sam = await actor("Sam Stakeholder");
  await joinAsGuest(sam.page, observerLink, sam.name, "Marketing");
  const samItem = await openRoadmap(sam.page);
  await expect(samItem.getByText("Review complete")).toBeVisible();
  await expect(
    samItem.getByRole("group", { name: label("bias"), exact: true }).getByLabel("OK"),
  ).toBeDisabled();
  await expect(samItem.getByLabel(LAUNCH_CHECK_TEXT.stack)).toBeDisabled();
  await expect(samItem.getByLabel("Conversion rate today (%)")).toBeDisabled();
  await expect(samItem.getByRole("button", { name: "Mark not ready" })).toBeDisabled();

  // What the server stored, and what a reload shows.
  const stored = await readDoc(fran.page, {
    workshopId,
    read: (doc) => readBoard(doc).roadmap.find((item) => item.id === "refills"),
  });
  expect(stored?.ready).toBe(true);
  expect(stored?.measurement).toMatchObject({
    kpiId: "kpi-repeat",
    guardrail: "Unsubscribe rate",
    baselinePercent: 5,
    effect: 1,
    effectKind: "absolute",
    dailyTraffic: 2000,
    attribution: "Lift against the holdout, not last click",
  });
  expect(ETHICS_CONCERNS.map((concern) => stored?.ethics[concern]?.answer)).toEqual([
    "ok",
    "ok",
    "ok",
    "ok",
    "ok",
    "ok",
    "not-applicable",
  ]);
  expect(stored?.ethics.frequency?.name).toBe("Dana Data");
  expect(stored?.ethicsNotes.frequency).toBe("Cap at one reminder a week");
  const idea = await readDoc(fran.page, {
    workshopId,
    read: (doc) => readBoard(doc).scenarios.find((scenario) => scenario.id === "refills"),
  });
  expect(QUALITY_CRITERIA.filter((criterion) => idea?.quality[criterion])).toEqual([
    "helpful",
    "accurate",
    "consented",
    "measurable",
    "owned",
  ]);
  expect(LAUNCH_CHECKS.filter((check) => stored?.launch[check])).toEqual([
    "objective",
    "privacy",
    "rollout",
  ]);
  await dana.page.reload();
  const reloaded = await openRoadmap(dana.page);
  await expect(reloaded.getByRole("region", { name: "Sample size estimate" })).toContainText(
    "8,158 per group (16,316 in all), about 9 days",
  );
  await expect(reloaded.getByText("Review complete")).toBeVisible();

  // The PDF and the stakeholder page carry all of it.
  await fran.page.goto(`/workshops/${workshopId}?step=share`);
  await expect(fran.page.getByRole("heading", { name: "Download the summary" })).toBeVisible();
  const [file] = await Promise.all([
    fran.page.waitForEvent("download"),
    fran.page.locator('[data-export="pdf"]').click(),
  ]);
  const text = await pdfText(new Uint8Array(await readFile(await file.path())));
  for (const expected of [
    "Measurement plan",
    `(KPI: ${KPI}); guardrail: Unsubscribe rate`,
    "Sample size: 8,158 per group (16,316 in all), about 9 days",
    "Ethics review",
    "Frequency caps and suppression: OK — Dana Data",
    ". Cap at one reminder a week",
    "Human oversight: Not applicable — Fran Facilitator",
    "Launch readiness",
    "3 of 8 checks done",
    "5 of 7 quality criteria met.",
    `${LAUNCH_CHECK_TEXT.rollout} (Dana Data,`,
  ]) {
    expect(text).toContain(expected);
  }

  await fran.page.getByRole("button", { name: "Create stakeholder link" }).click();
  const link = await fran.page.getByLabel("Stakeholder link").inputValue();
  const stakeholder = await actor("Stella Stakeholder");
  await stakeholder.page.goto(link);
  const summary = stakeholder.page.getByRole("article", { name: "Workshop summary" });
  await expect(summary).toContainText("Sample size: 8,158 per group (16,316 in all), about 9 days");
  await expect(summary).toContainText("Attribution: Lift against the holdout, not last click");
  await expect(summary).toContainText("Review complete.");
  await expect(summary).toContainText("Transparency and control: OK — Dana Data");
  await expect(summary).toContainText(`${LAUNCH_CHECK_TEXT.privacy} (Fran Facilitator,`);
  await expect(summary.getByRole("table", { name: "Roadmap" })).toContainText("Ready");
});
