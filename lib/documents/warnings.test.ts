import { describe, expect, it } from "vitest";
import type { Risk } from "./records";
import { blockingRisks, riskCountsByScenario, riskCountsFor, scenarioWarnings } from "./warnings";

function risk(id: string, scenarioId: string, severity: Risk["severity"], mitigation = ""): Risk {
  return {
    id,
    scenarioId,
    severity,
    mitigation,
    category: "privacy",
    description: "Could go wrong",
    authorId: "u1",
    createdAt: "2027-01-10T10:00:00.000Z",
    order: "V",
  };
}

describe("scenarioWarnings", () => {
  it("warns about sensitive data sources and unmitigated risks", () => {
    const warnings = scenarioWarnings({
      scenario: { id: "s1", dataSourceIds: ["health", "orders"] },
      dataSources: [
        { id: "health", sensitive: true },
        { id: "orders", sensitive: false },
        { id: "unused", sensitive: true },
      ],
      risks: [
        risk("r1", "s1", "high"),
        risk("r2", "s1", "low"),
        risk("r3", "s1", "high", "Cap at one message a week"),
        risk("r4", "other", "high"),
      ],
    });
    expect(warnings).toEqual([
      { kind: "sensitive-data", dataSourceIds: ["health"] },
      { kind: "risk-without-mitigation", riskIds: ["r1", "r2"] },
      { kind: "unmitigated-high-risk", riskIds: ["r1"] },
    ]);
  });

  it("has nothing to say about a clean scenario; whitespace is not a mitigation", () => {
    const clean = { id: "s1", dataSourceIds: [] };
    expect(scenarioWarnings({ scenario: clean, dataSources: [], risks: [] })).toEqual([]);
    const blank = scenarioWarnings({
      scenario: clean,
      dataSources: [],
      risks: [risk("r", "s1", "medium", "  ")],
    });
    expect(blank).toEqual([{ kind: "risk-without-mitigation", riskIds: ["r"] }]);
  });
});

describe("riskCountsByScenario", () => {
  it("counts total, unmitigated and unmitigated high per scenario", () => {
    const counts = riskCountsByScenario([
      risk("r1", "s1", "high"),
      risk("r2", "s1", "high", "fixed"),
      risk("r3", "s1", "medium"),
      risk("r4", "s2", "low", "fixed"),
    ]);
    expect(riskCountsFor(counts, "s1")).toEqual({ total: 3, unmitigated: 2, unmitigatedHigh: 1 });
    expect(riskCountsFor(counts, "s2")).toEqual({ total: 1, unmitigated: 0, unmitigatedHigh: 0 });
    expect(riskCountsFor(counts, "s3")).toEqual({ total: 0, unmitigated: 0, unmitigatedHigh: 0 });
  });
});

describe("blockingRisks", () => {
  const risks = [
    risk("r1", "s1", "high"),
    risk("r2", "s1", "high", "mitigated"),
    risk("r3", "s2", "high"),
  ];
  const acceptance = (riskIds: string[]) => ({
    userId: "u2",
    name: "Dana",
    at: "2027-01-10T11:00:00.000Z",
    riskIds,
  });

  it("blocks on the item's unmitigated high risks until someone accepts them", () => {
    const item = { scenarioId: "s1", riskAcceptedBy: null };
    expect(blockingRisks({ item, risks }).map((r) => r.id)).toEqual(["r1"]);
    const accepted = { scenarioId: "s1", riskAcceptedBy: acceptance(["r1"]) };
    expect(blockingRisks({ item: accepted, risks })).toEqual([]);
  });

  it("does not let an acceptance cover a risk added after it", () => {
    const item = { scenarioId: "s1", riskAcceptedBy: acceptance(["r1"]) };
    const later = risk("r9", "s1", "high");
    expect(blockingRisks({ item, risks: [...risks, later] }).map((r) => r.id)).toEqual(["r9"]);
  });
});
