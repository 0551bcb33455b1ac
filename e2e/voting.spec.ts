import type { Locator, Page } from "@playwright/test";
import { BLIND_PLACEMENTS_MAP } from "@/lib/documents/blind-placement";
import { setCurrentStep } from "@/lib/documents/control";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import type { StepId } from "@/lib/documents/steps";
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

const RECOMMEND = "Recommend products from past orders";
const WELCOME = "Welcome back returning visitors by name";
const BUNDLE = "Suggest bundles to first-time buyers";

/** A workshop with three scenarios, the group already on `step`. */
async function seedWorkshop(page: Page, step: StepId): Promise<string> {
  const workshopId = workshopIdOf(page);
  await seedDoc(page, {
    workshopId,
    change: (doc, { userId }) => {
      addSegment(doc, { id: "returning", name: "Returning shoppers" });
      addSegment(doc, { id: "first-time", name: "First-time buyers" });
      addScenario(doc, {
        id: "recommend",
        segmentId: "returning",
        text: RECOMMEND,
        authorId: userId,
      });
      addScenario(doc, { id: "welcome", segmentId: "returning", text: WELCOME, authorId: userId });
      addScenario(doc, { id: "bundle", segmentId: "first-time", text: BUNDLE, authorId: userId });
    },
  });
  await seedDoc(page, {
    workshopId,
    docName: "control",
    change: (doc) => {
      setCurrentStep(doc, { step });
    },
  });
  return workshopId;
}

const IDS: Record<string, string> = {
  [RECOMMEND]: "recommend",
  [WELCOME]: "welcome",
  [BUNDLE]: "bundle",
};

/** The scenario note on step 4 that holds `text` (the text itself sits in a textarea). */
function note(page: Page, text: string): Locator {
  return page.locator(`[data-testid="scenario-note"][data-scenario-id="${IDS[text] ?? ""}"]`);
}

test("dot voting: hidden until closed, every concurrent vote counted", async ({ actor }) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Voting ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  await seedWorkshop(fran.page, "scenarios");
  await fran.page.goto(`${path}?step=scenarios`);

  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  const pat = await actor("Pat Product");
  await joinAsGuest(pat.page, link, pat.name, "Product");
  for (const page of [fran.page, dana.page, pat.page]) {
    await expect(note(page, RECOMMEND)).toBeVisible();
  }

  const settings = fran.page.getByRole("form", { name: "Open a vote" });
  await settings.getByLabel("Votes per person").fill("2");
  await settings.getByLabel("Max votes per idea").fill("2");
  await expect(settings.getByLabel("Hide results until closed")).toBeChecked();
  await settings.getByRole("button", { name: "Open vote" }).click();
  await expect(dana.page.getByTestId("vote-status")).toContainText("you have 2 of 2 votes left");
  await expect(pat.page.getByTestId("vote-status")).toContainText("you have 2 of 2 votes left");

  // Both participants vote at the same moment, twice each.
  const voteFor = (page: Page, text: string) =>
    page.getByRole("button", { name: `Vote for ${text}` }).click();
  await Promise.all([voteFor(dana.page, RECOMMEND), voteFor(pat.page, RECOMMEND)]);
  await Promise.all([voteFor(dana.page, RECOMMEND), voteFor(pat.page, BUNDLE)]);

  await expect(dana.page.getByTestId("vote-status")).toContainText("you have 0 of 2 votes left");
  await expect(note(dana.page, RECOMMEND).getByTestId("my-votes")).toHaveText("Yours: 2");
  await expect(dana.page.getByRole("button", { name: `Vote for ${BUNDLE}` })).toBeDisabled();
  await expect(note(pat.page, RECOMMEND).getByTestId("my-votes")).toHaveText("Yours: 1");
  // While hidden, nobody sees the group's counts, only their own dots.
  for (const page of [fran.page, dana.page, pat.page]) {
    await expect(page.getByTestId("vote-count")).toHaveCount(0);
  }
  await expect(note(fran.page, RECOMMEND).getByTestId("my-votes")).toHaveText("Yours: 0");

  await fran.page.getByRole("button", { name: "Close vote and show results" }).click();
  for (const page of [fran.page, dana.page, pat.page]) {
    await expect(page.getByTestId("vote-status")).toContainText("Voting is closed: 2 people voted");
    await expect(note(page, RECOMMEND).getByTestId("vote-count")).toHaveText("3 votes");
    await expect(note(page, BUNDLE).getByTestId("vote-count")).toHaveText("1 vote");
    await expect(note(page, WELCOME).getByTestId("vote-count")).toHaveText("0 votes");
    const ranked = page.getByRole("list", { name: "Ideas by votes, most first" });
    await expect(ranked.getByTestId("vote-result")).toHaveText([
      /Recommend products.*3 votes/,
      /Suggest bundles.*1 vote/,
      /Welcome back.*0 votes/,
    ]);
  }
  await expect(dana.page.getByRole("button", { name: `Vote for ${RECOMMEND}` })).toHaveCount(0);
  await expectNoSeriousA11yViolations(dana.page);
  await expectNoSeriousA11yViolations(fran.page);
});

