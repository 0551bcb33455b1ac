import { describe, expect, it } from "vitest";
import { noteName, scenarioAnnouncements, type BoardOutline } from "./drag-announcements";
import { endSlotId } from "./drop-target";

const outline: BoardOutline = {
  columns: [
    { segmentId: "a", scenarioIds: ["a1", "a2"] },
    { segmentId: "b", scenarioIds: ["b1"] },
  ],
  segmentNames: new Map([
    ["a", "Returning shoppers"],
    ["b", "  "],
  ]),
  scenarioTexts: new Map([
    ["a1", "Suggest the size they bought last time"],
    ["a2", ""],
    ["b1", "x".repeat(60)],
  ]),
};

// dnd-kit passes whole Active/Over objects; only the ids matter here.
const node = (id: string) => ({ id }) as never;

describe("scenarioAnnouncements", () => {
  const announce = scenarioAnnouncements(() => outline);

  it("names the note and where it is picked up", () => {
    expect(announce.onDragStart({ active: node("a1") })).toBe(
      "Picked up Scenario “Suggest the size they bought last time”, position 1 of 2 in Returning shoppers.",
    );
  });

  it("says where the note would land, counting it in the target column", () => {
    expect(announce.onDragOver?.({ active: node("a1"), over: node("b1") })).toBe(
      "Scenario “Suggest the size they bought last time” would move to position 1 of 2 in Untitled segment.",
    );
    expect(announce.onDragOver?.({ active: node("a2"), over: node("a2") })).toBe(
      "Empty scenario is back in its original place.",
    );
  });

  it("stays quiet while the note is still over its own place right after pick-up", () => {
    const fresh = scenarioAnnouncements(() => outline);
    fresh.onDragStart({ active: node("a1") });
    expect(fresh.onDragOver?.({ active: node("a1"), over: node("a1") })).toBeUndefined();
    expect(fresh.onDragOver?.({ active: node("a1"), over: node("a2") })).toContain("would move");
    expect(fresh.onDragOver?.({ active: node("a1"), over: node("a1") })).toContain("original");
  });

  it("confirms the drop, or that nothing moved", () => {
    expect(announce.onDragEnd({ active: node("a2"), over: node(endSlotId("b")) })).toBe(
      "Dropped Empty scenario at position 2 of 2 in Untitled segment.",
    );
    expect(announce.onDragEnd({ active: node("a2"), over: null })).toBe(
      "Empty scenario was not moved.",
    );
    expect(announce.onDragCancel({ active: node("a1"), over: null })).toContain("cancelled");
  });

  it("shortens long notes", () => {
    expect(noteName(outline, "b1")).toBe(`Scenario “${"x".repeat(40)}…”`);
  });
});
