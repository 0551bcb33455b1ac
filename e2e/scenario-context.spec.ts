import type { Page } from "@playwright/test";
import * as Y from "yjs";
import { collectionMap, metaMap } from "@/lib/documents/layout";
import { SCHEMA_VERSION_KEY } from "@/lib/documents/migrations";
import { readBoard } from "@/lib/documents/read-board";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
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
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { readDoc, seedDoc, workshopIdOf } from "./support/seed-board";

async function openStep(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Workshop steps" })
    .getByRole("button", { name: title })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(title) })).toBeVisible();
}

async function connected(page: Page) {
  await expect(page.getByTestId("live-status").getByText("Connected")).toBeVisible();
}

test("step 3: kind and origin apart, an old kind migrated, identity resolution typed live", async ({
  actor,
}) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  await createWorkshop(fran.page, `Data context ${uniqueSuffix()}`);
  const workshopId = workshopIdOf(fran.page);
  const link = await inviteLink(fran.page, "participant");
  // A board written before schema 3: its source's origin sits in `kind`.
  await seedDoc(fran.page, {
    workshopId,
    change: (doc) => {
      metaMap(doc).set(SCHEMA_VERSION_KEY, 2);
      const source = new Y.Map<unknown>();
      collectionMap(doc, "dataSources").set("legacy", source);
      source.set("name", new Y.Text("Purchase panel"));
      source.set("kind", "third-party");
      source.set("order", "V");
    },
  });

  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  for (const person of [fran, dana]) {
    await connected(person.page);
    await openStep(person.page, "Data & tech context");
  }

  const legacy = dana.page.getByRole("listitem", { name: "Data source: Purchase panel" });
  await expect(legacy.getByLabel("Kind")).toHaveValue("transactional");
  await expect(legacy.getByLabel("Origin")).toHaveValue("third-party");
  // The editors' clients migrated the stored record, not only its reading.
  await expect
    .poll(() =>
      readDoc(fran.page, {
        workshopId,
        read: (doc) => {
          const stored = collectionMap(doc, "dataSources").get("legacy") as Y.Map<unknown>;
          return [metaMap(doc).get(SCHEMA_VERSION_KEY), stored.get("kind"), stored.get("origin")];
        },
      }),
    )
    .toEqual([3, "transactional", "third-party"]);

  await dana.page.getByRole("button", { name: "Add a data source" }).click();
  const card = dana.page.getByRole("listitem", { name: "Data source: Untitled data source" });
  await card.getByLabel("Name").fill("App events");
  const named = dana.page.getByRole("listitem", { name: "Data source: App events" });
  await named.getByLabel("Kind").selectOption({ label: "Engagement" });
  await named.getByLabel("Origin").selectOption("second-party");
  await expect(named.getByText(/opens, clicks/)).toBeVisible();

  const seen = fran.page.getByRole("listitem", { name: "Data source: App events" });
  await expect(seen.getByLabel("Kind")).toHaveValue("engagement");
  await expect(seen.getByLabel("Origin")).toHaveValue("second-party");

  // Identity resolution: Fran picks the status while Dana is typing the note.
  const note = dana.page.getByLabel("Notes on identity");
  await note.click();
  await dana.page.keyboard.type("Web and app share a login");
  await fran.page.getByLabel("How profiles are joined").selectOption("deterministic");
  await dana.page.keyboard.type("; email matched by address");
  await expect(note).toBeFocused();
  const full = "Web and app share a login; email matched by address";
  await expect(fran.page.getByLabel("Notes on identity")).toHaveValue(full);
  await expect(dana.page.getByLabel("How profiles are joined")).toHaveValue("deterministic");

  await dana.page.reload();
  await connected(dana.page);
  await openStep(dana.page, "Data & tech context");
  await expect(dana.page.getByLabel("Notes on identity")).toHaveValue(full);
  expect(
    await readDoc(fran.page, { workshopId, read: (doc) => readBoard(doc).identityResolution }),
  ).toEqual({ status: "deterministic", note: full });
  await expectNoSeriousA11yViolations(dana.page);
});

