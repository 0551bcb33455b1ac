import type { Locator, Page } from "@playwright/test";
import { setCurrentStep } from "@/lib/documents/control";
import { addScenario, updateScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import type { StepId } from "@/lib/documents/steps";
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
  type Actor,
} from "./support/actors";
import { seedDoc, workshopIdOf } from "./support/seed-board";

// A realistic session (issue 11): people who never edit never read "not saved", a change refused
// during a lock never comes back, anonymous means no author anywhere, follow-me forgets a focus
// when the group moves, and the last dot updates "votes left" at once.

const SEGMENT = "Returning shoppers";
const RECOMMEND = "Recommend products from past orders";
const WELCOME = "Welcome back returning visitors by name";

/** The signed-in facilitator's user id, from the workshop's JSON export. */
async function facilitatorId(page: Page, workshopId: string): Promise<string> {
  const response = await page.request.get(`/api/workshops/${workshopId}/export/json`);
  const exported = (await response.json()) as { roster: { userId: string; role: string }[] };
  const id = exported.roster.find((member) => member.role === "facilitator")?.userId;
  if (!id) throw new Error("The workshop has no facilitator");
  return id;
}

/**
 * One segment and two scenarios written by the facilitator (the server refuses notes signed by
 * anyone else), the first edited once so the doc carries deletions too.
 */
