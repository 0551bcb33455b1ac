import type { Locator, Page } from "@playwright/test";
import { expect } from "./actors";

/** The prioritize step as one person sees it. */
export class Matrix {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Workshop steps" })
      .getByRole("button", { name: "Prioritize" })
      .click();
    await expect(this.page.getByRole("heading", { level: 2, name: /Prioritize/ })).toBeVisible();
  }

  get board(): Locator {
    return this.page.getByTestId("matrix");
  }

  get tray(): Locator {
    return this.page.getByTestId("scenario-tray");
  }

  /** A note on the matrix; its accessible name starts with the idea's text. */
  note(text: string): Locator {
    return this.board.getByRole("button", { name: new RegExp(`^${text}`) });
  }

  trayNote(text: string): Locator {
    return this.tray.getByRole("button", { name: new RegExp(`^${text}`) });
  }

  async centreOf(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error("Element is not visible");
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The screen point of a matrix position (value and feasibility from 0 to 1). */
  async pointAt(value: number, feasibility: number): Promise<{ x: number; y: number }> {
    const box = await this.board.boundingBox();
    if (!box) throw new Error("Matrix is not visible");
    return { x: box.x + feasibility * box.width, y: box.y + (1 - value) * box.height };
  }

  /**
   * Centres the matrix in the window. Dragging within 5 % of the window's edge scrolls the
   * page under the pointer, so a drop measured near an edge lands wherever the scroll stops.
   */
  async centreBoard(): Promise<void> {
    await this.board.evaluate((element) =>
      element.scrollIntoView({ block: "center", inline: "nearest" }),
    );
  }

  /**
   * Presses the mouse on `from`, moves in small steps to a matrix position (value and
   * feasibility from 0 to 1), and leaves the button down.
   */
  async startDrag(from: Locator, value: number, feasibility: number): Promise<void> {
    await this.centreBoard();
    await from.scrollIntoViewIfNeeded();
    const start = await this.centreOf(from);
    const to = await this.pointAt(value, feasibility);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 12, start.y + 4, { steps: 3 });
    await this.page.mouse.move(to.x, to.y, { steps: 15 });
  }
}