test("step 4: channel, technique and trigger in a note's details; missing data warns", async ({
  actor,
}) => {
  const ana = await actor("Ana Facilitator");
  await signUp(ana.page, ana.name);
  await createWorkshop(ana.page, `Scenario details ${uniqueSuffix()}`);
  const workshopId = workshopIdOf(ana.page);
  const link = await inviteLink(ana.page, "participant");
  const idea = "Basket reminder";
  await seedDoc(ana.page, {
    workshopId,
    change: (doc, { userId }) => {
      addSegment(doc, { id: "returning", name: "Returning shoppers", lifecycleStage: "active" });
      addScenario(doc, { id: "basket", segmentId: "returning", text: idea, authorId: userId });
    },
  });
  const bo = await actor("Bo Builder");
  await joinAsGuest(bo.page, link, bo.name, "Engineering");
  const phone = await actor("Pia Phone", PHONE);
  await joinAsGuest(phone.page, link, phone.name, "Marketing");
  for (const person of [ana, bo, phone]) {
    await connected(person.page);
    await openStep(person.page, "Segments & scenarios");
  }
  await expect(bo.page.getByTestId("spectrum-hint")).toContainText("Segment");

  // Bo types the trigger slowly; halfway, Ana sets the same note's channel and technique.
  await bo.page.getByRole("button", { name: `Details of ${idea}` }).click();
  const trigger = bo.page.getByLabel("Trigger");
  await trigger.click();
  await bo.page.keyboard.type("Second visit");
  await ana.page.getByRole("button", { name: `Details of ${idea}` }).click();
  await ana.page.getByLabel("Channel").selectOption("email");
  await ana.page.getByLabel("Technique").selectOption("rule-based");
  await expect(bo.page.getByLabel("Channel")).toHaveValue("email");
  await bo.page.keyboard.type(" within a week");
  await expect(trigger).toBeFocused();
  await expect(trigger).toHaveValue("Second visit within a week");
  await bo.page.keyboard.press("Escape");
  await expect(bo.page.getByLabel("Trigger")).toHaveCount(0);

  const plan = "Email · Rule-based · when Second visit within a week";
  for (const person of [ana, bo, phone]) {
    await expect(person.page.getByTestId("scenario-plan")).toHaveText(plan);
  }

  // Ana notes data step 3 does not list: every screen warns, in words.
  await ana.page.getByLabel("Needs data we don't list yet").fill("Basket contents");
  await ana.page.keyboard.press("Escape");
  const warning = "Needs data step 3 does not list: Basket contents.";
  await expect(bo.page.locator('[data-warning="missing-data"]')).toHaveText(warning);

  await bo.page.reload();
  await connected(bo.page);
  await openStep(bo.page, "Segments & scenarios");
  await expect(bo.page.getByTestId("scenario-plan")).toHaveText(plan);
  await expect(bo.page.locator('[data-warning="missing-data"]')).toHaveText(warning);

  // On the phone the popover fits the screen and the page never scrolls sideways.
  await expect(phone.page.locator('[data-warning="missing-data"]')).toHaveText(warning);
  await phone.page.getByRole("button", { name: `Details of ${idea}` }).tap();
  const dialog = phone.page.getByRole("dialog", { name: /would run/ });
  await expect(dialog.getByLabel("Trigger")).toHaveValue("Second visit within a week");
  const box = await dialog.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    390,
  );
  await expectNoSeriousA11yViolations(phone.page);

  const stored = await readDoc(ana.page, {
    workshopId,
    read: (doc) => readBoard(doc).scenarios.find((s) => s.id === "basket"),
  });
  expect(stored).toMatchObject({
    channel: "email",
    technique: "rule-based",
    trigger: "Second visit within a week",
    missingData: "Basket contents",
  });
});

test("step 4 suggests segments by lifecycle stage and warns when there are many", async ({
  actor,
}) => {
  const ana = await actor("Ana Facilitator");
  await signUp(ana.page, ana.name);
  await createWorkshop(ana.page, `Segment ideas ${uniqueSuffix()}`);
  await connected(ana.page);
  await openStep(ana.page, "Segments & scenarios");
  const suggestions = ana.page.getByRole("list", { name: "Suggested segments" });
  await suggestions.getByRole("button", { name: /Add suggested segment Cart abandoners/ }).click();
  await expect(ana.page.getByRole("region", { name: "Segment Cart abandoners" })).toBeVisible();
  await expect(
    suggestions.getByRole("button", { name: /Add suggested segment Cart abandoners/ }),
  ).toHaveCount(0);
  for (const name of [
    "New visitors",
    "High-value customers",
    "At-risk customers",
    "Lapsed customers",
  ]) {
    await suggestions
      .getByRole("button", { name: new RegExp(`Add suggested segment ${name}`) })
      .click();
    await expect(ana.page.getByRole("region", { name: `Segment ${name}` })).toBeVisible();
  }
  await expect(ana.page.getByText(/5 segments: a few high-value ones beat many/)).toBeVisible();
  await expect(
    ana.page
      .getByRole("region", { name: "Segment High-value customers" })
      .getByLabel("Lifecycle stage"),
  ).toHaveValue("loyal");
});
