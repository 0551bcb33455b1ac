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
import { expectNoSeriousA11yViolations } from "./support/a11y";

async function openStep(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Workshop steps" })
    .getByRole("button", { name: title })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(title) })).toBeVisible();
}

test("the objective and the data context are written together, live", async ({ actor }) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Objective ${uniqueSuffix()}`);
  const participantLink = await inviteLink(facilitator.page, "participant");
  const observerLink = await inviteLink(facilitator.page, "observer");

  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, participantLink, dana.name, "Data science");
  const sam = await actor("Sam Stakeholder");
  await joinAsGuest(sam.page, observerLink, sam.name, "Marketing");

  for (const person of [facilitator, dana, sam]) await openStep(person.page, "Objective");

  await facilitator.page
    .getByLabel("Workshop objective")
    .fill("Pick the five ideas worth building first");
  await expect(dana.page.getByLabel("Workshop objective")).toHaveValue(
    "Pick the five ideas worth building first",
  );
  await expect(sam.page.getByLabel("Workshop objective")).toBeDisabled();

  // A change made by one person shows up for the others within a second.
  await dana.page.getByLabel("New business goal or KPI").fill("Repeat purchase rate");
  await dana.page.getByRole("button", { name: "Add goal" }).click();
  await expect(
    facilitator.page.getByRole("list", { name: "Business goals and KPIs" }).getByRole("textbox"),
  ).toHaveValue("Repeat purchase rate", { timeout: 1000 });
  await expect(sam.page.getByRole("button", { name: "Add goal" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(facilitator.page);

  for (const person of [facilitator, dana, sam]) await openStep(person.page, "Data & tech context");
  await dana.page.getByRole("button", { name: "Add a data source" }).click();
  const card = dana.page.getByRole("listitem", { name: /Data source/ });
  await card.getByLabel("Name").fill("Order history");
  await card.getByLabel("Kind").selectOption({ label: "Transactional" });
  await card.getByLabel(/Sensitive/).check();

  const seen = facilitator.page.getByRole("listitem", { name: "Data source: Order history" });
  await expect(seen.getByLabel("Kind")).toHaveValue("transactional");
  await expect(seen.getByText("Sensitive", { exact: true })).toBeVisible();
  await expect(seen.getByText("No legal basis recorded")).toBeVisible();
  await expect(
    sam.page.getByRole("listitem", { name: "Data source: Order history" }).getByLabel("Name"),
  ).toBeDisabled();
  await expectNoSeriousA11yViolations(sam.page);
});

test("edits made offline are kept and merge when the connection returns", async ({ actor }) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Offline ${uniqueSuffix()}`);
  const link = await inviteLink(facilitator.page, "participant");
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  for (const person of [facilitator, dana]) await openStep(person.page, "Objective");
  await expect(dana.page.getByTestId("live-status").getByText("Connected")).toBeVisible();

  await dana.page.context().setOffline(true);
  await dana.page.getByLabel("New business goal or KPI").fill("Churn within 60 days");
  await dana.page.getByRole("button", { name: "Add goal" }).click();
  await facilitator.page.getByLabel("New business goal or KPI").fill("Average order value");
  await facilitator.page.getByRole("button", { name: "Add goal" }).click();
  await expect(dana.page.getByTestId("live-status")).toContainText("Offline");

  await dana.page.context().setOffline(false);
  for (const person of [facilitator, dana]) {
    const goals = person.page
      .getByRole("list", { name: "Business goals and KPIs" })
      .getByRole("textbox");
    await expect(goals).toHaveCount(2, { timeout: 15_000 });
    await expect
      .poll(async () =>
        (await goals.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).sort(),
      )
      .toEqual(["Average order value", "Churn within 60 days"]);
  }

  // The edit survives a refresh: it is on the server, not only in the page.
  await dana.page.reload();
  await openStep(dana.page, "Objective");
  await expect(
    dana.page.getByRole("list", { name: "Business goals and KPIs" }).getByRole("textbox"),
  ).toHaveCount(2);
});

test("undo takes back only your own change, never someone else's", async ({ actor }) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Undo ${uniqueSuffix()}`);
  const link = await inviteLink(facilitator.page, "participant");
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  for (const person of [facilitator, dana]) await openStep(person.page, "Objective");

  const goals = (page: Page) =>
    page.getByRole("list", { name: "Business goals and KPIs" }).getByRole("textbox");
  await dana.page.getByLabel("New business goal or KPI").fill("Email click-through");
  await dana.page.getByRole("button", { name: "Add goal" }).click();
  await expect(goals(facilitator.page)).toHaveCount(1);
  await facilitator.page.getByLabel("New business goal or KPI").fill("Net promoter score");
  await facilitator.page.getByRole("button", { name: "Add goal" }).click();
  await expect(goals(dana.page)).toHaveCount(2);

  await dana.page.getByRole("button", { name: "Undo", exact: true }).click();
  for (const person of [facilitator, dana]) {
    await expect(goals(person.page)).toHaveCount(1);
    await expect(goals(person.page)).toHaveValue("Net promoter score");
  }
  await dana.page.keyboard.press("Control+Shift+Z");
  await expect(goals(facilitator.page)).toHaveCount(2);
});
