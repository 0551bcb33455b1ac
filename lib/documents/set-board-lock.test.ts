import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readControl } from "./control";
import { setBoardLock } from "./set-board-lock";

describe("setBoardLock", () => {
  it("sets the flag the server reads, and clears it", () => {
    const control = new Y.Doc();
    expect(readControl(control).locked).toBe(false);
    expect(setBoardLock(control, { locked: true })).toEqual({ ok: true, value: true });
    expect(readControl(control).locked).toBe(true);
    setBoardLock(control, { locked: false });
    expect(readControl(control).locked).toBe(false);
  });

  it("refuses anything but a boolean and changes nothing", () => {
    const control = new Y.Doc();
    const result = setBoardLock(control, { locked: "yes" as unknown as boolean });
    expect(result.ok).toBe(false);
    expect(readControl(control).locked).toBe(false);
  });
});
