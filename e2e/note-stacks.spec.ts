import { setCurrentStep } from "@/lib/documents/control";
import { readBoard } from "@/lib/documents/read-board";
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
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { Board } from "./support/board-page";
import { readDoc, seedDoc, workshopIdOf } from "./support/seed-board";

const FIRST = "Refill reminder email";
const DUPLICATE = "Remind to reorder";
const THIRD = "Bundle offer";

test("duplicates stack by dragging one note onto another, keep both texts, unstack, and stack by keyboard", async ({
  actor,
}) => {
  const ana = await actor("Ana Facilitator");
  await signUp(ana.page, ana.name);
  const path = await createWorkshop(ana.page, `Stacks ${uniqueSuffix()}`);
  const workshopId = workshopIdOf(ana.page);
  const link = await inviteLink(ana.page, "participant");
  await seedDoc(ana.page, {
    workshopId,
    change: (doc, { userId }) => {
      addSegment(doc, { id: "returning", name: "Returning shoppers" });
      addSegment(doc, { id: "lapsed", name: "Lapsed customers" });
      addScenario(doc, { id: "first", segmentId: "returning", text: FIRST, authorId: userId });
      addScenario(doc, { id: "third", segmentId: "returning", text: THIRD, authorId: userId });
      addScenario(doc, { id: "dup", segmentId: "lapsed", text: DUPLICATE, authorId: userId });
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
  const anaBoard = new Board(ana.page, ana.name);
  const boBoard = new Board(bo.page, bo.name);
  const storedStack = () =>
    readDoc(ana.page, {
      workshopId,
      read: (doc) => readBoard(doc).scenarios.find((s) => s.id === "dup")?.stackedOn,
    });

  // Ana drags the duplicate from another segment onto the first note's stack zone.
  const handle = anaBoard.moveHandle(DUPLICATE);
  // The host's stack zone shows below its text, once the drag starts: keep the row mid-screen.
  await anaBoard
    .moveHandle(FIRST)
    .evaluate((element) => element.scrollIntoView({ block: "center" }));
  await handle.scrollIntoViewIfNeeded();
  const start = await handle.boundingBox();
  if (!start) throw new Error("handle not on screen");
  await ana.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await ana.page.mouse.down();
  await ana.page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, {
    steps: 3,
  });
  await expect(ana.page.getByText("Drop here to add at the end").first()).toBeVisible();
  const zone = anaBoard
    .segment("Returning shoppers")
    .getByTestId("scenario-note")
    .filter({ has: ana.page.getByRole("button", { name: `Move scenario ${FIRST}` }) })
    .getByTestId("stack-zone");
  await expect(zone).toBeVisible();
  const target = await zone.boundingBox();
  if (!target) throw new Error("stack zone not on screen");
  await ana.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, {
    steps: 15,
  });
  await expect(zone).toHaveText(/Release to stack on/);
  await ana.page.mouse.up();

  const stack = (board: Board) =>
    board.page.getByRole("list", { name: `Same idea as ${FIRST}` }).getByTestId("stacked-note");
  for (const board of [anaBoard, boBoard]) {
    await expect(stack(board)).toHaveText(new RegExp(`Same idea: ${DUPLICATE}`));
    await expect(board.moveHandle(DUPLICATE)).toHaveCount(0);
  }
  await expect.poll(storedStack).toBe("first");
  // A stack counts once in its segment, and has left the segment it came from.
  await expect(boBoard.segment("Returning shoppers").getByText(/^2 scenarios/)).toBeVisible();
  await expect(boBoard.segment("Lapsed customers").getByText(/^0 scenarios/)).toBeVisible();

  // Bo takes it back out: it stands on its own again, in the host's segment.
  await bo.page.getByRole("button", { name: `Unstack ${DUPLICATE} from ${FIRST}` }).click();
  await expect(
    anaBoard.segment("Returning shoppers").getByRole("button", {
      name: `Move scenario ${DUPLICATE}`,
    }),
  ).toBeVisible();
  await expect.poll(storedStack).toBe(null);

  // Keyboard only: Bo opens the duplicate's details and picks the note it repeats.
  const details = bo.page.getByRole("button", { name: `Details of ${DUPLICATE}` });
  await details.focus();
  await bo.page.keyboard.press("Enter");
  const picker = bo.page.getByLabel("Same idea as");
  await picker.focus();
  await picker.selectOption({ label: THIRD });
  await expect(ana.page.getByRole("list", { name: `Same idea as ${THIRD}` })).toContainText(
    DUPLICATE,
  );
  await expect.poll(storedStack).toBe("third");
  await bo.page.reload();
  await expect(bo.page.getByRole("list", { name: `Same idea as ${THIRD}` })).toContainText(
    DUPLICATE,
  );
  await expectNoSeriousA11yViolations(bo.page);
});
