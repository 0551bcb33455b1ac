import { describe, expect, it } from "vitest";
import { TEAM_FUNCTIONS, type TeamFunction } from "./roles";
import { teamCoverage } from "./team-coverage";

function member(fn: TeamFunction, role = "participant") {
  return { role, function: fn };
}

describe("teamCoverage", () => {
  it("lists every missing function except 'other', ignoring observers", () => {
    const coverage = teamCoverage([
      member("product", "facilitator"),
      member("legal-compliance", "observer"),
    ]);
    expect(coverage.activeCount).toBe(1);
    expect(coverage.missingFunctions).toEqual([
      "design",
      "engineering",
      "data-science",
      "marketing",
      "legal-compliance",
      "customer-support",
    ]);
    expect(coverage.sizeAdvice).toBe("too-small");
  });

  it("is satisfied by a full team of 8 to 12", () => {
    const team = TEAM_FUNCTIONS.map((fn) => member(fn));
    expect(teamCoverage(team)).toEqual({ activeCount: 8, missingFunctions: [], sizeAdvice: "ok" });
    const big = [...team, ...team].map((m) => ({ ...m }));
    expect(teamCoverage(big).sizeAdvice).toBe("too-large");
  });
});
