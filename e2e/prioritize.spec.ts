import { placeOnMatrix } from "@/lib/documents/matrix";
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
import { Matrix } from "./support/matrix-page";
import { seedDoc, workshopIdOf } from "./support/seed-board";
import { expectNoSeriousA11yViolations } from "./support/a11y";

const RECOMMEND = "Recommend products from past orders";
const WELCOME = "Welcome back returning visitors by name";
const BUNDLE = "Suggest bundles to first-time buyers";
const PARKED = "Birthday discount for members";

test("the team places ideas on the value × feasibility matrix by mouse and keyboard, live", async ({
  actor,
}) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Prioritize ${uniqueSuffix()}`);
  const participantLink = await inviteLink(facilitator.page, "participant");
  const observerLink = await inviteLink(facilitator.page, "observer");

  await seedDoc(facilitator.page, {
    workshopId: workshopIdOf(facilitator.page),
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
      addScenario(doc, { id: "parked", segmentId: null, text: PARKED, authorId: userId });
      placeOnMatrix(doc, { scenarioId: "parked", value: 0.2, feasibility: 0.3 });
      addRisk(doc, {
        scenarioId: "recommend",
        authorId: userId,
        category: "creepiness",
        severity: "high",
        description: "Recommends a gift the shopper bought for someone else",
      });
      addRisk(doc, {
        scenarioId: "recommend",
        authorId: userId,
        category: "privacy",
        description: "Shows purchase history on a shared screen",
        mitigation: "Hide history until the shopper signs in",
      });
    },
  });

  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, participantLink, dana.name, "Data science");
  const pat = await actor("Pat Product");
  await joinAsGuest(pat.page, participantLink, pat.name, "Product");
  const sam = await actor("Sam Stakeholder");
  await joinAsGuest(sam.page, observerLink, sam.name, "Marketing");

  const views = {
    fran: new Matrix(facilitator.page),
    dana: new Matrix(dana.page),
    pat: new Matrix(pat.page),
    sam: new Matrix(sam.page),
  };
  for (const view of Object.values(views)) await view.open();

  // The tray groups ideas by segment; risk counts and the unmitigated marker are in words.
  const recommendInTray = views.fran.trayNote(RECOMMEND);
  await expect(recommendInTray).toHaveAccessibleName(/2 risks, 1 without mitigation/);
  await expect(recommendInTray.getByText("1 unmitigated")).toBeVisible();
  await expect(
    views.fran.tray.getByRole("list", { name: "Ideas for Returning shoppers" }),
  ).toContainText(WELCOME);
  await expect(views.fran.note(PARKED)).toHaveAccessibleName(/Drop for now, value 20 %/);

  // Dana drags an idea from the tray onto the matrix; the others see it move before the drop.
  await views.dana.startDrag(views.dana.trayNote(RECOMMEND), 0.8, 0.75);
  await expect(views.fran.board.getByTestId("remote-ghost")).toContainText(
    "Dana Data is moving this",
  );
  await expect(views.pat.trayNote(RECOMMEND)).toHaveAccessibleName(/Dana Data is placing it/);
  await dana.page.mouse.up();
  for (const view of Object.values(views)) {
    await expect(view.note(RECOMMEND)).toHaveAccessibleName(
      /Quick wins, value (79|80|81) %, feasibility (74|75|76) %/,
    );
    await expect(view.trayNote(RECOMMEND)).toHaveCount(0);
  }
  await expect(views.fran.page.getByTestId("quadrant-quick-win")).toContainText("(1 idea)");

  // Pat places another by keyboard: Space picks it up, the first arrow brings it to the centre,
  // Shift+arrows move in 10 % steps, Space drops it.
  await views.pat.trayNote(BUNDLE).focus();
  await pat.page.keyboard.press("Space");
  await pat.page.keyboard.press("ArrowUp");
  for (let i = 0; i < 3; i++) await pat.page.keyboard.press("Shift+ArrowUp");
  for (let i = 0; i < 3; i++) await pat.page.keyboard.press("Shift+ArrowLeft");
  await pat.page.keyboard.press("Space");
  const bigBet = /Big bets, value (79|80|81) %, feasibility (19|20|21) %/;
  for (const view of Object.values(views)) {
    await expect(view.note(BUNDLE)).toHaveAccessibleName(bigBet);
  }

  // The shortlist the roadmap step will propose: quick wins first, then big bets.
  await expect(dana.page.getByRole("list", { name: "Proposed for the roadmap" })).toHaveText(
    [RECOMMEND, BUNDLE].join(""),
  );

  // Focus follows the note onto the matrix; arrow keys nudge it and the reader hears where.
  await expect(views.pat.note(BUNDLE)).toBeFocused();
  await pat.page.keyboard.press("ArrowRight");
  await expect(
    pat.page.getByRole("status").filter({ hasText: new RegExp(`^${BUNDLE}: Big bets`) }),
  ).toContainText(/feasibility (21|22|23) %/);
  await expect(views.dana.note(BUNDLE)).toHaveAccessibleName(/feasibility (21|22|23) %/);

  // While Dana drags a placed note the others watch it travel; Escape puts it back for everyone.
  await views.dana.startDrag(views.dana.note(BUNDLE), 0.3, 0.3);
  const ghost = views.fran.board.getByTestId("remote-ghost");
  await expect(ghost).toContainText("Dana Data is moving this");
  await expect(views.fran.note(BUNDLE)).toHaveAccessibleName(/Dana Data is moving it/);
  await dana.page.keyboard.press("Escape");
  await dana.page.mouse.up();
  await expect(ghost).toHaveCount(0);
  await expect(views.fran.note(BUNDLE)).not.toHaveAccessibleName(/moving it/);
  await expect(views.fran.note(BUNDLE)).toHaveAccessibleName(/Big bets, value (79|80|81) %/);

  // When the facilitator locks the boards, nobody can move ideas until they unlock them.
  const lock = facilitator.page.getByRole("button", { name: /Lock boards/ });
  await lock.click();
  await expect(views.pat.note(BUNDLE)).toHaveAttribute("aria-disabled", "true");
  await views.pat.note(BUNDLE).focus();
  await pat.page.keyboard.press("ArrowDown");
  await lock.click();
  await expect(views.pat.note(BUNDLE)).toHaveAttribute("aria-disabled", "false");
  await expect(views.fran.note(BUNDLE)).toHaveAccessibleName(/Big bets, value (79|80|81) %/);

  // The observer sees everything but can move nothing, by mouse or by keyboard.
  const observed = views.sam.note(RECOMMEND);
  await expect(observed).toHaveAttribute("aria-disabled", "true");
  await expect(sam.page.getByText(/You are observing/)).toBeVisible();
  await views.sam.startDrag(observed, 0.1, 0.1);
  await sam.page.mouse.up();
  await observed.focus();
  await sam.page.keyboard.press("ArrowDown");
  await sam.page.keyboard.press("Delete");
  await expect(views.fran.note(RECOMMEND)).toHaveAccessibleName(/Quick wins, value (79|80|81) %/);
  await expect(observed).toHaveAccessibleName(/Quick wins, value (79|80|81) %/);

  // The facilitator sends an idea back to the tray with the keyboard.
  await views.fran.note(PARKED).focus();
  await facilitator.page.keyboard.press("Delete");
  await expect(views.dana.trayNote(PARKED)).toBeVisible();
  await expect(views.dana.note(PARKED)).toHaveCount(0);
  await expect(views.fran.trayNote(PARKED)).toBeFocused();

  // The matrix in words: a ranked table, quick wins first.
  await facilitator.page.getByText(/Every placed idea, ranked/).click();
  const rows = facilitator.page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText(RECOMMEND);
  await expect(rows.nth(1)).toContainText("Quick wins");
  await expect(rows.nth(2)).toContainText("Big bets");

  await expectNoSeriousA11yViolations(facilitator.page);
  await expectNoSeriousA11yViolations(sam.page);
});

test("a participant on a tablet places an idea by touch", async ({ actor, browser }) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Touch ${uniqueSuffix()}`);
  const participantLink = await inviteLink(facilitator.page, "participant");
  await seedDoc(facilitator.page, {
    workshopId: workshopIdOf(facilitator.page),
    change: (doc, { userId }) => {
      addScenario(doc, { id: "welcome", segmentId: null, text: WELCOME, authorId: userId });
    },
  });

  const tablet = await browser.newContext({ hasTouch: true, isMobile: false });
  try {
    const page = await tablet.newPage();
    await joinAsGuest(page, participantLink, "Tara Tablet", "Design");
    const view = new Matrix(page);
    const fran = new Matrix(facilitator.page);
    await view.open();
    await fran.open();

    const note = view.trayNote(WELCOME);
    await view.centreBoard();
    await note.scrollIntoViewIfNeeded();
    const start = await view.centreOf(note);
    const end = await view.pointAt(0.3, 0.85);
    const scrolledTo = await page.evaluate(() => scrollY);
    const cdp = await tablet.newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y }],
      });
    // Press and hold (the touch sensor waits 150 ms so a swipe still scrolls), then slide.
    await touch("touchStart", start.x, start.y);
    // The sensor's hold has passed once the drag is announced.
    await expect(page.getByText(/^Picked up “Welcome back/)).toBeAttached();
    for (let step = 1; step <= 15; step++) {
      await touch(
        "touchMove",
        start.x + ((end.x - start.x) * step) / 15,
        start.y + ((end.y - start.y) * step) / 15,
      );
    }
    // The finger never came near the window's edge, so the page stayed where it was (on a busy
    // device dnd-kit's auto-scroll once moved it 140 px here: page-scroll-guard.ts).
    expect(await page.evaluate(() => scrollY)).toBe(scrolledTo);
    await touch("touchEnd", end.x, end.y);

    await expect(fran.note(WELCOME)).toHaveAccessibleName(
      /Fill-ins, value (29|30|31) %, feasibility (84|85|86) %/,
    );
  } finally {
    await tablet.close();
  }
});
