import {
  createWorkshop,
  createWorkshopThroughForm,
  expect,
  inviteLink,
  joinAsGuestThroughForm,
  PASSWORD,
  signUp,
  signUpThroughForm,
  test,
  uniqueSuffix,
} from "./support/actors";

// Signs up, creates the workshop and joins through the forms: the other specs skip them.
test("a facilitator invites a participant and an observer, then revokes the link", async ({
  actor,
}) => {
  const facilitator = await actor("Fran Facilitator");
  await signUpThroughForm(facilitator.page, facilitator.name);
  const title = `Onboarding personalization ${uniqueSuffix()}`;
  const workshopPath = await createWorkshopThroughForm(facilitator.page, title);

  await facilitator.page.goto("/workshops");
  await expect(facilitator.page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await facilitator.page.goto(workshopPath);
  const participantLink = await inviteLink(facilitator.page, "participant");
  const observerLink = await inviteLink(facilitator.page, "observer");
  expect(participantLink).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
  expect(observerLink).not.toBe(participantLink);

  const guest = await actor("Dana Data");
  await joinAsGuestThroughForm(guest.page, participantLink, guest.name, "Data science");
  await expect(guest.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(guest.page.getByTestId("my-role")).toHaveText("participant");
  await expect(guest.page.getByTestId("invite-participant")).toHaveCount(0);

  const observer = await actor("Sam Stakeholder");
  await joinAsGuestThroughForm(observer.page, observerLink, observer.name, "Marketing");
  await expect(observer.page.getByTestId("my-role")).toHaveText("observer");
  await expect(observer.page.getByText("Read-only")).toBeVisible();

  await facilitator.page.reload();
  const roster = facilitator.page.getByRole("list", { name: "Roster" });
  await expect(roster.getByRole("listitem").filter({ hasText: guest.name })).toContainText(
    "Data science",
  );
  await expect(roster.getByRole("listitem").filter({ hasText: guest.name })).toContainText(
    "Participant",
  );
  await expect(roster.getByRole("listitem").filter({ hasText: observer.name })).toContainText(
    "Observer",
  );

  const card = facilitator.page.getByTestId("invite-participant");
  await card.getByRole("button", { name: "Revoke" }).click();
  await expect(card.getByText("This link is revoked")).toBeVisible();

  const late = await actor("Lee Late");
  await late.page.goto(participantLink);
  await expect(
    late.page.getByRole("heading", { name: "This invite link was switched off" }),
  ).toBeVisible();

  await card.getByRole("button", { name: "Create a new link" }).click();
  const freshLink = await inviteLink(facilitator.page, "participant");
  expect(freshLink).not.toBe(participantLink);
  await joinAsGuestThroughForm(late.page, freshLink, late.name, "Legal / compliance");
  await expect(late.page.getByTestId("my-role")).toHaveText("participant");
});

test("someone who is not a member gets a clear 403 page", async ({ actor }) => {
  const owner = await actor("Olive Owner");
  await signUp(owner.page, owner.name);
  const workshopPath = await createWorkshop(owner.page, `Private ${uniqueSuffix()}`);

  const stranger = await actor("Stan Stranger");
  await signUp(stranger.page, stranger.name);
  const response = await stranger.page.goto(workshopPath);
  expect(response?.status()).toBe(403);
  await expect(
    stranger.page.getByRole("heading", { name: "You are not a member of this workshop" }),
  ).toBeVisible();

  // Once invited, the same signed-in person joins with their account rather than as a guest.
  const link = await inviteLink(owner.page, "participant");
  await stranger.page.goto(link);
  await stranger.page.getByLabel("Your function").selectOption({ label: "Engineering" });
  await stranger.page.getByRole("button", { name: `Join as ${stranger.name}` }).click();
  await expect(stranger.page.getByTestId("my-role")).toHaveText("participant");

  const anonymous = await actor("Anon");
  await anonymous.page.goto(workshopPath);
  await expect(anonymous.page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("wrong password, sign-out and a malformed link each explain themselves", async ({ actor }) => {
  const person = await actor("Pat Product");
  const email = await signUp(person.page, person.name);

  await person.page.goto("/signout");
  await person.page.getByRole("button", { name: "Sign out" }).click();
  await expect(person.page.getByText("You are signed out")).toBeVisible();

  await person.page.getByLabel("Email").fill(email);
  await person.page.getByLabel("Password").fill("not the password");
  await person.page.getByRole("button", { name: "Sign in" }).click();
  await expect(person.page.getByText("do not match an account")).toBeVisible();

  await person.page.getByLabel("Password").fill(PASSWORD);
  await person.page.getByRole("button", { name: "Sign in" }).click();
  await expect(person.page.getByRole("heading", { name: "Your workshops" })).toBeVisible();

  await person.page.goto("/join/not-a-real-token");
  await expect(
    person.page.getByRole("heading", { name: "This link does not lead to a workshop" }),
  ).toBeVisible();
});

test("sign-up rejects bad input with messages next to the fields", async ({ actor }) => {
  const person = await actor("Val Validation");
  await person.page.goto("/signup");
  await person.page.getByLabel("Your name").fill("Val");
  await person.page.getByLabel("Email").fill("not-an-email");
  await person.page.getByLabel("Password").fill("short");
  await person.page.getByRole("button", { name: "Create account" }).click();
  await expect(person.page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(person.page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(person.page.getByLabel("Your name")).toHaveValue("Val");
});
