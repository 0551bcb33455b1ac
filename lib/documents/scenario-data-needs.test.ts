import { describe, expect, it } from "vitest";
import { dataGapText, scenarioDataGap } from "./scenario-data-needs";

const sources = [{ id: "orders" }, { id: "views" }];

describe("scenarioDataGap", () => {
  it("is null when every tagged source is listed and nothing is missing", () => {
    expect(
      scenarioDataGap({
        scenario: { dataSourceIds: ["orders", "views"], missingData: "  " },
        dataSources: sources,
      }),
    ).toBeNull();
  });

  it("reports data the group wrote down as missing", () => {
    const gap = scenarioDataGap({
      scenario: { dataSourceIds: ["orders"], missingData: " Store  visits " },
      dataSources: sources,
    });
    expect(gap).toEqual({ described: "Store visits", unlistedIds: [] });
    expect(gap && dataGapText(gap)).toBe("Needs data step 3 does not list: Store visits.");
  });

  it("reports a tagged source that step 3 no longer lists", () => {
    const gap = scenarioDataGap({
      scenario: { dataSourceIds: ["orders", "gone"], missingData: "" },
      dataSources: sources,
    });
    expect(gap).toEqual({ described: "", unlistedIds: ["gone"] });
    expect(gap && dataGapText(gap)).toBe(
      "Needs data step 3 does not list: 1 tagged source was removed from step 3.",
    );
  });
});
