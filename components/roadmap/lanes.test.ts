import { describe, expect, it } from "vitest";
import { laneOf, timelineLanes } from "./lanes";

describe("laneOf", () => {
  it("puts a month in its quarter and a quarter in its first month", () => {
    expect(laneOf("2027-03", "quarter")).toBe("2027-Q1");
    expect(laneOf("2027-10", "quarter")).toBe("2027-Q4");
    expect(laneOf("2027-Q3", "month")).toBe("2027-07");
    expect(laneOf("2027-Q2", "quarter")).toBe("2027-Q2");
    expect(laneOf("nonsense", "month")).toBeNull();
  });
});

describe("timelineLanes", () => {
  it("offers four quarters from the workshop's quarter, across the year end", () => {
    const lanes = timelineLanes({ granularity: "quarter", from: "2026-11-20", used: [] });
    expect(lanes).toEqual([
      { id: "2026-Q4", label: "Q4 2026" },
      { id: "2027-Q1", label: "Q1 2027" },
      { id: "2027-Q2", label: "Q2 2027" },
      { id: "2027-Q3", label: "Q3 2027" },
    ]);
  });

  it("offers six months and grows to cover slots already used", () => {
    const lanes = timelineLanes({
      granularity: "month",
      from: "2027-03-01",
      used: [null, "2027-Q4", "2027-01"],
    });
    expect(lanes.map((lane) => lane.id)).toEqual([
      "2027-01",
      "2027-02",
      "2027-03",
      "2027-04",
      "2027-05",
      "2027-06",
      "2027-07",
      "2027-08",
      "2027-09",
      "2027-10",
    ]);
    expect(lanes[0]?.label).toBe("Jan 2027");
  });
});
