import type { Page } from "@playwright/test";
import { setCurrentStep } from "@/lib/documents/control";
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
import { Board } from "./support/board-page";
import { readDoc, seedDoc, workshopIdOf } from "./support/seed-board";

const IDEA = "Size advice from returns";

type Point = { x: number; y: number };

async function centre(page: Page, selector: ReturnType<Page["locator"]>): Promise<Point> {
  const box = await selector.boundingBox();
  if (!box) throw new Error("not on screen");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A finger on the screen, through Chromium's touch input (Playwright has taps only). */
async function finger(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: "touchStart" | "touchMove" | "touchEnd", at?: Point) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: at ? [{ x: Math.round(at.x), y: Math.round(at.y) }] : [],
    });
  return {
    down: (at: Point) => send("touchStart", at),
    /** Slides in small steps, as a finger does (dnd-kit reads every move). */
    async slide(from: Point, to: Point) {
      const steps = 12;
      for (let i = 1; i <= steps; i++) {
        await send("touchMove", {
          x: from.x + ((to.x - from.x) * i) / steps,
          y: from.y + ((to.y - from.y) * i) / steps,
        });
      }
    },
    up: () => send("touchEnd"),
  };
}

test("on a 390×844 phone a note is dragged by touch into another segment", async ({ actor }) => {
  const ana = await actor("Ana Facilitator");
  await signUp(ana.page, ana.name);
  const path = await createWorkshop(ana.page, `Touch drag ${uniqueSuffix()}`);
  const workshopId = workshopIdOf(ana.page);
  const link = await inviteLink(ana.page, "participant");
  await seedDoc(ana.page, {
    workshopId,
    change: (doc, { userId }) => {
      addSegment(doc, { id: "new", name: "New visitors", lifecycleStage: "awareness" });
      addSegment(doc, { id: "lapsed", name: "Lapsed customers", lifecycleStage: "lapsed" });
      addScenario(doc, { id: "size", segmentId: "new", text: IDEA, authorId: userId });
    },
  });
  await seedDoc(ana.page, {
    workshopId,
    docName: "control",
    change: (doc) => setCurrentStep(doc, { step: "scenarios" }),
  });
  await ana.page.goto(`${path}?step=scenarios`);

  const pia = await actor("Pia Phone", PHONE);
  await joinAsGuest(pia.page, link, pia.name, "Marketing");
  const board = new Board(pia.page, pia.name);
  await expect(pia.page.getByTestId("live-status").getByText("Connected")).toBeVisible();
  const source = board.segment("New visitors");
  const target = board.segment("Lapsed customers");
  const noteIn = (column: typeof source) =>
    column.getByRole("button", { name: `Move scenario ${IDEA}` });
  await expect(noteIn(source)).toBeVisible();

  // Both columns on one screen: the source's top at the top of the phone.
  await source.evaluate((element) => element.scrollIntoView({ block: "start" }));
  const handle = board.moveHandle(IDEA);
  const from = await centre(pia.page, handle);
  const touch = await finger(pia.page);
  await touch.down(from);
  // The touch sensor waits for a steady press before it lifts the note.
  await expect(pia.page.getByText("Drop here to add at the end").first()).toBeVisible();
  const end = await centre(pia.page, target.getByText(/Drop (here|at the end)/));
  await touch.slide(from, end);
  await expect(target.getByText("Drop at the end of Lapsed customers")).toBeVisible();
  await touch.up();

  await expect(noteIn(target)).toBeVisible();
  await expect(noteIn(source)).toHaveCount(0);
  // Ana's screen and the server agree.
  await expect(noteIn(new Board(ana.page, ana.name).segment("Lapsed customers"))).toBeVisible();
  const stored = await readDoc(ana.page, {
    workshopId,
    read: (doc) => readBoard(doc).scenarios.find((s) => s.id === "size")?.segmentId,
  });
  expect(stored).toBe("lapsed");
  expect(await pia.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    390,
  );
});
