import {
  createWorkshop,
  expect,
  inviteLink,
  joinAsGuest,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";

test("people in the same workshop see each other arrive and leave, live", async ({ actor }) => {
  const facilitator = await actor("Fran Facilitator");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Presence ${uniqueSuffix()}`);
  const link = await inviteLink(facilitator.page, "participant");
  const live = facilitator.page.getByTestId("live-status");
  await expect(live.getByText("Connected")).toBeVisible();

  const guest = await actor("Dana Data");
  await joinAsGuest(guest.page, link, guest.name, "Data science");
  await expect(guest.page.getByTestId("live-status").getByText("Connected")).toBeVisible();

  // Names come from the server-side session, so each sees the other's real name and function.
  await expect(live.getByLabel("Dana Data, participant, Data science")).toBeVisible();
  await expect(
    guest.page.getByTestId("live-status").getByLabel("Fran Facilitator, facilitator, Product"),
  ).toBeVisible();

  await guest.close();
  await expect(live.getByLabel("Dana Data, participant, Data science")).toHaveCount(0, {
    timeout: 40_000,
  });
});
