import type { Locator, Page } from "@playwright/test";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { editObjective } from "@/lib/documents/objective";
import { addRisk } from "@/lib/documents/risks";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import {
  createWorkshop,
  expect,
  inviteLink,
  joinAsGuest,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";
import { seedDoc, workshopIdOf } from "./support/seed-board";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { ETHICS_CONCERNS } from "@/lib/documents/records";
import { ETHICS_CONCERN_TEXT } from "@/lib/method/ethics-review";

const ETHICS_CONCERN_LABELS = ETHICS_CONCERNS.map((concern) => ETHICS_CONCERN_TEXT[concern].label);

const RECOMMEND = "Recommend refills from past orders";
const WELCOME = "Welcome back returning visitors by name";
const BUNDLE = "Suggest bundles to first-time buyers";
const PARKED = "Birthday discount for members";
const OBJECTIVE = "Agree on the three personalization features we build first.";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Steps 7 and 8 as one person sees them. */
class Roadmap {
  constructor(readonly page: Page) {}

  async openStep(title: "Roadmap" | "Document & share"): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Workshop steps" })
      .getByRole("button", { name: title })
      .click();
    await expect(
      this.page.getByRole("heading", { level: 2, name: new RegExp(escape(title)) }),
    ).toBeVisible();
  }

  get proposal(): Locator {
    return this.page.getByRole("list", { name: "Proposed items" });
  }

  item(text: string): Locator {
    return this.page.getByRole("article", { name: new RegExp(escape(text)) });
  }

  lane(label: string): Locator {
    return this.page.getByRole("region", { name: `Lane ${label}` });
  }

  chip(text: string): Locator {
    return this.page.locator("[data-timeline-item]").filter({ hasText: text });
  }

  get summary(): Locator {
    return this.page.getByRole("article", { name: "Workshop summary" });
  }

  /** Item titles in rank order, without the "#n" prefix. */
  async order(): Promise<string[]> {
    const headings = await this.page.getByRole("heading", { level: 4 }).allTextContents();
    return headings.filter((h) => h.startsWith("#")).map((h) => h.replace(/^#\d+\s*/, ""));
  }
}

test("the team turns quick wins into a roadmap behind the ethics gate, and the summary follows live", async ({
  actor,
}) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Roadmap ${uniqueSuffix()}`);
  const participantLink = await inviteLink(facilitator.page, "participant");
  const observerLink = await inviteLink(facilitator.page, "observer");

  await seedDoc(facilitator.page, {
    workshopId: workshopIdOf(facilitator.page),
    change: (doc, { userId }) => {
      editObjective(doc, { text: OBJECTIVE });
      addSegment(doc, { id: "returning", name: "Returning shoppers" });
      addSegment(doc, { id: "first-time", name: "First-time buyers" });
      const scenario = (id: string, segmentId: string, text: string) =>
        addScenario(doc, { id, segmentId, text, authorId: userId });
      scenario("recommend", "returning", RECOMMEND);
      scenario("welcome", "returning", WELCOME);
      scenario("bundle", "first-time", BUNDLE);
      scenario("parked", "first-time", PARKED);
      placeOnMatrix(doc, { scenarioId: "recommend", value: 0.9, feasibility: 0.8 });
      placeOnMatrix(doc, { scenarioId: "welcome", value: 0.7, feasibility: 0.9 });
      placeOnMatrix(doc, { scenarioId: "bundle", value: 0.6, feasibility: 0.6 });
      placeOnMatrix(doc, { scenarioId: "parked", value: 0.2, feasibility: 0.3 });
      addRisk(doc, {
        id: "creepy",
        scenarioId: "recommend",
        authorId: userId,
        category: "creepiness",
        severity: "high",
        description: "Reminds people of a purchase they made for someone else",
      });
      addRisk(doc, {
        scenarioId: "welcome",
        authorId: userId,
        category: "privacy",
        description: "Shows a name on a shared computer",
        mitigation: "Only after the visitor signs in",
      });
    },
  });

  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, participantLink, dana.name, "Data science");
  const sam = await actor("Sam Stakeholder");
  await joinAsGuest(sam.page, observerLink, sam.name, "Marketing");
  // Fran's page was rendered before the others joined; their presence puts them on her roster.

  const fran = new Roadmap(facilitator.page);
  const danaView = new Roadmap(dana.page);
  const samView = new Roadmap(sam.page);
  for (const view of [fran, danaView, samView]) await view.openStep("Roadmap");

  // The proposal: quick wins by value × feasibility; the drop-for-now idea is not offered.
  await expect(fran.proposal.getByRole("listitem")).toHaveText([
    new RegExp(`1\\. ${RECOMMEND}.*Quick wins`),
    new RegExp(`2\\. ${WELCOME}`),
    new RegExp(`3\\. ${BUNDLE}`),
  ]);
  await expect(danaView.proposal).not.toContainText(PARKED);
  await facilitator.page.getByRole("button", { name: "Accept the proposal" }).click();
  for (const view of [fran, danaView, samView]) {
    await expect.poll(() => view.order()).toEqual([RECOMMEND, WELCOME, BUNDLE]);
  }

  // Reorder with the drag handle's keyboard path (Space, arrow, Space) and with the buttons.
  await dana.page.getByRole("button", { name: `Reorder “${RECOMMEND}”` }).focus();
  await dana.page.keyboard.press("Space");
  await expect(dana.page.getByText(`“${RECOMMEND}” is over position 1.`)).toBeAttached();
  await dana.page.keyboard.press("ArrowDown");
  await expect(dana.page.getByText(`“${RECOMMEND}” is over position 2.`)).toBeAttached();
  await dana.page.keyboard.press("Space");
  await expect.poll(() => fran.order()).toEqual([WELCOME, RECOMMEND, BUNDLE]);
  await facilitator.page.getByRole("button", { name: `Move “${RECOMMEND}” up` }).click();
  await dana.page.getByRole("button", { name: `Move “${BUNDLE}” up` }).click();
  await expect.poll(() => fran.order()).toEqual([RECOMMEND, BUNDLE, WELCOME]);

  // Swap an item for another idea from the matrix, at the same rank, and back again.
  await danaView.item(WELCOME).getByLabel("Swap for").selectOption({ label: PARKED });
  await expect.poll(() => fran.order()).toEqual([RECOMMEND, BUNDLE, PARKED]);
  await fran.item(PARKED).getByLabel("Swap for").selectOption({ label: WELCOME });
  await expect.poll(() => danaView.order()).toEqual([RECOMMEND, BUNDLE, WELCOME]);

  // Dana plans the first item; the facilitator sees every field arrive.
  const planned = danaView.item(RECOMMEND);
  await planned.getByLabel("Owner").selectOption({ label: "Dana Data (Data science)" });
  await planned.getByLabel("Time slot").selectOption({ label: "Q1 2027" });
  await planned.getByLabel("Metric", { exact: true }).fill("Repeat purchase rate");
  await planned.getByLabel("Baseline").fill("18 %");
  await planned.getByLabel("Target").fill("21 %");
  await planned.getByLabel("Control group").fill("10 % of returning shoppers");
  await planned.getByLabel("Duration (days)").fill("28");
  await planned.getByLabel("Dependencies").fill("Order feed in the CDP");
  const seen = fran.item(RECOMMEND);
  await expect(seen.getByLabel("Owner")).toHaveValue(/.+/);
  await expect(seen.getByLabel("Owner").locator("option:checked")).toHaveText(
    "Dana Data (Data science)",
  );
  await expect(seen.getByLabel("Time slot")).toHaveValue("2027-Q1");
  await expect(seen.getByLabel("Target")).toHaveValue("21 %");
  await expect(seen.getByLabel("Duration (days)")).toHaveValue("28");
  await expect(seen.getByLabel("Dependencies")).toHaveValue("Order feed in the CDP");
  await expect(fran.lane("Q1 2027")).toContainText(RECOMMEND);

  // The timeline by keyboard: arrows move an item lane by lane, and focus stays on it.
  await fran.chip(WELCOME).focus();
  await facilitator.page.keyboard.press("ArrowRight");
  await expect(fran.lane("Q4 2026")).toContainText(WELCOME);
  await expect(fran.chip(WELCOME)).toBeFocused();
  await facilitator.page.keyboard.press("ArrowRight");
  await expect(danaView.lane("Q1 2027")).toContainText(WELCOME);
  await expect(danaView.item(WELCOME).getByLabel("Time slot")).toHaveValue("2027-Q1");

  // And by mouse: drag a chip into another lane.
  await danaView.chip(BUNDLE).scrollIntoViewIfNeeded();
  const chip = await danaView.chip(BUNDLE).boundingBox();
  const target = await danaView.lane("Q2 2027").boundingBox();
  if (!chip || !target) throw new Error("Timeline is not visible");
  await dana.page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
  await dana.page.mouse.down();
  await dana.page.mouse.move(chip.x + chip.width / 2 + 10, chip.y + chip.height / 2, { steps: 3 });
  await dana.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, {
    steps: 15,
  });
  await dana.page.mouse.up();
  await expect(fran.lane("Q2 2027")).toContainText(BUNDLE);

  // The ethics review comes first (e2e/roadmap-method.spec.ts covers it in depth): every concern
  // answered, so what follows is the risk rule alone.
  for (const concern of ETHICS_CONCERN_LABELS) {
    await planned.getByRole("group", { name: concern, exact: true }).getByLabel("OK").check();
  }
  await expect(seen.getByText("Review complete")).toBeVisible();

  // The ethics gate: an unmitigated high-severity risk blocks "ready" until someone accepts it.
  await planned.getByRole("button", { name: "Mark ready" }).click();
  const refusal = planned.getByRole("alert");
  await expect(refusal).toContainText("Not marked ready: the ethics gate holds this item.");
  await expect(refusal).toContainText("Reminds people of a purchase they made for someone else");
  await expect(planned.getByText(/Not ready$/)).toBeVisible();
  await expect(seen.getByText(/Ethics gate: 1 high-severity risk has no mitigation/)).toBeVisible();
  // Accepting is deliberate: a dialog names the risks and who is accepting them.
  await seen.getByRole("button", { name: "Accept the risk…" }).click();
  const confirm = facilitator.page.getByRole("dialog", { name: "Accept this risk?" });
  await expect(confirm).toContainText("Reminds people of a purchase they made for someone else");
  await expectNoSeriousA11yViolations(facilitator.page);
  await confirm.getByRole("button", { name: "Accept the risk as Fran Facilitator" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(planned.getByText(/Risk accepted by Fran Facilitator on/)).toBeVisible();
  await expect(refusal).toHaveCount(0);
  await planned.getByRole("button", { name: "Mark ready" }).click();
  await expect(seen.getByText(/Ready$/)).toBeVisible();

  // The observer follows along but cannot change anything.
  const observed = samView.item(RECOMMEND);
  await expect(observed.getByLabel("Target")).toHaveValue("21 %");
  await expect(observed.getByLabel("Owner")).toBeDisabled();
  await expect(observed.getByRole("button", { name: "Mark not ready" })).toBeDisabled();
  await expect(samView.chip(WELCOME)).toBeDisabled();

  await expectNoSeriousA11yViolations(facilitator.page);
  await expectNoSeriousA11yViolations(sam.page);

  // Step 8: the summary preview is built from the same boards and follows them live.
  await fran.openStep("Document & share");
  const summary = fran.summary;
  await expect(summary).toContainText(OBJECTIVE);
  await expect(
    summary.getByRole("listitem").filter({ hasText: "Dana Data" }).first(),
  ).toContainText("Data science");
  const roadmapTable = summary.getByRole("table", { name: "Roadmap" });
  const firstRow = roadmapTable.getByRole("row").filter({ hasText: RECOMMEND });
  await expect(firstRow).toContainText("Dana Data");
  await expect(firstRow).toContainText("Q1 2027");
  await expect(firstRow).toContainText("Repeat purchase rate: 18 % → 21 %");
  await expect(firstRow).toContainText("Control: 10 % of returning shoppers; 28 days");
  // The status wording every format shares.
  await expect(firstRow).toContainText("Ready; risk accepted by Fran Facilitator");
  await expect(roadmapTable.getByRole("row").nth(2)).toContainText(BUNDLE);
  await expect(summary).toContainText("No mitigation. Risk accepted by Fran Facilitator");
  await expect(summary).toContainText("Mitigation: Only after the visitor signs in");

  // Dana keeps editing the roadmap; the preview on Fran's screen changes with it.
  await planned.getByLabel("Target").fill("22 %");
  await expect(firstRow).toContainText("18 % → 22 %");

  // The follow-up date defaults to two weeks after the workshop (3 December) and can be moved.
  const followUp = facilitator.page.getByLabel("Follow-up date");
  await expect(followUp).toHaveValue("2026-12-17");
  await expect(summary).toContainText("Follow-up meeting: 17 December 2026");
  await followUp.fill("2026-12-21");
  await samView.openStep("Document & share");
  await expect(samView.summary).toContainText("Follow-up meeting: 21 December 2026");
  await expect(sam.page.getByLabel("Follow-up date")).toBeDisabled();
  await expect(samView.summary).toContainText(RECOMMEND);

  await expectNoSeriousA11yViolations(facilitator.page);
});
