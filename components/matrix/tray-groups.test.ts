import { describe, expect, it } from "vitest";
import { groupTray } from "./tray-groups";

describe("groupTray", () => {
  it("groups ideas by segment in board order, with unsorted and orphaned ideas last", () => {
    const groups = groupTray({
      segments: [
        { id: "b", name: "Returning shoppers" },
        { id: "a", name: "  " },
      ],
      scenarios: [
        { id: "1", text: "one", segmentId: "a" },
        { id: "2", text: "two", segmentId: "b" },
        { id: "3", text: "three", segmentId: null },
        { id: "4", text: "four", segmentId: "gone" },
        { id: "5", text: "five", segmentId: "b" },
      ],
    });
    expect(groups.map((group) => [group.name, group.scenarios.map((s) => s.id)])).toEqual([
      ["Returning shoppers", ["2", "5"]],
      ["Unnamed segment", ["1"]],
      ["Unsorted", ["3", "4"]],
    ]);
  });

  it("keeps empty groups so the tray layout is stable", () => {
    const groups = groupTray({ segments: [{ id: "a", name: "A" }], scenarios: [] });
    expect(groups).toEqual([
      { id: "a", name: "A", scenarios: [] },
      { id: "unsorted", name: "Unsorted", scenarios: [] },
    ]);
  });
});
