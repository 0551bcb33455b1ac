import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect } from "./actors";

/** Page object for steps 4 and 5 as one person sees them. */
export class Board {
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  async open(path: string, step: "scenarios" | "persofails"): Promise<void> {
    await this.page.goto(`${path}?step=${step}`);
    await expect(this.page.getByTestId("live-status").getByText("Connected")).toBeVisible();
  }

  async showStep(title: "Segments & scenarios" | "Persofails"): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Workshop steps" })
      .getByRole("button", { name: title })
      .click();
    await expect(this.page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }

  segment(name: string): Locator {
    return this.page.getByRole("region", { name: `Segment ${name}` });
  }

  moveHandle(scenario: string): Locator {
    return this.page.getByRole("button", { name: `Move scenario ${scenario}` });
  }

  async addSegment(name: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "New segment" });
    await form.getByLabel("New segment name").fill(name);
    await form.getByRole("button", { name: "Add segment" }).click();
    await expect(this.segment(name)).toBeVisible();
  }

  /** Adds a note with the column's button, or with the N shortcut when `viaShortcut`. */
  async addScenario(segment: string, text: string, viaShortcut = false): Promise<void> {
    const column = this.segment(segment);
    const add = column.getByRole("button", { name: `Add scenario to ${segment}` });
    if (viaShortcut) {
      await add.focus();
      await this.page.keyboard.press("n");
    } else {
      await add.click();
    }
    // The new note's text field takes focus; Enter saves it.
    await expect(column.getByLabel("Scenario text").last()).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
    await expect(column.getByRole("button", { name: `Move scenario ${text}` })).toBeVisible();
  }

  scenarioCard(text: string): Locator {
    return this.page.getByRole("article", { name: `Scenario ${text}` });
  }

  async addRisk(scenario: string, description: string, mitigation?: string): Promise<void> {
    const card = this.scenarioCard(scenario);
    await card.getByRole("button", { name: `Add risk to ${scenario}` }).click();
    const field = card.getByLabel("What could go wrong").last();
    await expect(field).toBeFocused();
    await this.page.keyboard.type(description);
    await this.page.keyboard.press("Enter");
    const risk = card.getByTestId("risk-note").filter({
      has: this.page.getByRole("button", { name: `Delete risk ${description}` }),
    });
    await risk.getByLabel("Severity").selectOption("high");
    if (mitigation) {
      await risk.getByLabel("Mitigation or failsafe").fill(mitigation);
      await risk.getByLabel("Mitigation or failsafe").press("Enter");
    }
  }

  async expectNoSeriousAxeViolations(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(", ")}`);
    expect(serious).toEqual([]);
  }
}
