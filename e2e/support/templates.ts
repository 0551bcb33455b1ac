import type { Page } from "@playwright/test";
import { expect } from "./actors";

/**
 * Creates a workshop through the dashboard's form from the template whose radio is named
 * `template` (the form fills the objective draft from it); the new workshop's path.
 */
export async function createFromTemplate(
  page: Page,
  title: string,
  template: RegExp,
): Promise<string> {
  await page.goto("/workshops");
  const form = page.getByRole("form", { name: "New workshop" });
  await form.getByLabel("Title").fill(title);
  await form.getByRole("radio", { name: template }).check();
  await expect(form.getByLabel("Objective draft")).not.toHaveValue("");
  await form.getByRole("button", { name: "Create workshop" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}
