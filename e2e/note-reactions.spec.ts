import { setAnonymousMode, setCurrentStep } from "@/lib/documents/control";
import { REACTIONS_MAP } from "@/lib/documents/reaction-keys";
import { setReaction } from "@/lib/documents/reactions";
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
import { holdsFor } from "./support/holds";
import { openDocAs, readDoc, seedDoc, signedInUserId, workshopIdOf } from "./support/seed-board";

const IDEA = "Refill reminder";
const OTHER = "Welcome banner";

test("+1 and ? on notes: counted in words for everyone, kept over a reload, nameless when anonymous", async ({
  actor,
}) => {
  const ana = await actor("Ana Facilitator");
  await signUp(ana.page, ana.name);
  const path = await createWorkshop(ana.page, `Reactions ${uniqueSuffix()}`);
  const workshopId = workshopIdOf(ana.page);
  const link = await inviteLink(ana.page, "participant");
  await seedDoc(ana.page, {
    workshopId,
    change: (doc, { userId }) => {
      addSegment(doc, { id: "returning", name: "Returning shoppers" });
      addScenario(doc, { id: "refill", segmentId: "returning", text: IDEA, authorId: userId });
      addScenario(doc, { id: "welcome", segmentId: "returning", text: OTHER, authorId: userId });
    },
  });
  await seedDoc(ana.page, {
    workshopId,
    docName: "control",
    change: (doc) => setCurrentStep(doc, { step: "scenarios" }),
  });
  await ana.page.goto(`${path}?step=scenarios`);
  const bo = await actor("Bo Builder");
  await joinAsGuest(bo.page, link, bo.name, "Engineering");
  const pia = await actor("Pia Phone", PHONE);
  await joinAsGuest(pia.page, link, pia.name, "Marketing");
  const boId = await signedInUserId(bo.page);

  const plusOne = (page: typeof ana.page, idea: string) =>
    page.getByRole("group", { name: `Reactions to ${idea}` }).locator('[data-reaction="plus-one"]');
  const question = (page: typeof ana.page, idea: string) =>
    page.getByRole("group", { name: `Reactions to ${idea}` }).locator('[data-reaction="question"]');

  // Bo is typing in the other note while Ana and Pia react to the first.
  const otherText = bo.page.getByLabel("Scenario text").nth(1);
  await otherText.click();
  await bo.page.keyboard.press("End");
  await bo.page.keyboard.type(" for first");
  await plusOne(ana.page, IDEA).click();
  await plusOne(pia.page, IDEA).tap();
  await question(pia.page, IDEA).tap();
  await bo.page.keyboard.type(" visits");
  await expect(otherText).toBeFocused();
  await expect(otherText).toHaveValue(`${OTHER} for first visits`);

  await expect(plusOne(bo.page, IDEA)).toHaveAccessibleName(`+1 on ${IDEA}: 2 × +1`);
  await expect(question(bo.page, IDEA)).toHaveAccessibleName(`Question on ${IDEA}: 1 question`);
  await expect(plusOne(ana.page, IDEA)).toHaveAttribute("aria-pressed", "true");
  await expect(plusOne(ana.page, IDEA)).toHaveAccessibleName(
    `+1 on ${IDEA}: 2 × +1, including yours`,
  );
  await expect(plusOne(bo.page, IDEA)).toHaveText("+12");

  // Pia takes her ? back; Bo's reload keeps the rest.
  await question(pia.page, IDEA).tap();
  await bo.page.reload();
  await expect(question(bo.page, IDEA)).toHaveAccessibleName(`Question on ${IDEA}: 0 questions`);
  await expect(plusOne(bo.page, IDEA)).toHaveAccessibleName(`+1 on ${IDEA}: 2 × +1`);
  await expectNoSeriousA11yViolations(pia.page);

  // Step 5 shows the same reactions on the idea's card.
  await bo.page
    .getByRole("navigation", { name: "Workshop steps" })
    .getByRole("button", { name: "Persofails" })
    .click();
  await expect(plusOne(bo.page, IDEA)).toHaveAccessibleName(`+1 on ${IDEA}: 2 × +1`);
  await plusOne(bo.page, IDEA).click();
  await expect(plusOne(ana.page, IDEA)).toHaveAccessibleName(
    `+1 on ${IDEA}: 3 × +1, including yours`,
  );
  expect(
    await readDoc(ana.page, { workshopId, read: (doc) => [...doc.getMap(REACTIONS_MAP).keys()] }),
  ).toContain(`plus-one/${boId}/refill`);

  // Anonymous mode: Bo's next reaction counts but his key names nobody.
  await seedDoc(ana.page, {
    workshopId,
    docName: "control",
    change: (doc) => setAnonymousMode(doc, { anonymous: true }),
  });
  await expect(bo.page.getByText("Anonymous: names are not recorded").first()).toBeVisible();
  const edited = `${OTHER} for first visits`;
  await question(bo.page, edited).click();
  await expect(question(ana.page, edited)).toHaveAccessibleName(
    `Question on ${edited}: 1 question`,
  );
  await expect(bo.page.getByText("your last change was not saved")).toHaveCount(0);
  const keys = await readDoc(ana.page, {
    workshopId,
    read: (doc) => [...doc.getMap(REACTIONS_MAP).keys()].filter((key) => key.endsWith("/welcome")),
  });
  expect(keys).toHaveLength(1);
  expect(keys[0]).not.toContain(boId);
});

test("the server refuses a reaction written for someone else", async ({ actor }) => {
  const ana = await actor("Ana Facilitator");
  await signUp(ana.page, ana.name);
  await createWorkshop(ana.page, `Forged reaction ${uniqueSuffix()}`);
  const workshopId = workshopIdOf(ana.page);
  const link = await inviteLink(ana.page, "participant");
  await seedDoc(ana.page, {
    workshopId,
    change: (doc, { userId }) => {
      addSegment(doc, { id: "returning", name: "Returning shoppers" });
      addScenario(doc, { id: "refill", segmentId: "returning", text: IDEA, authorId: userId });
    },
  });
  const anaId = await signedInUserId(ana.page);
  const bo = await actor("Bo Builder");
  await joinAsGuest(bo.page, link, bo.name, "Engineering");
  const boId = await signedInUserId(bo.page);

  // Bo's socket writes a +1 under Ana's name: refused, never stored, never relayed.
  const forger = await openDocAs(bo.page, { workshopId });
  try {
    setReaction(forger.doc, { reaction: "plus-one", personId: anaId, noteId: "refill", on: true });
    // His own reaction, from a fresh connection, is accepted: the server judged both by then.
    await seedDoc(bo.page, {
      workshopId,
      change: (doc) =>
        setReaction(doc, { reaction: "question", personId: boId, noteId: "refill", on: true }),
    });
    const storedKeys = () =>
      readDoc(ana.page, { workshopId, read: (doc) => [...doc.getMap(REACTIONS_MAP).keys()] });
    await expect.poll(storedKeys).toContain(`question/${boId}/refill`);
    await holdsFor(1000, async () => {
      expect(await storedKeys()).not.toContain(`plus-one/${anaId}/refill`);
    });
  } finally {
    forger.close();
  }
  await ana.page.goto(`${new URL(ana.page.url()).pathname}?step=scenarios`);
  await expect(
    ana.page
      .getByRole("group", { name: `Reactions to ${IDEA}` })
      .locator('[data-reaction="plus-one"]'),
  ).toHaveAccessibleName(`+1 on ${IDEA}: 0 × +1`);
});
