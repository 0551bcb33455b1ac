import type { Page } from "@playwright/test";
import { setCurrentStep } from "@/lib/documents/control";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { readBoard } from "@/lib/documents/read-board";
import { addRisk, removeRisk } from "@/lib/documents/risks";
import { addToRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { expectOk } from "@/lib/documents/testing";
import { readFromLastTime } from "@/lib/follow-up/from-last-time";
import { pdfText } from "@/lib/exports/testing-pdf";
import { formatSummaryDate } from "@/lib/summary/format-date";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import {
  expect,
  inviteLink,
  joinAsGuest,
  PHONE,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";
import { createWorkshopAs } from "./support/people";
import { readDoc, seedDoc, signedInUserId, workshopIdOf } from "./support/seed-board";

const REFILL = "Remind members to refill before they run out";
const POINTS = "Nudge members about expiring points";
const DAY = 86_400_000;

function item(page: Page, text: string) {
  return page.getByRole("article", { name: new RegExp(text) });
}

test("a workshop reaches its follow-up: owners update through links, the A/B result shows lift and interval, the stakeholder page shows Progress, and Run again carries the work over", async ({
  actor,
}) => {
  test.setTimeout(150_000);
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const franId = await signedInUserIdAfterLoad(fran.page);
  const title = `Loyalty ${uniqueSuffix()}`;
  // Twenty days ago: the default follow-up, two weeks after the workshop, was six days ago.
  const today = new Date(new Date().toISOString().slice(0, 10));
  const path = await createWorkshopAs(fran.page, {
    title,
    scheduledFor: new Date(today.getTime() - 20 * DAY),
  });
  await fran.page.goto(path);
  const workshopId = workshopIdOf(fran.page);
  const participantLink = await inviteLink(fran.page, "participant");

  const olga = await actor("Olga Owner");
  await joinAsGuest(olga.page, participantLink, "Olga Owner", "Marketing");
  const olgaId = await signedInUserId(olga.page);

  await seedDoc(fran.page, {
    workshopId,
    change: (doc, { userId }) => {
      expectOk(addSegment(doc, { id: "members", name: "Members" }));
      for (const [id, text] of [
        ["refill", REFILL],
        ["points", POINTS],
      ] as const) {
        expectOk(addScenario(doc, { id, segmentId: "members", text, authorId: userId }));
        expectOk(addToRoadmap(doc, { scenarioId: id }));
      }
      expectOk(placeOnMatrix(doc, { scenarioId: "refill", value: 0.8, feasibility: 0.8 }));
      expectOk(placeOnMatrix(doc, { scenarioId: "points", value: 0.7, feasibility: 0.3 }));
      expectOk(
        addRisk(doc, {
          id: "spam",
          scenarioId: "refill",
          description: "Too many emails",
          mitigation: "Cap at one a week",
          severity: "high",
          authorId: userId,
        }),
      );
      expectOk(
        updateRoadmapItem(doc, {
          itemId: "refill",
          ownerUserId: olgaId,
          metric: { name: "Repeat purchase rate" },
          abTest: { control: "No reminder", durationDays: 14 },
          measurement: { baselinePercent: 10, effect: 2.5 },
        }),
      );
      expectOk(updateRoadmapItem(doc, { itemId: "points", ownerUserId: userId }));
    },
  });
  await seedDoc(fran.page, {
    workshopId,
    docName: "control",
    change: (doc) => void expectOk(setCurrentStep(doc, { step: "share" })),
  });

  // Step 8 reached: the room leads to the follow-up.
  await expect(fran.page.getByRole("link", { name: "Open the follow-up" })).toBeVisible();

  // The dashboard: due, six days late, first in the list, and found by its filter.
  await fran.page.goto("/workshops");
  const card = fran.page.getByRole("listitem").filter({ hasText: title });
  await expect(card.getByTestId("lifecycle")).toContainText("Follow-up due");
  await expect(card.getByTestId("lifecycle")).toContainText("overdue by 6 days");
  const filter = fran.page.getByRole("navigation", { name: "Filter by stage" });
  await expectNoSeriousA11yViolations(fran.page);
  await filter.getByRole("link", { name: /^Planned/ }).click();
  await expect(fran.page).toHaveURL(/stage=planned/);
  await expect(card).toHaveCount(0);
  await filter.getByRole("link", { name: /^Follow-up due/ }).click();
  await expect(card.getByTestId("lifecycle")).toContainText("Follow-up due");
  await card.getByRole("link", { name: `Open the follow-up of ${title}` }).click();
  await expect(
    fran.page.getByRole("heading", { level: 1, name: `Follow-up: ${title}` }),
  ).toBeVisible();

  const followUpDate = new Date(today.getTime() - 6 * DAY).toISOString().slice(0, 10);
  await expect(
    fran.page.getByText(`Follow-up meeting: ${formatSummaryDate(followUpDate)} (two weeks after`),
  ).toBeVisible();

  // Owner links for both items.
  const refill = item(fran.page, REFILL);
  const points = item(fran.page, POINTS);
  await refill.getByRole("button", { name: "Make owner link" }).click();
  const refillLink = await refill.getByLabel("Owner link").inputValue();
  await points.getByRole("button", { name: "Make owner link" }).click();
  const pointsLink = await points.getByLabel("Owner link").inputValue();
  expect(refillLink).toMatch(/\/u\//);

  // Olga updates her item from her phone, with no session in that browser.
  const phone = await actor("Olga on her phone", PHONE);
  await phone.page.goto(refillLink);
  await expect(phone.page.getByRole("heading", { level: 1, name: REFILL })).toBeVisible();
  await expect(phone.page.getByText("Owner: Olga Owner")).toBeVisible();
  await phone.page.getByLabel("Status").selectOption({ label: "Testing" });
  await phone.page.getByLabel("Owner's update").fill("Live for 10 % of members since Monday.");
  await phone.page.getByRole("button", { name: "Save progress" }).click();
  await expect(phone.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(phone.page.getByRole("heading", { name: "A/B test result" })).toBeVisible();
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    390,
  );
  await expectNoSeriousA11yViolations(phone.page);

  // The facilitator's view follows without a reload.
  await expect(refill.getByTestId("item-status")).toHaveText("Testing");
  await expect(refill.getByLabel("Owner's update")).toHaveValue(
    "Live for 10 % of members since Monday.",
  );
  await expect(refill.getByText("Olga Owner (owner link)")).toBeAttached();

  // The second owner drops theirs, with a reason.
  const second = await actor("Points owner");
  await second.page.goto(pointsLink);
  await second.page.getByLabel("Status").selectOption({ label: "Dropped" });
  await second.page.getByLabel("Why it was dropped").fill("Legal needs a consent review first");
  await second.page.getByRole("button", { name: "Save progress" }).click();
  await expect(second.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(
    points.getByText("Dropped because: Legal needs a consent review first"),
  ).toBeVisible();

  // The facilitator records what the test observed.
  await refill.getByLabel("Control: people").fill("2000");
  await refill.getByLabel("Control: conversions").fill("200");
  await refill.getByLabel("Variant: people").fill("2000");
  await refill.getByLabel("Variant: conversions").fill("250");
  await refill.getByRole("button", { name: "Save result" }).click();
  const result = refill.getByTestId("ab-result");
  await expect(result).toContainText("+2.50 pt (+25.0 % relative)");
  await expect(result).toContainText("+0.54 pt to +4.46 pt");
  await expect(result).toContainText("The variant converts better");
  // Against its plan: 10 % today, +2.5 points worth detecting, 80 % power → 2,507 per group.
  await expect(result).toContainText("The test has 79 % of its planned size (2,507 per group).");
  await expectNoSeriousA11yViolations(fran.page);

  // A replaced link stops working and says so; a made-up one says it does not work.
  await points.getByRole("button", { name: "Replace link" }).click();
  await expect(points.getByText("New link made: the old one no longer works.")).toBeVisible();
  await second.page.goto(pointsLink);
  await expect(
    second.page.getByRole("heading", { name: "This link was turned off" }),
  ).toBeVisible();
  await second.page.goto("/u/not-a-real-link");
  await expect(second.page.getByRole("heading", { name: "This link does not work" })).toBeVisible();

  // The stakeholder page gains a Progress section.
  const { createStakeholderLink } = await import("@/lib/sharing/stakeholder-shares");
  const share = await createStakeholderLink({ workshopId, userId: franId });
  const stakeholder = await actor("Stella Stakeholder");
  await stakeholder.page.goto(`/s/${share.token}`);
  const progress = stakeholder.page.getByRole("region", { name: "Progress" });
  await expect(progress.getByRole("heading", { name: "Progress" })).toBeVisible();
  await expect(progress).toContainText("Dropped: Legal needs a consent review first");
  await expect(progress).toContainText("Live for 10 % of members since Monday.");
  await expect(progress).toContainText("The variant converts better");

  // Every export gains it too; the JSON keeps the follow-up for a later import.
  const markdown = await fran.page.request.get(`/api/workshops/${workshopId}/export/md`);
  expect(await markdown.text()).toContain("## Progress");
  const pdf = await fran.page.request.get(`/api/workshops/${workshopId}/export/pdf`);
  expect(pdf.ok()).toBe(true);
  const pdfWords = await pdfText(new Uint8Array(await pdf.body()));
  expect(pdfWords).toContain("Progress");
  expect(pdfWords).toContain("Dropped: Legal needs a consent review first");
  expect(pdfWords).toContain("The variant converts better");
  const json = (await (
    await fran.page.request.get(`/api/workshops/${workshopId}/export/json`)
  ).json()) as { followUp?: { items: Record<string, { status: string }> } };
  expect(json.followUp?.items.refill?.status).toBe("testing");
  expect(json.followUp?.items.points?.status).toBe("dropped");

  // A late joiner sees the same, and so does the facilitator after a reload.
  const late = await actor("Lee Latecomer");
  await joinAsGuest(late.page, participantLink, "Lee Latecomer", "Design");
  await late.page.goto(`${path}/follow-up`);
  await expect(item(late.page, REFILL).getByTestId("item-status")).toHaveText("Testing");
  await expect(item(late.page, REFILL).getByTestId("ab-result")).toContainText(
    "+0.54 pt to +4.46 pt",
  );
  await expect(item(late.page, POINTS).getByTestId("item-status")).toHaveText("Dropped");
  await fran.page.reload();
  await expect(item(fran.page, REFILL).getByTestId("ab-result")).toContainText("+2.50 pt");

  // Both items recorded on the date: the dashboard calls it followed up.
  await fran.page.goto("/workshops");
  await expect(card.getByTestId("lifecycle")).toContainText("Followed up");

  // Run again: the next run starts from this one.
  await card.getByRole("link", { name: `Open the follow-up of ${title}` }).click();
  await fran.page.getByRole("button", { name: "Run again" }).click();
  await expect(
    fran.page.getByRole("heading", { level: 1, name: `${title} · run 2` }),
  ).toBeVisible();
  const nextId = workshopIdOf(fran.page);
  expect(nextId).not.toBe(workshopId);
  await expect(fran.page.getByTestId("from-last-time")).toContainText(
    `Started from ${title}: 1 segment, 2 roadmap items, 1 risk`,
  );
  const stored = await readDoc(fran.page, {
    workshopId: nextId,
    read: (doc) => ({ board: readBoard(doc), carried: readFromLastTime(doc) }),
  });
  expect(stored.board.segments.map((s) => s.name)).toEqual(["Members"]);
  expect(stored.board.roadmap.map((i) => [i.id, i.ownerUserId])).toEqual([
    ["refill", olgaId],
    ["points", franId],
  ]);
  expect(stored.board.risks.map((r) => [r.description, r.mitigation])).toEqual([
    ["Too many emails", "Cap at one a week"],
  ]);
  expect(stored.carried.previous).toEqual({ workshopId, title });
  expect(stored.carried.roadmapStatus).toEqual({ refill: "testing", points: "dropped" });
  // The same people: Olga finds the next run on her dashboard.
  await olga.page.goto("/workshops");
  await expect(
    olga.page.getByRole("listitem").filter({ hasText: `${title} · run 2` }),
  ).toBeVisible();

  // The second run moves on: a new segment, an idea re-rated, a risk closed.
  await seedDoc(fran.page, {
    workshopId: nextId,
    change: (doc) => {
      expectOk(addSegment(doc, { id: "lapsed", name: "Lapsed members" }));
      expectOk(placeOnMatrix(doc, { scenarioId: "points", value: 0.7, feasibility: 0.8 }));
      expectOk(removeRisk(doc, { riskId: "spam" }));
    },
  });
  await fran.page.getByRole("link", { name: "Compare the two runs" }).click();
  await expect(
    fran.page.getByRole("heading", { level: 1, name: "Compared with last time" }),
  ).toBeVisible();
  const roadmap = fran.page.getByRole("region", { name: "Roadmap: shipped vs planned" });
  await expect(roadmap).toContainText("2 planned last time: 1 testing, 1 dropped.");
  await expect(roadmap).toContainText(`${POINTS}: Dropped`);
  await expect(fran.page.getByRole("region", { name: "Segments" })).toContainText("Lapsed members");
  await expect(
    fran.page.getByRole("region", { name: "Ideas that moved on the matrix" }),
  ).toContainText(`${POINTS}: Big bets → Quick wins`);
  await expect(fran.page.getByRole("region", { name: "Risks" })).toContainText("Too many emails");
  await expectNoSeriousA11yViolations(fran.page);
});

/** The signed-in person's id, once a page of the app is open (the session endpoint needs one). */
async function signedInUserIdAfterLoad(page: Page): Promise<string> {
  await page.goto("/workshops");
  return signedInUserId(page);
}
