import type { Page } from "@playwright/test";
import { addToRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { expectOk } from "@/lib/documents/testing";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, inviteLink, joinAsGuest, signUp, test, uniqueSuffix } from "./support/actors";
import { createWorkshopAs, redeemLinkAs } from "./support/people";
import { seedDoc, signedInUserId, workshopIdOf } from "./support/seed-board";

const REFILL = "Remind members to refill before they run out";
const POINTS = "Nudge members about expiring points";

type ExportedRoster = { name: string; role: string; function: string; email: string | null }[];

async function importThroughForm(
  page: Page,
  file: { name: string; bytes: Buffer },
  people: RegExp,
): Promise<string> {
  await page.goto("/workshops");
  await page.getByText("Or start from an earlier workshop's JSON export").click();
  await page.getByLabel("Workshop JSON export").setInputFiles({
    name: file.name,
    mimeType: "application/json",
    buffer: file.bytes,
  });
  await page.getByLabel("Your function").last().selectOption({ label: "Data science" });
  await page.getByRole("radio", { name: people }).check();
  await page.getByRole("button", { name: "Import as a new workshop" }).click();
  await expect(page).toHaveURL(/\/workshops\/[^/?]+/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return workshopIdOf(page);
}

async function exportedRoster(page: Page, workshopId: string): Promise<string[]> {
  const response = await page.request.get(`/api/workshops/${workshopId}/export/json`);
  expect(response.ok()).toBe(true);
  const { roster } = (await response.json()) as { roster: ExportedRoster };
  return roster.map((m) => `${m.name} · ${m.role} · ${m.function} · ${m.email ?? "-"}`).sort();
}

test("JSON export → import keeps the roster and the roadmap owners; the importer chooses to invite them or keep their names", async ({
  actor,
}) => {
  test.setTimeout(150_000);
  const suffix = uniqueSuffix();
  const fran = await actor(`Fran Facilitator ${suffix}`);
  const franEmail = await signUp(fran.page, fran.name);
  const title = `Loyalty ${suffix}`;
  const path = await createWorkshopAs(fran.page, { title });
  await fran.page.goto(path);
  const workshopId = workshopIdOf(fran.page);
  const link = await inviteLink(fran.page, "participant");

  // Olga has an account; Gus joins as a guest.
  const olga = await actor(`Olga Owner ${suffix}`);
  const olgaEmail = await signUp(olga.page, olga.name);
  const olgaId = await signedInUserId(olga.page);
  await redeemLinkAs(olga.page, { link, functionLabel: "Marketing", userId: olgaId });
  const gus = await actor(`Gus Guest ${suffix}`);
  await joinAsGuest(gus.page, link, gus.name, "Customer support");
  const gusId = await signedInUserId(gus.page);

  await seedDoc(fran.page, {
    workshopId,
    change: (doc, { userId }) => {
      expectOk(addSegment(doc, { id: "members", name: "Members" }));
      for (const [id, text, owner] of [
        ["refill", REFILL, olgaId],
        ["points", POINTS, gusId],
      ] as const) {
        expectOk(addScenario(doc, { id, segmentId: "members", text, authorId: userId }));
        expectOk(addToRoadmap(doc, { scenarioId: id }));
        expectOk(updateRoadmapItem(doc, { itemId: id, ownerUserId: owner }));
      }
    },
  });

  const original = await exportedRoster(fran.page, workshopId);
  expect(original).toEqual(
    [
      `${fran.name} · facilitator · product · ${franEmail}`,
      `${olga.name} · participant · marketing · ${olgaEmail}`,
      `${gus.name} · participant · customer-support · -`,
    ].sort(),
  );
  const download = await fran.page.request.get(`/api/workshops/${workshopId}/export/json`);
  const file = { name: "loyalty-workshop.json", bytes: await download.body() };

  // Hana imports it and invites the people: Olga (an account here) gets it in her list.
  const hana = await actor(`Hana Importer ${suffix}`);
  const hanaEmail = await signUp(hana.page, hana.name);
  await hana.page.goto("/workshops");
  await hana.page.getByText("Or start from an earlier workshop's JSON export").click();
  await expect(hana.page.getByRole("group", { name: "People from the export" })).toBeVisible();
  await expectNoSeriousA11yViolations(hana.page);
  const invited = await importThroughForm(hana.page, file, /^Invite them/);
  const hanaLine = `${hana.name} · facilitator · data-science · ${hanaEmail}`;
  expect(await exportedRoster(hana.page, invited)).toEqual([...original, hanaLine].sort());
  await hana.page.goto(`/workshops/${invited}?step=share`);
  const roadmap = hana.page
    .getByRole("article", { name: "Workshop summary" })
    .getByRole("table", { name: "Roadmap" });
  await expect(roadmap.getByRole("row", { name: new RegExp(REFILL) })).toContainText(olga.name);
  await expect(roadmap.getByRole("row", { name: new RegExp(POINTS) })).toContainText(gus.name);
  await olga.page.goto("/workshops");
  await expect(olga.page.getByRole("listitem").filter({ hasText: title })).toHaveCount(2);

  // Imported again with names only: the same roster and owners, and nobody gets access.
  const named = await importThroughForm(hana.page, file, /^Keep their names only/);
  expect(named).not.toBe(invited);
  expect(await exportedRoster(hana.page, named)).toEqual([...original, hanaLine].sort());
  await hana.page.goto(`/workshops/${named}?step=share`);
  const namedRoadmap = hana.page
    .getByRole("article", { name: "Workshop summary" })
    .getByRole("table", { name: "Roadmap" });
  await expect(namedRoadmap.getByRole("row", { name: new RegExp(REFILL) })).toContainText(
    olga.name,
  );
  await expect(namedRoadmap.getByRole("row", { name: new RegExp(POINTS) })).toContainText(gus.name);
  await olga.page.reload();
  await expect(olga.page.getByRole("listitem").filter({ hasText: title })).toHaveCount(2);
  const refused = await olga.page.request.get(`/api/workshops/${named}/export/json`);
  expect(refused.status()).toBe(403);
});
