import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import ICAL from "ical.js";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { editObjective, setFollowUpDate } from "@/lib/documents/objective";
import { addRisk } from "@/lib/documents/risks";
import { proposeRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { castVote, closeVote, openVote, type VoteRound } from "@/lib/documents/votes";
import { createWorkshop, expect, signUp, test, uniqueSuffix } from "./support/actors";
import { seedDoc, workshopIdOf } from "./support/seed-board";

const OBJECTIVE = "Choisir les idées de personnalisation à construire en premier — déjà!";
const ITEMS = [
  "Recommend refills from past orders",
  "Welcome back returning visitors by name",
  "Suggest bundles to first-time buyers",
];
const HOSTILE = 'Evil <script>alert("x")</script> | `code` note';
const FOLLOW_UP = "2027-01-15";

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join("\n").replace(/\s+/g, " ");
}

/** Clicks a download button in step 8 and returns the file's name and bytes. */
async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`[data-export="${format}"]`).click(),
  ]);
  const path = await file.path();
  const bytes = await readFile(path);
  expect(bytes.byteLength, `${format} is not empty`).toBeGreaterThan(0);
  return { name: file.suggestedFilename(), bytes };
}

test("step 8 downloads every format, and the stakeholder page is live, public and revocable", async ({
  actor,
}) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  const title = `Exports ${uniqueSuffix()}`;
  await createWorkshop(facilitator.page, title);
  const workshopId = workshopIdOf(facilitator.page);
  await seedDoc(facilitator.page, {
    workshopId,
    change: (doc, { userId }) => {
      editObjective(doc, { text: OBJECTIVE });
      addSegment(doc, { id: "returning", name: "Returning shoppers" });
      ITEMS.forEach((text, index) => {
        addScenario(doc, { id: `s${index}`, segmentId: "returning", text, authorId: userId });
        placeOnMatrix(doc, { scenarioId: `s${index}`, value: 0.9 - index / 10, feasibility: 0.8 });
      });
      addScenario(doc, { id: "evil", segmentId: "returning", text: HOSTILE, authorId: userId });
      placeOnMatrix(doc, { scenarioId: "evil", value: 0.2, feasibility: 0.2 });
      addRisk(doc, {
        scenarioId: "s1",
        authorId: userId,
        category: "privacy",
        description: "Shows a name on a shared computer",
        mitigation: "Only after the visitor signs in",
      });
      proposeRoadmap(doc);
      updateRoadmapItem(doc, { itemId: "s0", slot: "2027-Q1", dependencies: "Order feed" });
      setFollowUpDate(doc, { date: FOLLOW_UP });
    },
  });
  // A closed dot vote: two dots on the first idea.
  let round: VoteRound | null = null;
  await seedDoc(facilitator.page, {
    workshopId,
    docName: "control",
    change: (doc) => {
      const opened = openVote(doc, {
        step: "prioritize",
        votesPerPerson: 3,
        maxPerNote: 2,
        hideResults: false,
      });
      if (opened.ok) round = opened.value;
    },
  });
  await seedDoc(facilitator.page, {
    workshopId,
    change: (doc, { userId }) => {
      castVote(doc, round, { voterId: userId, scenarioId: "s0" });
      castVote(doc, round, { voterId: userId, scenarioId: "s0" });
    },
  });
  await seedDoc(facilitator.page, {
    workshopId,
    docName: "control",
    change: (doc) => void closeVote(doc, { step: "prioritize" }),
  });

  const page = facilitator.page;
  await page.goto(`/workshops/${workshopId}?step=share`);
  await expect(page.getByRole("heading", { name: "Download the summary" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Prioritization matrix" })).toBeVisible();

  const pdf = await download(page, "pdf");
  expect(pdf.name).toMatch(/\.pdf$/);
  const text = await pdfText(new Uint8Array(pdf.bytes));
  expect(text).toContain(OBJECTIVE);
  // The executive summary comes first; arrows are real glyphs, not NULs.
  expect(text.indexOf("Executive summary")).toBeLessThan(text.indexOf("Participants"));
  expect(text).not.toContain("\u0000");
  for (const item of ITEMS) expect(text).toContain(item);

  const docx = unzipSync(new Uint8Array((await download(page, "docx")).bytes));
  const xml = strFromU8(docx["word/document.xml"] ?? new Uint8Array());
  expect(xml).toContain(OBJECTIVE);
  for (const item of ITEMS) expect(xml).toContain(item);

  const markdown = (await download(page, "md")).bytes.toString("utf8");
  expect(markdown).toContain(`# ${title}`);
  expect(markdown).toContain("| # | Feature | Owner | When |");
  expect(markdown).not.toContain("<script");
  const svg = (await download(page, "matrix-svg")).bytes.toString("utf8");
  expect(svg).toMatch(/^<svg/);
  expect(svg).not.toContain("<script");
  expect((await download(page, "timeline-svg")).bytes.toString("utf8")).toContain(ITEMS[0]);

  const roadmapCsv = (await download(page, "csv-roadmap")).bytes.toString("utf8");
  for (const item of ITEMS) expect(roadmapCsv).toContain(item);
  expect(roadmapCsv).toContain("2027-Q1");
  const scenariosCsv = (await download(page, "csv-scenarios")).bytes.toString("utf8");
  expect(scenariosCsv).toContain('"Evil <script>alert(""x"")</script> | `code` note"');

  // The invite: a 45-minute meeting at the time picked next to the date.
  await page.getByLabel("Time (45 minutes)").fill("14:30");
  const ics = (await download(page, "ics")).bytes.toString("utf8");
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const event = new ICAL.Event(vevent);
  expect(event.startDate.isDate).toBe(false);
  expect(event.startDate.toJSDate().getTime()).toBe(
    await page.evaluate((date) => new Date(`${date}T14:30:00`).getTime(), FOLLOW_UP),
  );
  expect(event.duration.toSeconds()).toBe(45 * 60);
  expect(event.summary).toBe(`Follow-up: ${title}`);
  expect(event.attendees.map((a) => a.getParameter("cn"))).toContain(facilitator.name);

  const json = await download(page, "json");
  const exported = JSON.parse(json.bytes.toString("utf8"));
  expect(exported.format).toBe("prepersonalize.workshop");
  expect(exported.board.roadmap).toHaveLength(3);

  // The stakeholder link: a browser with no session reads the summary.
  await page.getByRole("button", { name: "Create stakeholder link" }).click();
  const linkField = page.getByLabel("Stakeholder link");
  await expect(linkField).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  // With a stakeholder link, the invite links the page every attendee can open.
  const invite = (await download(page, "ics")).bytes.toString("utf8");
  const inviteEvent = new ICAL.Component(ICAL.parse(invite)).getFirstSubcomponent("vevent");
  expect(inviteEvent?.getFirstPropertyValue("url")).toBe(link);
  expect(invite).not.toContain("0.0.0.0");

  const stakeholder = await actor("Stella Stakeholder");
  await stakeholder.page.goto(link);
  const summary = stakeholder.page.getByRole("article", { name: "Workshop summary" });
  await expect(summary.getByRole("heading", { name: title })).toBeVisible();
  await expect(summary).toContainText(OBJECTIVE);
  for (const item of ITEMS)
    await expect(summary.getByRole("table", { name: "Roadmap" })).toContainText(item);
  // The executive summary opens the page; the votes of the closed vote are in the scenario table.
  const sections = summary.getByRole("heading", { level: 4 });
  await expect(sections.first()).toHaveText("Executive summary");
  await expect(summary.getByRole("table", { name: "What we build first" })).toContainText(
    ITEMS[0] ?? "",
  );
  const scenarios = summary.getByRole("table", { name: "Prioritized scenarios" });
  await expect(scenarios.getByRole("columnheader", { name: "Votes" })).toBeVisible();
  await expect(scenarios.getByRole("row", { name: new RegExp(ITEMS[0] ?? "") })).toContainText(
    "Quick wins",
  );
  await expect(stakeholder.page.getByRole("img", { name: "Prioritization matrix" })).toBeVisible();
  await expect(stakeholder.page.getByRole("img", { name: "Roadmap timeline" })).toBeVisible();
  await expect(stakeholder.page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    `${title} — workshop summary`,
  );
  await expect(stakeholder.page.locator('meta[property="og:description"]')).toHaveAttribute(
    "content",
    OBJECTIVE,
  );
  await expect(summary.locator("script")).toHaveCount(0);

  // Printed, the first page is full: it holds the executive summary and the objective after it.
  const printed = await stakeholder.page.pdf({ format: "A4" });
  await test
    .info()
    .attach("stakeholder-print.pdf", { body: printed, contentType: "application/pdf" });
  const printedPages = await pdfPages(new Uint8Array(printed));
  expect(printedPages[0]).toContain("Executive summary");
  expect(printedPages[0]).toContain("Participants");

  // Live: the objective changes on the board, the open stakeholder page follows.
  const changed = "Build the refill reminder first.";
  await seedDoc(page, { workshopId, change: (doc) => editObjective(doc, { text: changed }) });
  await expect(summary).toContainText(changed, { timeout: 20_000 });

  // Revoked: the facilitator turns the link off and it stops working.
  await page.getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByRole("button", { name: "Create stakeholder link" })).toBeVisible();
  const revoked = await stakeholder.page.reload();
  expect(revoked?.status()).toBe(410);
  await expect(
    stakeholder.page.getByRole("heading", { name: "This link was revoked" }),
  ).toBeVisible();
  await expect(stakeholder.page.getByText(changed)).toHaveCount(0);
  const response = await stakeholder.page.request.get(
    `${new URL(link).pathname.replace("/s/", "/api/s/")}/version`,
  );
  expect(response.status()).toBe(410);

  // Without a session the export route refuses.
  const anonymous = await stakeholder.page.request.get(`/api/workshops/${workshopId}/export/pdf`);
  expect(anonymous.status()).toBe(401);

  // Import: the JSON starts a new workshop with the same boards.
  await page.goto("/workshops");
  await page.getByText("Or start from an earlier workshop's JSON export").click();
  await page.getByLabel("Workshop JSON export").setInputFiles({
    name: json.name,
    mimeType: "application/json",
    buffer: json.bytes,
  });
  await page.getByLabel("Your function").last().selectOption({ label: "Product" });
  await page.getByRole("button", { name: "Import as a new workshop" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(workshopIdOf(page)).not.toBe(workshopId);
  const importedId = workshopIdOf(page);
  await page.goto(`/workshops/${importedId}?step=share`);
  const importedSummary = page.getByRole("article", { name: "Workshop summary" });
  // The JSON was downloaded before the objective changed.
  await expect(importedSummary).toContainText(OBJECTIVE);
  for (const item of ITEMS) await expect(importedSummary).toContainText(item);
});

test("a download that fails says so instead of saving an empty file", async ({ actor }) => {
  const facilitator = await actor("Fay Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Errors ${uniqueSuffix()}`);
  const workshopId = workshopIdOf(facilitator.page);
  await facilitator.page.goto(`/workshops/${workshopId}?step=share`);
  await facilitator.page.route("**/export/pdf", (route) =>
    route.fulfill({ status: 500, json: { error: "The export could not be built." } }),
  );
  let downloaded = false;
  facilitator.page.on("download", () => {
    downloaded = true;
  });
  await facilitator.page.locator('[data-export="pdf"]').click();
  await expect(facilitator.page.getByRole("alert").filter({ hasText: "PDF:" })).toHaveText(
    "PDF: The export could not be built.",
  );
  expect(downloaded).toBe(false);
});

test("the workshop's Download menu exports from any step", async ({ actor }) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  const title = `Menu export ${uniqueSuffix()}`;
  await createWorkshop(facilitator.page, title);
  await facilitator.page.getByRole("button", { name: "Download" }).click();
  const [file] = await Promise.all([
    facilitator.page.waitForEvent("download"),
    facilitator.page.getByRole("menuitem", { name: /^Markdown/ }).click(),
  ]);
  const markdown = await readFile(await file.path(), "utf8");
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  expect(markdown).toContain(title);
  await expect(facilitator.page.getByText("Markdown downloaded.")).toBeVisible();
});

test("the Download menu opens from the keyboard on its first use", async ({ actor }) => {
  const facilitator = await actor("Kim Keyboard");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Keyboard export ${uniqueSuffix()}`);
  const page = facilitator.page;
  const trigger = page.getByRole("button", { name: "Download" });
  // The menu itself is loaded on first use: Enter must still open it, on the first item.
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: /^PDF/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: /^Word/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(trigger).toBeFocused();
});
