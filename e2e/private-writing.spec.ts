import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { setCurrentStep } from "@/lib/documents/control";
import { readPrivateNotes, setPrivateWriting } from "@/lib/documents/private-notes";
import { addSegment } from "@/lib/documents/segments";
import { privateDocName } from "@/lib/realtime/protocol";
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
import { readDoc, seedDoc, signedInUserId, workshopIdOf } from "./support/seed-board";

/** Every text frame and binary frame (decoded leniently) this page receives over websockets. */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on("websocket", (socket) => {
    socket.on("framereceived", ({ payload }) => {
      frames.push(typeof payload === "string" ? payload : payload.toString("utf8"));
    });
  });
  return frames;
}

async function openScenarios(page: Page, path: string): Promise<void> {
  await page.goto(`${path}?step=scenarios`);
  await expect(page.getByTestId("live-status").getByText("Connected")).toBeVisible();
}

test("private notes stay with their author until the reveal; follow-me and hand-over", async ({
  actor,
}) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Private ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  const ann = await actor("Ann Author");
  const bob = await actor("Bob Bystander");
  const bobFrames = recordFrames(bob.page);
  const franFrames = recordFrames(fran.page);
  await joinAsGuest(ann.page, link, ann.name, "Marketing");
  await joinAsGuest(bob.page, link, bob.name, "Engineering");

  const segment = "Loyal buyers";
  await seedDoc(fran.page, {
    workshopId: workshopIdOf(fran.page),
    change: (doc) => void addSegment(doc, { name: segment }),
  });
  // The group is on step 4 too: the room's status area shows "the group is elsewhere" before
  // a follow notice.
  await seedDoc(fran.page, {
    workshopId: workshopIdOf(fran.page),
    docName: "control",
    change: (doc) => void setCurrentStep(doc, { step: "scenarios" }),
  });
  for (const page of [fran.page, ann.page, bob.page]) await openScenarios(page, path);

  // The facilitator switches private writing on; Ann's new note goes to her private area.
  const privateWriting = fran.page.getByRole("group", { name: "Private writing" });
  await privateWriting.getByRole("button", { name: "Write privately" }).click();
  const annArea = ann.page.getByRole("region", { name: "Your private notes" });
  await expect(annArea).toContainText("Only you can see these until the facilitator reveals them.");
  await ann.page
    .getByRole("region", { name: `Segment ${segment}` })
    .getByRole("button", { name: `Add scenario to ${segment}` })
    .click();
  const secret = `Birthday offer ${uniqueSuffix()}`;
  const field = annArea.getByLabel(`Private scenario for ${segment}`);
  await field.fill(secret);
  await field.press("Enter");
  await expect(field).toHaveValue(secret);
  await expect(ann.page.getByTestId("scenario-note")).toHaveCount(0);

  const axe = await new AxeBuilder({ page: ann.page })
    .include("[data-testid=private-notes]")
    .analyze();
  expect(axe.violations).toEqual([]);

  // Give a leak time to arrive, looking everywhere on Bob's and Fran's side all the while.
  await holdsFor(1_000, async () => {
    for (const other of [bob.page, fran.page]) {
      expect(await other.getByTestId("scenario-note").count()).toBe(0);
      expect(
        await other.evaluate((text) => document.documentElement.outerHTML.includes(text), secret),
      ).toBe(false);
    }
  });
  expect(bobFrames.length).toBeGreaterThan(0);
  expect(bobFrames.some((frame) => frame.includes(secret))).toBe(false);
  expect(franFrames.some((frame) => frame.includes(secret))).toBe(false);

  // Reveal: everyone sees the note, and Ann's private area is gone.
  await privateWriting.getByRole("button", { name: "Reveal all private notes" }).click();
  await expect(privateWriting.getByRole("status")).toHaveText("Revealed 1 private note.");
  for (const page of [fran.page, ann.page, bob.page]) {
    await expect(page.getByLabel("Scenario text")).toHaveValue(secret);
  }
  await expect(annArea).toHaveCount(0);
  await expect.poll(() => bobFrames.some((frame) => frame.includes(secret))).toBe(true);

  // Follow me: the facilitator selects the note, Bob's view goes to it.
  await fran.page.getByRole("button", { name: `Move scenario ${secret}` }).focus();
  const bobNote = bob.page.getByTestId("scenario-note");
  await expect(bobNote).toBeFocused();
  const follow = bob.page.getByRole("group", { name: "Follow the facilitator" });
  await expect(follow.getByRole("status")).toHaveText("Following Fran Facilitator's focus.");

  // Bob breaks away: the facilitator's next focus does not move him; following again does.
  await follow.getByRole("button", { name: "Stop following" }).click();
  await fran.page.getByRole("button", { name: `Add scenario to ${segment}` }).focus();
  const bobSegment = bob.page.locator("[data-segment-id]");
  await holdsFor(500, () => expect(bobSegment).not.toBeFocused({ timeout: 100 }));
  await follow.getByRole("button", { name: "Follow again" }).click();
  await expect(bobSegment).toBeFocused();

  // Hand over: Bob becomes facilitator; the toolbars swap without a reload.
  const franToolbar = fran.page.getByRole("toolbar", { name: "Facilitation" });
  await franToolbar.getByRole("button", { name: "Hand over facilitation…" }).click();
  const dialog = fran.page.getByRole("dialog", { name: "Hand over facilitation" });
  await dialog.getByLabel("New facilitator").selectOption({ label: `${bob.name} (participant)` });
  await dialog.getByRole("button", { name: `Make ${bob.name} facilitator` }).click();
  await expect(bob.page.getByRole("toolbar", { name: "Facilitation" })).toBeVisible();
  await expect(bob.page.getByTestId("my-role")).toHaveText("facilitator");
  await expect(franToolbar).toHaveCount(0);
  await expect(fran.page.getByTestId("my-role")).toHaveText("participant");

  // The server authorizes the new roles: Bob's control-doc write (group step 4 → 5) reaches Fran.
  await bob.page
    .getByRole("toolbar", { name: "Facilitation" })
    .getByRole("button", { name: "Next step" })
    .click();
  await expect(fran.page.getByRole("heading", { level: 2, name: /^Step 5/ })).toBeVisible();
});

