import { addDataSource } from "@/lib/documents/data-sources";
import {
  createWorkshop,
  expect,
  inviteLink,
  joinAsGuest,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";
import { Board } from "./support/board-page";
import { holdsFor } from "./support/holds";
import { seedDoc, workshopIdOf } from "./support/seed-board";

test("segments, scenarios and persofails are shared live; observers watch read-only", async ({
  actor,
}) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const shoppers = `Returning shoppers ${suffix}`;
  const lapsed = `Lapsed members ${suffix}`;
  const sizeTip = `Suggest last size bought ${suffix}`;
  const winBack = `Win-back offer by email ${suffix}`;
  const scratch = `Scratch idea ${suffix}`;
  const healthData = `Health survey answers ${suffix}`;

  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Scenarios ${suffix}`);
  const participantLink = await inviteLink(fran.page, "participant");
  const observerLink = await inviteLink(fran.page, "observer");
  // Step 3's data (not what this test is about) is seeded through lib/workshop over the socket.
  await seedDoc(fran.page, {
    workshopId: workshopIdOf(fran.page),
    change: (doc) => {
      addDataSource(doc, { name: healthData, kind: "explicit-preference", sensitive: true });
    },
  });

  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, participantLink, dana.name, "Data science");
  const lee = await actor("Lee Legal");
  await joinAsGuest(lee.page, participantLink, lee.name, "Legal / compliance");
  const olive = await actor("Olive Observer");
  await joinAsGuest(olive.page, observerLink, olive.name, "Marketing");

  // Joining ends in a redirect to the workshop; wait for it so it cannot overtake the next goto.
  for (const guest of [dana, lee, olive]) {
    await expect(guest.page).toHaveURL(/\/workshops\/[^/?]+$/);
  }

  const boards = {
    fran: new Board(fran.page, fran.name),
    dana: new Board(dana.page, dana.name),
    lee: new Board(lee.page, lee.name),
    olive: new Board(olive.page, olive.name),
  };
  await Promise.all(Object.values(boards).map((board) => board.open(path, "scenarios")));
  const everyone = Object.values(boards);

  // One adds a segment and a scenario with one click; the others see both arrive.
  await boards.dana.addSegment(shoppers);
  await boards.dana.addScenario(shoppers, sizeTip);
  await boards.lee.addSegment(lapsed);
  // Another person adds the next one with the keyboard shortcut.
  await boards.lee.addScenario(shoppers, winBack, true);
  for (const board of everyone) {
    await expect(board.segment(shoppers).getByLabel("Scenario text"), board.name).toHaveCount(2);
    await expect(board.segment(shoppers).getByLabel("Scenario text").first()).toHaveValue(sizeTip);
    await expect(board.segment(lapsed)).toBeVisible();
  }
  // Authors are named (the roster knows the guests once they joined before the page loaded).
  await expect(
    boards.fran.segment(shoppers).getByTestId("scenario-note").first().getByText("by Dana Data"),
  ).toBeVisible();

  // The observer sees everything but can change nothing.
  await expect(boards.olive.page.getByRole("form", { name: "New segment" })).toHaveCount(0);
  await expect(boards.olive.moveHandle(sizeTip)).toBeDisabled();
  await expect(boards.olive.segment(shoppers).getByLabel("Scenario text").first()).toBeDisabled();
  await expect(
    boards.olive.segment(lapsed).getByRole("button", { name: `Add scenario to ${lapsed}` }),
  ).toBeDisabled();
  await expect(boards.olive.page.getByRole("button", { name: "Undo", exact: true })).toHaveCount(0);

  // Mouse: the facilitator drags the first note onto the other segment.
  const handle = boards.fran.moveHandle(sizeTip);
  await boards.fran.segment(shoppers).scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await boards.fran
    .segment(lapsed)
    .getByRole("button", { name: `Add scenario to ${lapsed}` })
    .boundingBox();
  if (!from || !to) throw new Error("The note or its target is not on screen");
  await fran.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await fran.page.mouse.down();
  await fran.page.mouse.move(from.x + 20, from.y + 20, { steps: 4 });
  await fran.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await expect(fran.page.getByText(`Drop at the end of ${lapsed}`)).toBeVisible();
  await fran.page.mouse.up();
  for (const board of everyone) {
    await expect(board.segment(lapsed).getByLabel("Scenario text")).toHaveCount(1);
    await expect(board.segment(lapsed).getByLabel("Scenario text")).toHaveValue(sizeTip);
    await expect(board.segment(shoppers).getByLabel("Scenario text")).toHaveCount(1);
    await expect(board.segment(shoppers).getByLabel("Scenario text")).toHaveValue(winBack);
  }

  // Keyboard: a participant picks the other note up with Space, moves right, drops with Space.
  // Centre the board first: near the viewport's edge dnd-kit scrolls the page instead of moving.
  await boards.dana.segment(shoppers).evaluate((el) => el.scrollIntoView({ block: "center" }));
  await boards.dana.moveHandle(winBack).focus();
  await dana.page.keyboard.press("Space");
  await expect(boards.dana.moveHandle(winBack)).toHaveAttribute("aria-pressed", "true");
  await expect(dana.page.getByText(/^Picked up Scenario/)).toBeAttached();
  await dana.page.keyboard.press("ArrowRight");
  await expect(dana.page.getByText(new RegExp(`would move to .* in ${lapsed}`))).toBeAttached();
  await dana.page.keyboard.press("Space");
  for (const board of everyone) {
    await expect(board.segment(lapsed).getByLabel("Scenario text")).toHaveCount(2);
    await expect(board.segment(shoppers).getByLabel("Scenario text")).toHaveCount(0);
  }
  // The coverage strip flags both segments: one empty, one with only two ideas.
  const coverage = boards.fran.page.getByRole("list", { name: "Scenarios per segment" });
  await expect(coverage.getByText(`${lapsed}: 2 scenarios`)).toBeVisible();
  await expect(coverage.getByText(`${shoppers}: 0 scenarios`)).toBeVisible();

  // Delete with undo: the note disappears for everyone and comes back with Undo.
  await boards.lee.addScenario(lapsed, scratch);
  // Undo groups one person's edits made within 400 ms into one step: Lee pauses while the note
  // shows on Fran's board.
  await holdsFor(500, () => expect(boards.fran.moveHandle(scratch)).toBeVisible({ timeout: 400 }));
  await boards.lee.page.getByRole("button", { name: `Delete scenario ${scratch}` }).click();
  await expect(boards.fran.moveHandle(scratch)).toHaveCount(0);
  await boards.lee.page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(boards.fran.moveHandle(scratch)).toBeVisible();

  // Tag the first note with the sensitive data source from step 3.
  await boards.lee.page.getByRole("button", { name: `Data sources for ${sizeTip}` }).click();
  await boards.lee.page.getByRole("checkbox", { name: new RegExp(healthData) }).check();
  await boards.lee.page.keyboard.press("Escape");
  await expect(
    boards.fran.segment(lapsed).getByRole("list", { name: "Data sources used" }),
  ).toContainText(new RegExp(`${healthData} ?\\(sensitive\\)`));
  await boards.fran.expectNoSeriousAxeViolations();

  // Step 5: persofails.
  await Promise.all(everyone.map((board) => board.showStep("Persofails")));
  await expect(
    boards.fran.scenarioCard(sizeTip).locator('[data-warning="sensitive-data"]'),
  ).toContainText(healthData);
  await boards.dana.addRisk(sizeTip, `Reveals a health condition ${suffix}`, "Never use it");
  await boards.lee.addRisk(winBack, `Emails people who opted out ${suffix}`);
  for (const board of [boards.fran, boards.olive]) {
    const mitigated = board.scenarioCard(sizeTip);
    await expect(mitigated.getByLabel("Mitigation or failsafe")).toHaveValue("Never use it");
    await expect(mitigated.locator('[data-warning="risk-without-mitigation"]')).toHaveCount(0);
    const unmitigated = board.scenarioCard(winBack);
    await expect(unmitigated.getByText("Risk", { exact: true })).toBeVisible();
    await expect(unmitigated.locator('[data-warning="risk-without-mitigation"]')).toContainText(
      "1 risk has no mitigation",
    );
    await expect(unmitigated.locator('[data-warning="unmitigated-high-risk"]')).toBeVisible();
  }
  // Observers read the risks but every control is off.
  const oliveCard = boards.olive.scenarioCard(winBack);
  await expect(oliveCard.getByRole("button", { name: `Add risk to ${winBack}` })).toBeDisabled();
  await expect(oliveCard.getByLabel("Mitigation or failsafe")).toBeDisabled();
  await expect(oliveCard.getByLabel("Risk category")).toBeDisabled();

  await boards.fran.expectNoSeriousAxeViolations();
  await boards.olive.expectNoSeriousAxeViolations();
});
