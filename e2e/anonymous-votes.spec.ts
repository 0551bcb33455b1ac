import { setAnonymousMode, setCurrentStep } from "@/lib/documents/control";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { VOTES_MAP } from "@/lib/documents/vote-keys";
import {
  createWorkshop,
  expect,
  inviteLink,
  joinAsGuest,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";
import { readDoc, seedDoc, signedInUserId, workshopIdOf } from "./support/seed-board";

const IDEA = "Recommend products from past orders";
const OTHER = "Suggest bundles to first-time buyers";

test("in anonymous mode a dot counts but never names its voter, in the browser or on the server", async ({
  actor,
}) => {
  const fran = await actor("Fran Facilitator");
  await signUp(fran.page, fran.name);
  const path = await createWorkshop(fran.page, `Anonymous votes ${uniqueSuffix()}`);
  const link = await inviteLink(fran.page, "participant");
  const workshopId = workshopIdOf(fran.page);
  await seedDoc(fran.page, {
    workshopId,
    change: (doc, { userId }) => {
      addSegment(doc, { id: "returning", name: "Returning shoppers" });
      addScenario(doc, { id: "recommend", segmentId: "returning", text: IDEA, authorId: userId });
      addScenario(doc, { id: "bundle", segmentId: "returning", text: OTHER, authorId: userId });
    },
  });
  await seedDoc(fran.page, {
    workshopId,
    docName: "control",
    change: (doc) => {
      setCurrentStep(doc, { step: "scenarios" });
      setAnonymousMode(doc, { anonymous: true });
    },
  });
  await fran.page.goto(`${path}?step=scenarios`);

  const dana = await actor("Dana Data");
  await joinAsGuest(dana.page, link, dana.name, "Data science");
  await dana.page.waitForURL(/\/workshops\//);
  const danaId = await signedInUserId(dana.page);
  await expect(dana.page.getByText("Anonymous: names are not recorded").first()).toBeVisible();

  const settings = fran.page.getByRole("form", { name: "Open a vote" });
  await settings.getByLabel("Votes per person").fill("2");
  await settings.getByRole("button", { name: "Open vote" }).click();
  await expect(dana.page.getByTestId("vote-status")).toContainText("you have 2 of 2 votes left");

  await dana.page.getByRole("button", { name: `Vote for ${IDEA}` }).click();
  await dana.page.getByRole("button", { name: `Vote for ${OTHER}` }).click();
  await expect(dana.page.getByTestId("vote-status")).toContainText("you have 0 of 2 votes left");
  // No refusal: the server accepted both dots under her pseudonym.
  await expect(dana.page.getByText("your last change was not saved")).toHaveCount(0);

  await fran.page.getByRole("button", { name: "Close vote and show results" }).click();
  for (const page of [fran.page, dana.page]) {
    await expect(page.getByTestId("vote-status")).toContainText("Voting is closed: 1 person voted");
  }

  const keys = await readDoc(fran.page, {
    workshopId,
    read: (doc) => [...doc.getMap(VOTES_MAP).keys()],
  });
  expect(keys).toHaveLength(2);
  for (const key of keys) expect(key).not.toContain(danaId);
});
