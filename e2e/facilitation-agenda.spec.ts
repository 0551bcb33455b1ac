import type { Page } from "@playwright/test";
import {
  createWorkshop,
  expect,
  inviteLink,
  joinAsGuest,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";
import { holdsFor } from "./support/holds";

function stepHeading(page: Page) {
  return page.getByRole("heading", { level: 2, name: /^Step \d/ });
}

test("the facilitator moves the group through the steps and can lock the boards", async ({
  actor,
}) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Agenda ${uniqueSuffix()}`);
  const link = await inviteLink(facilitator.page, "participant");

  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  await expect(stepHeading(dana.page)).toHaveText(/Step 1 · Team/);

  const agenda = facilitator.page.getByRole("toolbar", { name: "Facilitation" });
  const rail = dana.page.getByRole("navigation", { name: "Workshop steps" });
  // Planned against actual minutes, per step, for everyone.
  await expect(rail.getByRole("button", { name: /Team/ })).toContainText("0 of 10 min");
  await agenda.getByRole("button", { name: "Next step" }).click();
  await expect(stepHeading(facilitator.page)).toHaveText(/Step 2 · Objective/);
  await expect(stepHeading(dana.page)).toHaveText(/Step 2 · Objective/);

  // A participant can look elsewhere, and is shown the way back.
  await dana.page
    .getByRole("navigation", { name: "Workshop steps" })
    .getByRole("button", { name: "Data & tech context" })
    .click();
  await expect(stepHeading(dana.page)).toHaveText(/Step 3/);
  await expect(dana.page.getByText("The group is on step 2: Objective.")).toBeVisible();
  await dana.page.getByRole("button", { name: "Go to step 2" }).click();
  await expect(stepHeading(dana.page)).toHaveText(/Step 2 · Objective/);

  // Someone who joins late lands where the group is.
  await agenda.getByRole("button", { name: "Next step" }).click();
  const late = await actor("Lee Late");
  await joinAsGuest(late.page, link, late.name, "Legal / compliance");
  await expect(stepHeading(late.page)).toHaveText(/Step 3 · Data & tech context/);
  await expect(
    late.page
      .getByRole("navigation", { name: "Workshop steps" })
      .getByRole("button", { name: /Data & tech context.*Now/ }),
  ).toBeVisible();

  await agenda.getByRole("button", { name: "Previous step" }).click();
  await expect(stepHeading(dana.page)).toHaveText(/Step 2 · Objective/);
  await expect(dana.page.getByLabel("Workshop objective")).toBeEnabled();
  await agenda.getByRole("button", { name: "Lock boards" }).click();
  await expect(agenda.getByRole("button", { name: "Lock boards" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(dana.page.getByText("The facilitator has locked the boards.")).toBeVisible();
  await expect(dana.page.getByLabel("Workshop objective")).toBeDisabled();
  await expect(facilitator.page.getByLabel("Workshop objective")).toBeDisabled();

  await agenda.getByRole("button", { name: "Lock boards" }).click();
  await expect(dana.page.getByLabel("Workshop objective")).toBeEnabled();
  await dana.page.getByLabel("Workshop objective").fill("Agree the top five ideas");
  await expect(facilitator.page.getByLabel("Workshop objective")).toHaveValue(
    "Agree the top five ideas",
  );

  // Only facilitators get the controls.
  await expect(dana.page.getByRole("toolbar", { name: "Facilitation" })).toHaveCount(0);
});

test("the step timer shows the same time everywhere and survives a refresh", async ({ actor }) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Timer ${uniqueSuffix()}`);
  const link = await inviteLink(facilitator.page, "participant");
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");

  const timer = (page: Page) => page.getByRole("timer", { name: "Time left for Team" });
  await expect(timer(dana.page)).toHaveText("10:00");
  await facilitator.page.getByRole("button", { name: "Start timer" }).click();
  await facilitator.page.getByRole("button", { name: "+1 minute" }).click();
  await expect(timer(dana.page)).toHaveText(/^10:5\d$/);

  const seconds = async (page: Page) => {
    const [minutes = "0", secs = "0"] = (await timer(page).innerText()).split(":");
    return Number(minutes) * 60 + Number(secs);
  };
  const [a, b] = await Promise.all([seconds(facilitator.page), seconds(dana.page)]);
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1);

  await dana.page.reload();
  await expect(timer(dana.page)).toHaveText(/^10:[45]\d$/);
  await expect(dana.page.getByRole("group", { name: "Timer controls" })).toHaveCount(0);

  await facilitator.page.getByRole("button", { name: "Pause timer" }).click();
  await expect(dana.page.getByText("Paused")).toBeVisible();
  const paused = await seconds(dana.page);
  await holdsFor(1_500, async () => expect(await seconds(dana.page)).toBe(paused));
});

test("the timer agrees between laptops whose clocks disagree", async ({ actor }) => {
  const facilitator = await actor("Fran Facilitator");
  // The facilitator's laptop runs three minutes fast; the server and Dana's are right.
  await facilitator.page.context().clock.install({ time: Date.now() + 180_000 });
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Skewed timer ${uniqueSuffix()}`);
  const skew = (await facilitator.page.evaluate(() => Date.now())) - Date.now();
  expect(skew).toBeGreaterThan(170_000);
  const link = await inviteLink(facilitator.page, "participant");
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");

  const timer = (page: Page) => page.getByRole("timer", { name: "Time left for Team" });
  await expect(timer(dana.page)).toHaveText("10:00");
  await facilitator.page.getByRole("button", { name: "Start timer" }).click();
  // Read on each device's own clock, the facilitator's end time would show 13 minutes to Dana.
  await expect(timer(dana.page)).toHaveText(/^(10:00|09:[45]\d)$/);
  await expect(timer(facilitator.page)).toHaveText(/^(10:00|09:[45]\d)$/);
});

test("participants mark a step done or raise a hand, and the facilitator sees who", async ({
  actor,
}) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Ready ${uniqueSuffix()}`);
  const link = await inviteLink(facilitator.page, "participant");
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  const lee = await actor("Lee Legal");
  await joinAsGuest(lee.page, link, lee.name, "Legal / compliance");

  const check = facilitator.page.getByRole("region", { name: "Ready check" });
  await expect(check).toContainText("Done with step 1: 0 of 2");
  await dana.page.getByRole("button", { name: "I am done with step 1" }).click();
  await expect(dana.page.getByRole("button", { name: "I am done with step 1" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(check).toContainText("Done with step 1: 1 of 2 (Dana Data)");
  await lee.page.getByRole("button", { name: "Raise hand" }).click();
  await expect(check).toContainText("Hands raised: 1 (Lee Legal)");

  // Moving on starts a fresh count for the next step.
  await facilitator.page.getByRole("button", { name: "Next step" }).click();
  await expect(check).toContainText("Done with step 2: 0 of 2");
});