test("blind placement: private until reveal, then the spread by function", async ({ actor }) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Blind ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  const workshopId = await seedWorkshop(fran.page, "prioritize");
  await fran.page.goto(`${path}?step=prioritize`);

  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Engineering");
  const lee = await actor("Lee Legal");
  await joinAsGuest(lee.page, link, lee.name, "Legal / compliance");

  await fran.page.getByRole("button", { name: "Start blind placement" }).click();
  const place = async (page: Page, text: string, value: string, feasibility: string) => {
    await page.getByLabel(`Business value for ${text}`).fill(value);
    await page.getByLabel(`Feasibility for ${text}`).fill(feasibility);
  };
  await place(dana.page, RECOMMEND, "90", "80");
  await place(dana.page, BUNDLE, "50", "50");
  await place(lee.page, RECOMMEND, "10", "20");
  await place(lee.page, BUNDLE, "60", "50");
  await expect(dana.page.getByTestId("blind-idea").filter({ hasText: RECOMMEND })).toContainText(
    "Placed: value 90%, feasibility 80%",
  );

  // Before the reveal nothing leaves the browsers: not on screen, not in the shared doc.
  await expect(lee.page.getByTestId("revealed-placement")).toHaveCount(0);
  await expect(fran.page.getByTestId("revealed-placement")).toHaveCount(0);
  let published = -1;
  await seedDoc(fran.page, {
    workshopId,
    change: (doc) => {
      published = doc.getMap(BLIND_PLACEMENTS_MAP).size;
    },
  });
  expect(published).toBe(0);

  await fran.page.getByRole("button", { name: "Reveal placements" }).click();
  for (const page of [fran.page, dana.page, lee.page]) {
    const items = page.getByTestId("spread-item");
    await expect(items).toHaveCount(2);
    // The widest disagreement comes first.
    await expect(items.first()).toContainText(RECOMMEND);
    await expect(items.first().getByTestId("spread")).toHaveText(/Spread \d+% \(wide\)/);
    await expect(items.nth(1).getByTestId("spread")).toHaveText(/\(narrow\)/);
    await expect(items.first().getByTestId("revealed-placement")).toHaveText([
      /Engineering · Dana Data: value 90%, feasibility 80%|Legal \/ compliance · Lee Legal: value 10%, feasibility 20%/,
      /Engineering · Dana Data: value 90%, feasibility 80%|Legal \/ compliance · Lee Legal: value 10%, feasibility 20%/,
    ]);
  }
  await expect(lee.page.getByTestId("spread-item").first()).toContainText(
    "Engineering · Dana Data",
  );
  await expect(lee.page.getByTestId("spread-item").first()).toContainText(
    "Legal / compliance · Lee Legal",
  );
  await expectNoSeriousA11yViolations(lee.page);

  // The facilitator commits the consensus: the average goes onto the shared matrix.
  await fran.page.getByRole("button", { name: `Place ${RECOMMEND} at the average` }).click();
  // The chip, not its full-text detail, which repeats the text.
  await expect(
    dana.page.getByTestId("matrix").getByRole("button", { name: new RegExp(`^${RECOMMEND}`) }),
  ).toBeVisible();
});