async function seedSession(page: Page, step: StepId): Promise<string> {
  const workshopId = workshopIdOf(page);
  const authorId = await facilitatorId(page, workshopId);
  await seedDoc(page, {
    workshopId,
    change: (doc) => {
      addSegment(doc, { id: "returning", name: SEGMENT });
      addScenario(doc, {
        id: "recommend",
        segmentId: "returning",
        text: "Recommend",
        authorId,
      });
      updateScenario(doc, { scenarioId: "recommend", text: RECOMMEND });
      addScenario(doc, { id: "welcome", segmentId: "returning", text: WELCOME, authorId });
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

/** A scenario's text as the server stored it (the JSON export reads the persisted doc). */
async function storedText(page: Page, workshopId: string, id: string): Promise<string | undefined> {
  const response = await page.request.get(`/api/workshops/${workshopId}/export/json`);
  const exported = (await response.json()) as {
    board: { scenarios: { id: string; text: string }[] };
  };
  return exported.board.scenarios.find((scenario) => scenario.id === id)?.text;
}

function note(page: Page, id: "recommend" | "welcome"): Locator {
  return page.locator(`[data-testid="scenario-note"][data-scenario-id="${id}"]`);
}

function stepHeading(page: Page): Locator {
  return page.getByRole("heading", { level: 2, name: /^Step \d/ });
}

function liveStatus(page: Page): Locator {
  return page.getByTestId("live-status");
}

async function expectConnected(page: Page): Promise<void> {
  await expect(liveStatus(page).getByText("Connected", { exact: true })).toBeVisible();
}

const REFUSAL_PATTERN = "were not accepted|was not saved|not saved\\.";

/**
 * Records every refusal message that appears in this page, however briefly, so a test can say
 * "never" rather than "not right now". The record starts again on each load.
 */
async function watchForRefusals(page: Page): Promise<void> {
  await page.addInitScript((pattern) => {
    const seen: string[] = [];
    Object.assign(window, { __refusals: seen });
    const check = (): void => {
      for (const element of document.querySelectorAll(
        '[role="alert"], [data-testid="refusal-notice"]',
      )) {
        const text = element.textContent ?? "";
        if (new RegExp(pattern, "i").test(text)) seen.push(text);
      }
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  }, REFUSAL_PATTERN);
}

async function expectNoRefusalSeen(actor: Actor): Promise<void> {
  const seen = await actor.page.evaluate(
    () => (window as unknown as { __refusals?: string[] }).__refusals ?? [],
  );
  expect(seen, `${actor.name} read a refusal`).toEqual([]);
}

async function reload(actor: Actor): Promise<void> {
  await expectNoRefusalSeen(actor);
  await actor.page.reload();
  await expectConnected(actor.page);
}

test("people who edit nothing never read a refusal: reloads, offline and online, step and timer changes", async ({
  actor,
}) => {
  // Four browsers, two reloads and two network drops each: longer than one person's flow.
  test.slow();
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Quiet ${uniqueSuffix()}`);
  const participantLink = await inviteLink(fran.page, "participant");
  const observerLink = await inviteLink(fran.page, "observer");
  await seedSession(fran.page, "objective");
  await fran.page.goto(path);

  const dana = await actor("Dana Data");
  const pat = await actor("Pat Product");
  const olive = await actor("Olive Observer");
  for (const quiet of [dana, olive]) await watchForRefusals(quiet.page);
  await joinAsGuest(dana.page, participantLink, dana.name, "Data science");
  await joinAsGuest(pat.page, participantLink, pat.name, "Product");
  await joinAsGuest(olive.page, observerLink, olive.name, "Marketing");
  for (const person of [dana, pat, olive]) {
    await expect(stepHeading(person.page)).toHaveText(/Step 2 · Objective/);
  }

  const agenda = fran.page.getByRole("toolbar", { name: "Facilitation" });
  // The facilitator moves on and runs the timer; Pat writes; Dana and Olive only watch.
  await agenda.getByRole("button", { name: "Next step" }).click();
  await agenda.getByRole("button", { name: "Next step" }).click();
  await fran.page.getByRole("button", { name: "Start timer" }).click();
  for (const person of [dana, pat, olive]) {
    await expect(stepHeading(person.page)).toHaveText(/Step 4 · Segments & scenarios/);
  }
  const patsNote = note(pat.page, "welcome").getByLabel("Scenario text");
  await patsNote.fill(`${WELCOME}, once`);
  await patsNote.press("Enter");
  await expect(note(olive.page, "welcome").getByLabel("Scenario text")).toHaveValue(
    `${WELCOME}, once`,
  );

  for (const quiet of [olive, dana]) {
    await reload(quiet);
    await fran.page.getByRole("button", { name: "+1 minute" }).click();
    await quiet.page.context().setOffline(true);
    await expect(liveStatus(quiet.page).getByText("Connected", { exact: true })).toHaveCount(0);
    // While this laptop is away, the group moves and the timer changes.
    await agenda.getByRole("button", { name: "Next step" }).click();
    await fran.page.getByRole("button", { name: "Start timer" }).click();
    await quiet.page.context().setOffline(false);
    await expectConnected(quiet.page);
    await expect(stepHeading(quiet.page)).toHaveText(/Step 5 · Persofails/);
    await agenda.getByRole("button", { name: "Previous step" }).click();
    await expect(stepHeading(quiet.page)).toHaveText(/Step 4 · Segments & scenarios/);
    await reload(quiet);
    await expect(note(quiet.page, "welcome").getByLabel("Scenario text")).toHaveValue(
      `${WELCOME}, once`,
    );
  }
  await fran.page.getByRole("button", { name: "+1 minute" }).click();
  for (const quiet of [olive, dana]) {
    await expectNoRefusalSeen(quiet);
    await expect(quiet.page.getByTestId("refusal-notice")).toHaveCount(0);
  }
  // The group agrees the objective: the header shows it instead of the draft from creation.
  const objective = "Agree the three ideas to ship first";
  await fran.page
    .getByRole("navigation", { name: "Workshop steps" })
    .getByRole("button", { name: /Objective/ })
    .click();
  await fran.page.getByLabel("Workshop objective").fill(objective);
  for (const person of [fran, dana, olive]) {
    await expect(person.page.getByTestId("workshop-objective")).toHaveText(
      `Objective: ${objective}`,
    );
    await expect(person.page.getByText("Objective draft:")).toHaveCount(0);
  }

  await expectNoSeriousA11yViolations(olive.page);
});

test("a change refused during a lock never comes back: lock, Ctrl+Z, unlock, reload", async ({
  actor,
}) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Lock ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  const workshopId = await seedSession(fran.page, "scenarios");
  await fran.page.goto(path);
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  await expectConnected(dana.page);

  const edited = `${RECOMMEND}, weekly`;
  const danasField = note(dana.page, "recommend").getByLabel("Scenario text");
  await danasField.fill(edited);
  await danasField.press("Enter");
  const fransField = note(fran.page, "recommend").getByLabel("Scenario text");
  await expect(fransField).toHaveValue(edited);
  const undo = liveStatus(dana.page).getByRole("button", { name: "Undo", exact: true });
  await expect(undo).toBeEnabled();

  const agenda = fran.page.getByRole("toolbar", { name: "Facilitation" });
  await agenda.getByRole("button", { name: "Lock boards" }).click();
  await expect(dana.page.getByText("The facilitator has locked the boards.")).toBeVisible();
  await expect(
    dana.page.getByRole("button", { name: "Undo", exact: true, disabled: false }),
  ).toHaveCount(0);
  // Outside any text field, the shortcut must do nothing while the board is locked.
  await stepHeading(dana.page).click();
  await dana.page.keyboard.press("Control+z");
  await dana.page.keyboard.press("Control+z");
  await expect(danasField).toHaveValue(edited);
  await expect(dana.page.getByTestId("refusal-notice")).toHaveCount(0);
  // The one pair stays on screen, disabled, so the lock is visible where undo lives.
  await expect(undo).toBeDisabled();

  await agenda.getByRole("button", { name: "Lock boards" }).click();
  await expect(danasField).toBeEnabled();
  await dana.page.reload();
  await expectConnected(dana.page);
  await expect(note(dana.page, "recommend").getByLabel("Scenario text")).toHaveValue(edited);
  await expect(fransField).toHaveValue(edited);
  // What the server stored, not only what the browsers show.
  await expect.poll(() => storedText(fran.page, workshopId, "recommend")).toBe(edited);
  // One Undo/Redo pair on the page: one undo manager for the room.
  await expect(dana.page.getByRole("button", { name: "Undo", exact: true })).toHaveCount(1);
  await expect(dana.page.getByRole("button", { name: "Redo", exact: true })).toHaveCount(1);
});

test("an edit made offline while the board got locked is refused, said so, and gone for good", async ({
  actor,
}) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Offline lock ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  const workshopId = await seedSession(fran.page, "scenarios");
  await fran.page.goto(path);
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  await expectConnected(dana.page);
  await expect(stepHeading(dana.page)).toHaveText(/Step 4 · Segments & scenarios/);
  // The board (its own code chunk) is on screen before the Wi-Fi drops.
  await expect(note(dana.page, "recommend").getByLabel("Scenario text")).toBeEditable();

  // Dana's Wi-Fi drops; she keeps writing; meanwhile the facilitator locks the board.
  await dana.page.context().setOffline(true);
  await expect(liveStatus(dana.page).getByText("Connected", { exact: true })).toHaveCount(0);
  const danasField = note(dana.page, "recommend").getByLabel("Scenario text");
  await danasField.fill(`${RECOMMEND}, written offline`);
  await danasField.press("Enter");
  await fran.page
    .getByRole("toolbar", { name: "Facilitation" })
    .getByRole("button", { name: "Lock boards" })
    .click();
  await dana.page.context().setOffline(false);

  // The server refuses the queued edit; Dana reads why, and her copy becomes the shared one.
  const refusal = dana.page.getByTestId("refusal-notice");
  await expect(refusal).toContainText("The board is locked: your last change was not saved.");
  await expect(refusal).toContainText("You now see the shared version.");
  await expect(note(dana.page, "recommend").getByLabel("Scenario text")).toHaveValue(RECOMMEND);
  await expectNoSeriousA11yViolations(dana.page);

  await fran.page
    .getByRole("toolbar", { name: "Facilitation" })
    .getByRole("button", { name: "Lock boards" })
    .click();
  await expect(danasField).toBeEnabled();
  await dana.page.reload();
  await expectConnected(dana.page);
  await expect(dana.page.getByTestId("refusal-notice")).toHaveCount(0);
  await expect(note(dana.page, "recommend").getByLabel("Scenario text")).toHaveValue(RECOMMEND);
  await expect(note(fran.page, "recommend").getByLabel("Scenario text")).toHaveValue(RECOMMEND);
  await expect.poll(() => storedText(fran.page, workshopId, "recommend")).toBe(RECOMMEND);
});

test("anonymous mode: everyone sees it, and a note written during it never names its author", async ({
  actor,
}) => {
  // Two reloads, the export and the stakeholder page: longer than one person's flow.
  test.slow();
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Anonymous ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  const workshopId = await seedSession(fran.page, "scenarios");
  await fran.page.goto(path);
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  await expectConnected(dana.page);
  await expect(dana.page.getByTestId("anonymous-indicator")).toHaveCount(0);

  const agenda = fran.page.getByRole("toolbar", { name: "Facilitation" });
  await agenda.getByRole("button", { name: "Anonymous mode" }).click();
  for (const page of [fran.page, dana.page]) {
    await expect(page.getByTestId("anonymous-indicator")).toHaveText(
      "Anonymous: names are not recorded",
    );
  }
  await expect(
    dana.page.getByRole("status").filter({ hasText: "turned anonymous mode on" }),
  ).toBeVisible();

  const secret = `Nudge lapsed buyers ${uniqueSuffix()}`;
  const signed = `Show stock near the buyer ${uniqueSuffix()}`;
  const column = dana.page.getByRole("region", { name: `Segment ${SEGMENT}` });
  await column.getByRole("button", { name: `Add scenario to ${SEGMENT}` }).click();
  await expect(column.getByLabel("Scenario text").last()).toBeFocused();
  await dana.page.keyboard.type(secret);
  await dana.page.keyboard.press("Enter");
  const secretNote = (page: Page) =>
    page
      .getByTestId("scenario-note")
      .filter({ has: page.getByRole("button", { name: `Move scenario ${secret}` }) });
  await expect(fran.page.getByRole("button", { name: `Move scenario ${secret}` })).toBeVisible();

  await agenda.getByRole("button", { name: "Anonymous mode" }).click();
  await expect(
    dana.page.getByRole("status").filter({ hasText: "turned anonymous mode off" }),
  ).toBeVisible();
  await expect(dana.page.getByTestId("anonymous-indicator")).toHaveCount(0);
  // A note written now is signed, so authors are shown where the test looks.
  await column.getByRole("button", { name: `Add scenario to ${SEGMENT}` }).click();
  await expect(column.getByLabel("Scenario text").last()).toBeFocused();
  await dana.page.keyboard.type(signed);
  await dana.page.keyboard.press("Enter");
  await expect(fran.page.getByRole("button", { name: `Move scenario ${signed}` })).toBeVisible();
  await expect(
    fran.page.getByTestId("scenario-note").filter({ hasText: "by Dana Data" }),
  ).toHaveCount(1);

  for (const page of [fran.page, dana.page]) {
    await page.reload();
    await expectConnected(page);
    const moved = page.getByRole("button", { name: `Move scenario ${secret}` });
    await expect(moved).toBeVisible();
    await expect(secretNote(page).getByText("Dana Data")).toHaveCount(0);
  }

  const response = await fran.page.request.get(`/api/workshops/${workshopId}/export/json`);
  const exported = (await response.json()) as {
    roster: { userId: string; name: string }[];
    board: { scenarios: { text: string }[]; risks: unknown[] };
  };
  const danaId = exported.roster.find((member) => member.name === dana.name)?.userId;
  expect(danaId).toBeTruthy();
  const written = exported.board.scenarios.find((scenario) => scenario.text === secret);
  expect(written).toBeTruthy();
  expect(JSON.stringify(written)).not.toContain(String(danaId));

  // The summary on step 8 and the stakeholder page name no author for that note.
  await fran.page
    .getByRole("navigation", { name: "Workshop steps" })
    .getByRole("button", { name: /Document & share/ })
    .click();
  await fran.page.getByRole("button", { name: "Create stakeholder link" }).click();
  const stakeholderLink = await fran.page.getByLabel("Stakeholder link").inputValue();
  const stella = await actor("Stella Stakeholder");
  await stella.page.goto(stakeholderLink);
  for (const page of [fran.page, stella.page]) {
    const summary = page.getByRole("article", { name: "Workshop summary" });
    await expect(summary).toBeVisible();
    const lines = (await summary.innerText()).split("\n").filter((line) => line.includes(secret));
    for (const line of lines) expect(line).not.toContain("Dana Data");
  }
});

test("follow-me forgets a focus once the group moves on: reload, stop and follow again", async ({
  actor,
}) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Follow ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  await seedSession(fran.page, "scenarios");
  await fran.page.goto(path);
  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  await expect(stepHeading(dana.page)).toHaveText(/Step 4/);

  await note(fran.page, "welcome").getByLabel("Scenario text").focus();
  const follow = dana.page.getByRole("group", { name: "Follow the facilitator" });
  await expect(follow).toContainText("Following Fran Facilitator's focus.");
  await follow.getByRole("button", { name: "Stop following" }).click();
  await expect(follow).toContainText("You stopped following Fran Facilitator.");

  const agenda = fran.page.getByRole("toolbar", { name: "Facilitation" });
  await agenda.getByRole("button", { name: "Next step" }).click();
  await expect(stepHeading(fran.page)).toHaveText(/Step 5 · Persofails/);
  await expect(stepHeading(dana.page)).toHaveText(/Step 5 · Persofails/);
  // The focus belonged to step 4: there is nothing left to follow again.
  await expect(follow).toHaveCount(0);

  await dana.page.reload();
  await expectConnected(dana.page);
  // Presence has arrived, so the facilitator's awareness (and any focus in it) has too.
  await expect(
    liveStatus(dana.page).getByRole("listitem", { name: /^Fran Facilitator, facilitator/ }),
  ).toBeVisible();
  await expect(follow).toHaveCount(0);
  await expect(stepHeading(dana.page)).toHaveText(/Step 5 · Persofails/);
});

test("on a phone, the last dot updates votes left at once", async ({ actor }) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Last vote ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  await seedSession(fran.page, "scenarios");
  await fran.page.goto(path);
  const dana = await actor("Dana Data", PHONE);
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  await expect(note(dana.page, "recommend")).toBeVisible();

  const settings = fran.page.getByRole("form", { name: "Open a vote" });
  await settings.getByLabel("Votes per person").fill("2");
  await settings.getByRole("button", { name: "Open vote" }).click();
  const status = dana.page.getByTestId("vote-status");
  await expect(status).toContainText("you have 2 of 2 votes left");

  await dana.page.getByRole("button", { name: `Vote for ${RECOMMEND}` }).tap();
  await expect(status).toContainText("you have 1 of 2 votes left");
  await dana.page.getByRole("button", { name: `Vote for ${WELCOME}` }).tap();
  await expect(status).toContainText("you have 0 of 2 votes left");
  for (const text of [RECOMMEND, WELCOME]) {
    await expect(dana.page.getByRole("button", { name: `Vote for ${text}` })).toBeDisabled();
  }
  await expect(note(dana.page, "recommend").getByTestId("my-votes")).toHaveText("Yours: 1");
  await expect(dana.page.getByTestId("note-votes").getByRole("alert")).toHaveCount(0);
  await expectNoSeriousA11yViolations(dana.page);
});

test("a board that cannot load (no network for its code) says so, the room stays, and it loads once it can", async ({
  actor,
}) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Offline steps ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  await seedSession(fran.page, "scenarios");
  await fran.page.goto(path);
  const agenda = fran.page.getByRole("toolbar", { name: "Facilitation" });

  // The group moves on to the roadmap, one step at a time: a press before the room has synced
  // (or two before the first step change arrives) would be lost, as in one CI run.
  await expect(stepHeading(fran.page)).toHaveText(/Step 4 /);
  for (const next of [/Step 5 /, /Step 6 /, /Step 7 · Roadmap/]) {
    await agenda.getByRole("button", { name: "Next step" }).click();
    await expect(stepHeading(fran.page)).toHaveText(next);
  }

  // Pat's connection cannot fetch the share step's code (the only chunk holding its time field):
  // the board that cannot load says so, the room stays, and the step appears once it can load.
  const pat = await actor("Pat Product");
  let blockShareStep = true;
  await pat.page.context().route("**/_next/static/chunks/**", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (blockShareStep && body.includes("Time (45 minutes)"))
      await route.abort("internetdisconnected");
    else await route.fulfill({ response, body });
  });
  await joinAsGuest(pat.page, link, pat.name, "Product");
  await expectConnected(pat.page);
  await expect(stepHeading(pat.page)).toHaveText(/Step 7 · Roadmap/);
  await agenda.getByRole("button", { name: "Next step" }).click();
  await expect(stepHeading(pat.page)).toHaveText(/Step 8 · Document & share/);
  const notice = pat.page.getByRole("alert").filter({ hasText: "This step could not be loaded." });
  await expect(notice).toBeVisible();
  await expect(pat.page.getByTestId("workshop-objective")).toBeVisible();
  blockShareStep = false;
  await notice.getByRole("button", { name: "Try again now" }).click();
  await expect(stepHeading(pat.page)).toHaveText(/Step 8 · Document & share/);
  await expect(pat.page.getByRole("heading", { name: "Follow-up meeting" })).toBeVisible();
});
