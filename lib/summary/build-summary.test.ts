import { describe, expect, it } from "vitest";
import { addRisk } from "@/lib/documents/risks";
import { readBoard } from "@/lib/documents/read-board";
import { setFollowUpDate } from "@/lib/documents/objective";
import { buildSummary, type BuildSummaryInput } from "./build-summary";
import { buildFixtureBoard, FIXTURE_REACTIONS, FIXTURE_ROSTER } from "./fixture";

function input(overrides: Partial<BuildSummaryInput> = {}): BuildSummaryInput {
  return {
    workshop: {
      title: "Spring personalization",
      date: "2027-03-01",
      facilitator: "Ana Facilitator",
    },
    roster: FIXTURE_ROSTER,
    board: readBoard(buildFixtureBoard()),
    anonymous: false,
    reactions: FIXTURE_REACTIONS,
    ...overrides,
  };
}

describe("buildSummary", () => {
  // The golden file has no .json extension so formatters leave its bytes alone.
  it("matches the golden summary of the fixture workshop", async () => {
    const summary = buildSummary(input());
    await expect(JSON.stringify(summary, null, 2) + "\n").toMatchFileSnapshot(
      "./__golden__/fixture-summary.golden",
    );
  });

  it("opens with the workshop, its objective and KPIs", () => {
    const summary = buildSummary(input());
    expect(summary.title).toBe("Spring personalization");
    expect(summary.date).toBe("2027-03-01");
    expect(summary.facilitator).toBe("Ana Facilitator");
    expect(summary.objective).toEqual({
      text: "Pick the three personalization ideas we build first.",
      kpis: ["Repeat purchase rate", "Email click-through rate"],
    });
  });

  it("lists participants with their function and the functions not in the room", () => {
    const { participants } = buildSummary(input());
    expect(participants.people.map((p) => `${p.name} (${p.functionLabel})`)).toEqual([
      "Ana Facilitator (Product)",
      "Bo Engineer (Engineering)",
      "Cy Counsel (Legal / compliance)",
      "Dee Observer (Marketing)",
    ]);
    // The observer is listed but does not count as marketing being in the room.
    expect(participants.missingFunctions).toEqual([
      "Design",
      "Data science",
      "Marketing",
      "Customer support",
    ]);
  });

  it("marks sensitive data sources and the scenarios that use them", () => {
    const summary = buildSummary(input());
    expect(summary.dataSources.map((s) => [s.name, s.sensitive])).toEqual([
      ["Order history", false],
      ["Health questionnaire", true],
    ]);
    const diet = summary.scenarios.find((s) => s.id === "sc-diet");
    expect(diet?.usesSensitiveData).toBe(true);
  });

  it("ranks placed scenarios by value × feasibility with their quadrant", () => {
    const summary = buildSummary(input());
    expect(summary.scenarios.map((s) => [s.id, s.quadrantLabel])).toEqual([
      ["sc-reco", "Quick wins"],
      ["sc-diet", "Quick wins"],
      ["sc-welcome", "Quick wins"],
      ["sc-chat", "Drop for now"],
    ]);
    expect(summary.scenarios[0]?.score).toBeCloseTo(0.72);
  });

  it("groups persofails by scenario and names who accepted an unmitigated risk", () => {
    const { risksByScenario } = buildSummary(input());
    expect(risksByScenario.map((group) => group.scenarioId)).toEqual(["sc-reco", "sc-diet"]);
    const diet = risksByScenario[1];
    expect(diet?.acceptance?.name).toBe("Cy Counsel");
    expect(diet?.risks[0]).toMatchObject({ severity: "high", mitigated: false, accepted: true });
  });

  it("carries the roadmap with owner, slot, metric, A/B plan and the ethics gate", () => {
    const { roadmap } = buildSummary(input());
    expect(roadmap.map((item) => [item.rank, item.scenarioId])).toEqual([
      [1, "sc-reco"],
      [2, "sc-diet"],
      [3, "sc-welcome"],
    ]);
    expect(roadmap[0]).toMatchObject({
      owner: "Bo Engineer",
      slot: "2027-Q2",
      slotLabel: "Q2 2027",
      metric: { name: "Repeat purchase rate", baseline: "18 %", target: "21 %" },
      abTest: { control: "10 % of returning shoppers", durationDays: 28 },
      dependencies: "Order feed in the CDP",
      ready: true,
      blockedByRisks: 0,
    });
    expect(roadmap[1]).toMatchObject({ slotLabel: "Jul 2027", blockedByRisks: 0 });
  });

  it("counts a risk added after the acceptance as blocking again", () => {
    const doc = buildFixtureBoard();
    addRisk(doc, {
      scenarioId: "sc-diet",
      authorId: "u-eng",
      severity: "high",
      description: "Wrong advice for allergies",
      now: new Date("2027-03-02T09:00:00.000Z"),
    });
    const summary = buildSummary(input({ board: readBoard(doc) }));
    expect(summary.roadmap[1]?.blockedByRisks).toBe(1);
    expect(summary.risksByScenario[1]?.risks.map((risk) => risk.accepted)).toEqual([true, false]);
  });

  it("lists assumptions and next steps, and a follow-up two weeks after the workshop", () => {
    const summary = buildSummary(input());
    expect(summary.assumptions).toEqual([
      { scenario: "Suggest products from the health questionnaire", segment: "Returning shoppers" },
    ]);
    expect(summary.nextSteps.map((step) => step.kind)).toContain("assign-owner");
    expect(summary.nextSteps).toContainEqual({
      kind: "start-item",
      text: "Bo Engineer starts “Recommend refills based on past orders” in Q2 2027.",
    });
    expect(summary.followUp).toEqual({ date: "2027-03-15", isDefault: true });
  });

  it("uses the follow-up date the team set", () => {
    const doc = buildFixtureBoard();
    setFollowUpDate(doc, { date: "2027-04-02" });
    expect(buildSummary(input({ board: readBoard(doc) })).followUp).toEqual({
      date: "2027-04-02",
      isDefault: false,
    });
  });

  it("falls back to today for the follow-up when the workshop has no date", () => {
    const summary = buildSummary(
      input({
        workshop: { title: "Undated", date: null, facilitator: null },
        today: "2027-12-25",
      }),
    );
    expect(summary.followUp).toEqual({ date: "2028-01-08", isDefault: true });
  });

  it("names no authors in anonymous workshops", () => {
    const named = buildSummary(input());
    expect(named.scenarios[0]?.author).toBe("Bo Engineer");
    const anonymous = buildSummary(input({ anonymous: true }));
    expect(anonymous.scenarios.every((s) => s.author === null)).toBe(true);
    expect(anonymous.risksByScenario.flatMap((g) => g.risks).every((r) => r.author === null)).toBe(
      true,
    );
  });

  it("carries vote counts only once a vote was closed", () => {
    expect(buildSummary(input()).scenarios.every((s) => s.votes === null)).toBe(true);
    const first = buildSummary(input()).scenarios[0];
    const voted = buildSummary(input({ votes: { [first?.id ?? ""]: 4 } }));
    expect(voted.scenarios.find((s) => s.id === first?.id)?.votes).toBe(4);
    expect(voted.scenarios.filter((s) => s.id !== first?.id).every((s) => s.votes === 0)).toBe(
      true,
    );
  });
});
