import type { Page } from "@playwright/test";
import { isExample, readExampleMarks } from "@/lib/documents/example-marks";
import { readBoard } from "@/lib/documents/read-board";
import { ECOMMERCE_TEMPLATE } from "@/lib/templates/ecommerce-returning-shoppers";
import { FINANCIAL_SERVICES_TEMPLATE } from "@/lib/templates/financial-services-sensitive-data";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import {
  expect,
  inviteLink,
  joinAsGuest,
  PHONE,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";
import { Board } from "./support/board-page";
import { readDoc, workshopIdOf } from "./support/seed-board";
import { createFromTemplate } from "./support/templates";

const [CART, SECOND, LAPSED] = ECOMMERCE_TEMPLATE.segments;
if (!CART || !SECOND || !LAPSED) throw new Error("the e-commerce template has three segments");
const REMINDER = CART.scenarios[0]?.text ?? "";
const KEPT = SECOND.scenarios.map((scenario) => scenario.text);
const DROPPED = LAPSED.scenarios[1]?.text ?? "";

/** The ids of the board's scenarios by text, as the server stores them. */
async function scenarioIds(page: Page): Promise<Map<string, string>> {
  const board = await readDoc(page, { workshopId: workshopIdOf(page), read: readBoard });
  return new Map(board.scenarios.map((scenario) => [scenario.text, scenario.id]));
}

test("a template's examples can be kept, edited and deleted; the marker goes for everyone", async ({
  actor,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const title = `Shop ${suffix}`;
  const path = await createFromTemplate(fran.page, title, /E-commerce: returning shoppers/);
  const workshopId = workshopIdOf(fran.page);
  const link = await inviteLink(fran.page, "participant");
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  await expect(dana.page).toHaveURL(/\/workshops\/[^/?]+$/);

  const boards = { fran: new Board(fran.page, fran.name), dana: new Board(dana.page, dana.name) };
  await Promise.all(Object.values(boards).map((board) => board.open(path, "scenarios")));
  const ids = await scenarioIds(fran.page);
  const note = (board: Board, text: string) =>
    board.page.locator(`[data-scenario-id="${ids.get(text)}"]`);
  for (const board of Object.values(boards)) {
    await expect(board.segment(CART.name).getByTestId("example-marker").first()).toHaveText(
      "Example",
    );
    for (const text of [REMINDER, ...KEPT, DROPPED]) {
      await expect(note(board, text).getByTestId("example-marker"), board.name).toBeVisible();
    }
  }

  // Fran edits one example: the marker leaves Dana's screen while Fran is still typing.
  const field = note(boards.fran, REMINDER).getByLabel("Scenario text");
  await field.click();
  await fran.page.keyboard.press("ControlOrMeta+End");
  await fran.page.keyboard.type(" Ours");
  await expect(note(boards.dana, REMINDER).getByTestId("example-marker")).toHaveCount(0);
  await expect(note(boards.fran, REMINDER).getByTestId("example-marker")).toHaveCount(0);
  await expect(field).toBeFocused();
  await fran.page.keyboard.type(" now");
  await expect(note(boards.dana, REMINDER).getByLabel("Scenario text")).toHaveValue(
    `${REMINDER} Ours now`,
  );
  await expect(field).toBeFocused();

  // Dana deletes one example; the two kept ones stay examples for both.
  await note(boards.dana, DROPPED)
    .getByRole("button", { name: /^Delete scenario/ })
    .click();
  for (const board of Object.values(boards)) {
    await expect(note(board, DROPPED)).toHaveCount(0);
    for (const text of KEPT)
      await expect(note(board, text).getByTestId("example-marker")).toBeVisible();
  }

  // After a reload, Dana's browser shows what the server kept.
  await dana.page.reload();
  await expect(note(boards.dana, KEPT[0] ?? "").getByTestId("example-marker")).toBeVisible();
  await expect(note(boards.dana, REMINDER).getByTestId("example-marker")).toHaveCount(0);
  await expect(note(boards.dana, DROPPED)).toHaveCount(0);

  // The server's copy agrees.
  await expect
    .poll(() =>
      readDoc(fran.page, {
        workshopId,
        read: (doc) => ({
          edited: isExample(doc, "scenarios", ids.get(REMINDER) ?? ""),
          kept: KEPT.map((text) => isExample(doc, "scenarios", ids.get(text) ?? "")),
          dropped: readExampleMarks(doc).some((mark) => mark.recordId === ids.get(DROPPED)),
          text: readBoard(doc).scenarios.find((s) => s.id === ids.get(REMINDER))?.text,
        }),
      }),
    )
    .toEqual({ edited: false, kept: [true, true], dropped: false, text: `${REMINDER} Ours now` });

  // The facilitator's notes, by keyboard; the participant gets the participants' version.
  const franNotes = fran.page.getByRole("button", { name: "Facilitator notes" });
  await franNotes.focus();
  await fran.page.keyboard.press("Enter");
  const panel = fran.page.getByRole("dialog", { name: /Facilitator notes: step 4/ });
  await expect(panel.getByRole("heading", { name: "Common traps" })).toBeVisible();
  await expect(panel.getByRole("heading", { name: "When the group disagrees" })).toBeVisible();
  await expectNoSeriousA11yViolations(fran.page);
  await fran.page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(franNotes).toBeFocused();

  await dana.page.getByRole("button", { name: "Tips for this step" }).click();
  const tips = dana.page.getByRole("dialog", { name: /Tips for this step: step 4/ });
  await expect(tips.getByRole("heading", { name: "Your part in this step" })).toBeVisible();
  await expect(tips.getByRole("heading", { name: "Common traps" })).toHaveCount(0);
  await expect(dana.page.getByRole("button", { name: "Facilitator notes" })).toHaveCount(0);

  // Before the day: the invitation to copy and the run-of-show from the plan.
  await fran.page.goto(`${path}?step=team`);
  await fran.page.getByRole("link", { name: "Before the day" }).click();
  await expect(
    fran.page.getByRole("heading", { level: 1, name: `Before the day: ${title}` }),
  ).toBeVisible();
  const invitation = fran.page.getByLabel("Invitation text");
  await expect(invitation).toHaveValue(/data inventory/);
  await expect(invitation).toHaveValue(/returning shoppers back/);
  await expect(fran.page.getByRole("table").getByRole("row")).toHaveCount(9);
  await fran.page.getByLabel("Start time").fill("13:30");
  await fran.page.getByRole("button", { name: "Update times" }).click();
  await expect(fran.page.getByRole("row", { name: /13:30–13:40 1\. Team/ })).toBeVisible();
  // Printed, the page is the run-of-show alone.
  await fran.page.emulateMedia({ media: "print" });
  await expect(invitation).toBeHidden();
  await expect(fran.page.getByRole("button", { name: "Print run-of-show" })).toBeHidden();
  await expect(fran.page.getByRole("table")).toBeVisible();
  await fran.page.emulateMedia({ media: "screen" });

  // A participant reads the run-of-show; the invitation is the facilitator's.
  await dana.page.goto(`${path}/before-the-day`);
  await expect(dana.page.getByRole("heading", { name: "Run-of-show" })).toBeVisible();
  await expect(dana.page.getByRole("table").getByRole("row")).toHaveCount(9);
  await expect(dana.page.getByLabel("Invitation text")).toHaveCount(0);
});

test("the sample workshop opens complete from the dashboard", async ({ actor }) => {
  test.setTimeout(120_000);
  const sam = await actor("Sam Sampler");
  await signUp(sam.page, sam.name);
  await sam.page.goto("/workshops");
  await sam.page.getByRole("button", { name: "Open a sample workshop" }).click();
  await expect(
    sam.page.getByRole("heading", { level: 1, name: /^Sample: Alder & Co\./ }),
  ).toBeVisible();
  // The group stands at step 8 with the summary.
  await expect(sam.page.getByRole("heading", { level: 2, name: /Step 8/ })).toBeVisible();
  await expect(sam.page.getByRole("heading", { name: "Summary preview" })).toBeVisible();
  const preview = sam.page.getByRole("region", { name: "Summary preview" });
  await expect(preview.getByText(/Recovered carts/).first()).toBeVisible();
  const board = await readDoc(sam.page, { workshopId: workshopIdOf(sam.page), read: readBoard });
  expect(board.scenarios.length).toBe(8);
  expect(board.roadmap.every((item) => item.ownerUserId !== null)).toBe(true);
  // The room follows the group to step 8 once the control doc arrives; look back at step 4.
  await new Board(sam.page, sam.name).showStep("Segments & scenarios");
  await expect(sam.page.getByTestId("scenario-note")).toHaveCount(8);
  await expect(sam.page.getByTestId("example-marker")).toHaveCount(0);
  await sam.page.goto("/workshops");
  await expect(sam.page.getByRole("link", { name: /Sample: Alder & Co\./ }).first()).toBeVisible();
});

test("390×844: the create form and the notes panel fit a phone", async ({ actor }) => {
  test.setTimeout(120_000);
  const pat = await actor("Pat Phone", PHONE);
  await signUp(pat.page, pat.name);
  await pat.page.goto("/workshops");
  await expectNoSeriousA11yViolations(pat.page);
  const widest = () => pat.page.evaluate(() => document.documentElement.scrollWidth);
  expect(await widest()).toBeLessThanOrEqual(390);
  await createFromTemplate(pat.page, `Bank ${uniqueSuffix()}`, /Financial services/);
  const bank = new URL(pat.page.url()).pathname;
  // Step 3: each data source card is an example until its fields change.
  await pat.page.goto(`${bank}?step=context`);
  const transactions = pat.page.getByRole("listitem", {
    name: "Data source: Account transactions",
  });
  await expect(transactions.getByTestId("example-marker")).toBeVisible();
  const sourceMarkers = pat.page
    .getByRole("listitem", { name: /^Data source: / })
    .getByTestId("example-marker");
  const toolMarkers = pat.page
    .getByRole("listitem", { name: /^Tool: / })
    .getByTestId("example-marker");
  await expect(sourceMarkers).toHaveCount(5);
  await expect(toolMarkers).toHaveCount(4);
  await expect(pat.page.getByLabel("How profiles are joined")).toHaveValue("deterministic");
  await transactions.getByLabel("Quality").selectOption("partial");
  await expect(transactions.getByTestId("example-marker")).toHaveCount(0);
  await expect(sourceMarkers).toHaveCount(4);
  await expect(toolMarkers).toHaveCount(4);
  // A tool is an example too until its text changes.
  const core = pat.page.getByRole("listitem", { name: "Tool: Core banking system" });
  await expect(core.getByTestId("example-marker")).toHaveText("Example");
  await core.getByLabel("Notes").fill("Changes wait for the quarterly release.");
  await expect(core.getByTestId("example-marker")).toHaveCount(0);
  await expect(toolMarkers).toHaveCount(3);
  // Step 2: each KPI says "Example" until someone rewrites it.
  await pat.page.goto(`${bank}?step=objective`);
  const kpis = pat.page.getByRole("list", { name: "Business goals and KPIs" });
  await expect(kpis.getByRole("listitem")).toHaveCount(FINANCIAL_SERVICES_TEMPLATE.kpis.length);
  await expect(kpis.getByTestId("example-marker")).toHaveCount(
    FINANCIAL_SERVICES_TEMPLATE.kpis.length,
  );
  const products = kpis.getByRole("listitem").first();
  await expect(products.getByLabel("Goal or KPI")).toHaveValue("Products held per customer");
  await products.getByLabel("Goal or KPI").fill("Products held per active customer");
  await expect(products.getByTestId("example-marker")).toHaveCount(0);
  await expect(kpis.getByTestId("example-marker")).toHaveCount(
    FINANCIAL_SERVICES_TEMPLATE.kpis.length - 1,
  );
  await pat.page.goto(`${bank}?step=persofails`);
  await expect(pat.page.getByTestId("example-marker").first()).toBeVisible();
  await pat.page.getByRole("button", { name: "Facilitator notes" }).tap();
  const panel = pat.page.getByRole("dialog", { name: /Facilitator notes: step 5/ });
  await expect(panel.getByRole("heading", { name: "Questions to ask" })).toBeVisible();
  const box = await panel.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await panel.getByRole("button", { name: "Close" }).tap();
  await expect(panel).toHaveCount(0);
});
