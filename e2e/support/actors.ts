import { randomUUID } from "node:crypto";
import {
  expect,
  test as base,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import { accountFor, createWorkshopAs, PASSWORD, redeemLinkAs } from "./people";

export type Actor = { page: Page; name: string; close: () => Promise<void> };

/** Each person in a test gets a browser context of their own, like separate laptops. */
async function newActor(
  browser: Browser,
  name: string,
  options?: BrowserContextOptions,
): Promise<Actor> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { page, name, close: () => context.close() };
}

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** A phone: 390×844 with touch, for flows that must work on a small touch screen. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
};

export const test = base.extend<{
  actor: (name: string, options?: BrowserContextOptions) => Promise<Actor>;
}>({
  actor: async ({ browser }, use) => {
    const actors: Actor[] = [];
    await use(async (name, options) => {
      const actor = await newActor(browser, name, options);
      actors.push(actor);
      return actor;
    });
    await Promise.all(actors.map((actor) => actor.close()));
  },
});

export { expect };

export { PASSWORD };

/** A facilitator account, signed in on `page` without the form (see ./people.ts); its email. */
export async function signUp(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${uniqueSuffix()}@example.test`;
  return accountFor(page, name, email);
}

/** Signs up through the form, for tests of the form itself; its email. */
export async function signUpThroughForm(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${uniqueSuffix()}@example.test`;
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your workshops" })).toBeVisible();
  return email;
}

const OBJECTIVE_DRAFT = "Rank the five best personalization ideas.";
const DATE = "2026-12-03";

/** A workshop created without the form by the person on `page`, who is then on it; its path. */
export async function createWorkshop(page: Page, title: string): Promise<string> {
  const path = await createWorkshopAs(page, {
    title,
    objectiveDraft: OBJECTIVE_DRAFT,
    scheduledFor: new Date(`${DATE}T00:00:00.000Z`),
  });
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return path;
}

/** Creates a workshop through the form, for tests of the form itself; its path. */
export async function createWorkshopThroughForm(page: Page, title: string): Promise<string> {
  await page.goto("/workshops");
  const form = page.getByRole("form", { name: "New workshop" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Objective draft").fill(OBJECTIVE_DRAFT);
  await form.getByLabel("Date").fill(DATE);
  await form.getByRole("button", { name: "Create workshop" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

export async function inviteLink(page: Page, role: "participant" | "observer"): Promise<string> {
  const label = role === "participant" ? "Participants link" : "Observers and stakeholders link";
  return page.getByLabel(label).inputValue();
}

/** Joins by `link` as a new guest without the form (see ./people.ts), landing on the workshop. */
export async function joinAsGuest(page: Page, link: string, name: string, fn: string) {
  const path = await redeemLinkAs(page, { link, functionLabel: fn, guestName: name });
  await page.goto(path);
}

/** Joins through the invite page's form, for tests of joining itself. */
export async function joinAsGuestThroughForm(page: Page, link: string, name: string, fn: string) {
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Your function").selectOption({ label: fn });
  await page.getByRole("button", { name: "Join the workshop" }).click();
}
