import { randomUUID } from "node:crypto";
import {
  expect,
  test as base,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";

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

export const PASSWORD = "correct horse battery staple";

export async function signUp(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${uniqueSuffix()}@example.test`;
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your workshops" })).toBeVisible();
  return email;
}

export async function createWorkshop(page: Page, title: string): Promise<string> {
  await page.goto("/workshops");
  const form = page.getByRole("form", { name: "New workshop" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Objective draft").fill("Rank the five best personalization ideas.");
  await form.getByLabel("Date").fill("2026-12-03");
  await form.getByRole("button", { name: "Create workshop" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

export async function inviteLink(page: Page, role: "participant" | "observer"): Promise<string> {
  const label = role === "participant" ? "Participants link" : "Observers and stakeholders link";
  return page.getByLabel(label).inputValue();
}

export async function joinAsGuest(page: Page, link: string, name: string, fn: string) {
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Your function").selectOption({ label: fn });
  await page.getByRole("button", { name: "Join the workshop" }).click();
}
