import { describe, expect, it } from "vitest";
import { LIFECYCLE_STAGES } from "./records";
import { openSuggestions, SEGMENT_SUGGESTIONS } from "./segment-suggestions";

describe("segment suggestions", () => {
  it("cover the lifecycle from first visit to lapsed with valid stages", () => {
    const stages = SEGMENT_SUGGESTIONS.map((s) => s.lifecycleStage);
    for (const stage of stages) expect(LIFECYCLE_STAGES).toContain(stage);
    expect(stages).toEqual(expect.arrayContaining(["awareness", "active", "at-risk", "lapsed"]));
  });

  it("leave out the ones the board already has, whatever their case or spacing", () => {
    const names = openSuggestions(["cart  Abandoners", "Lapsed customers"]).map((s) => s.name);
    expect(names).not.toContain("Cart abandoners");
    expect(names).not.toContain("Lapsed customers");
    expect(names).toContain("High-value customers");
    expect(openSuggestions([])).toHaveLength(SEGMENT_SUGGESTIONS.length);
  });
});