test("a private note survives a lock that lands mid-typing: read-only while locked, saved after", async ({
  actor,
}) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Private lock ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  const ann = await actor("Ann Author");
  await joinAsGuest(ann.page, link, ann.name, "Marketing");
  const workshopId = workshopIdOf(fran.page);
  const segment = "Lapsed members";
  await seedDoc(fran.page, {
    workshopId,
    change: (doc) => void addSegment(doc, { name: segment }),
  });
  await seedDoc(fran.page, {
    workshopId,
    docName: "control",
    change: (doc) => {
      setCurrentStep(doc, { step: "scenarios" });
      setPrivateWriting(doc, { on: true });
    },
  });
  for (const page of [fran.page, ann.page]) await openScenarios(page, path);
  const annId = await signedInUserId(ann.page);
  const storedPrivateTexts = () =>
    readDoc(ann.page, {
      workshopId,
      docName: privateDocName(annId),
      read: (doc) => readPrivateNotes(doc).map((note) => note.text),
    });

  const annArea = ann.page.getByRole("region", { name: "Your private notes" });
  await annArea.getByRole("button", { name: "Add private scenario" }).click();
  const field = annArea.getByLabel(`Private scenario for ${segment}`);
  await field.click();
  await field.pressSequentially("Win-back offer");
  await expect.poll(storedPrivateTexts).toEqual(["Win-back offer"]);

  // The facilitator locks while Ann still has the field focused.
  const agenda = fran.page.getByRole("toolbar", { name: "Facilitation" });
  await agenda.getByRole("button", { name: "Lock boards" }).click();
  await expect(annArea.getByRole("status")).toContainText(
    "The board is locked: your private notes are read-only",
  );
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("readonly", "");
  await field.press("End");
  await field.pressSequentially(" typed while locked");
  await expect(field).toHaveValue("Win-back offer");
  await expect(annArea.getByRole("button", { name: "Add private scenario" })).toBeDisabled();
  // Nothing was refused, so no false "Not saved" alarm.
  await holdsFor(500, async () =>
    expect(await ann.page.getByTestId("refusal-notice").count()).toBe(0),
  );
  expect(await storedPrivateTexts()).toEqual(["Win-back offer"]);

  // Unlocked: typing goes on where it stopped, and a reload shows what the server kept.
  await agenda.getByRole("button", { name: "Lock boards" }).click();
  await expect(field).not.toHaveAttribute("readonly", "");
  await field.press("End");
  await field.pressSequentially(" for lapsed members");
  await expect.poll(storedPrivateTexts).toEqual(["Win-back offer for lapsed members"]);
  await ann.page.reload();
  await expect(ann.page.getByLabel(`Private scenario for ${segment}`)).toHaveValue(
    "Win-back offer for lapsed members",
  );
});
