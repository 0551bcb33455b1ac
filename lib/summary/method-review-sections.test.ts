import { describe, expect, it } from "vitest";
import { fixtureSummary } from "@/lib/exports/testing";
import { roadmapToCsv, scenariosToCsv } from "@/lib/exports/csv";
import { buildSummaryDocument } from "./build-summary-document";
import { statusText } from "./summary-text";

const summary = () => fixtureSummary();
const item = (scenarioId: string) => {
  const found = summary().roadmap.find((candidate) => candidate.scenarioId === scenarioId);
  if (!found) throw new Error(`the fixture has ${scenarioId} on its roadmap`);
  return found;
};

describe("the ethics review and launch readiness in the summary", () => {
  it("carries every concern with its answer, note, reviewer and date", () => {
    const review = item("sc-reco").ethicsReview;
    expect(review.status).toBe("complete");
    expect(review.answers).toHaveLength(7);
    expect(review.answers.find((a) => a.concern === "frequency")).toEqual({
      concern: "frequency",
      label: "Frequency caps and suppression",
      answer: "ok",
      answerLabel: "OK",
      note: "One reminder a week at most; none after an order",
      by: "Cy Counsel",
      at: "2027-03-01T10:00:00.000Z",
    });
    expect(item("sc-diet").ethicsReview).toMatchObject({
      status: "not-started",
      gaps: "7 of 7 concerns unanswered",
    });
  });

  it("says in the status what the review still lacks", () => {
    expect(statusText(item("sc-reco"))).toBe("Ready");
    expect(statusText(item("sc-diet"))).toBe(
      "Not ready; ethics review: 7 of 7 concerns unanswered; risk accepted by Cy Counsel",
    );
  });

  it("writes an ethics section per item and a launch list with who ticked what", () => {
    const sections = buildSummaryDocument(summary()).sections;
    const ethics = sections.find((s) => s.title === "Ethics review")?.blocks[0];
    if (ethics?.kind !== "list") throw new Error("expected a list per roadmap item");
    expect(ethics.items[0]?.lead).toBe("#1 Recommend refills based on past orders:");
    expect(ethics.items[0]?.text).toBe("Review complete.");
    expect(ethics.items[0]?.details?.[4]).toBe(
      "Frequency caps and suppression: OK — Cy Counsel, 1 March 2027. One reminder a week at most; none after an order",
    );
    expect(ethics.items[0]?.details).toHaveLength(7);
    expect(ethics.items[1]).toMatchObject({ text: "Not reviewed yet.", details: [] });
    const launch = sections.find((s) => s.title === "Launch readiness")?.blocks[0];
    if (launch?.kind !== "list") throw new Error("expected a launch list");
    expect(launch.items[0]).toEqual({
      lead: "#1 Recommend refills based on past orders:",
      text: "3 of 8 checks done.",
      details: [
        "Done: Clear business objective and metrics (Bo Engineer, 1 March 2027); Segments and data signals defined (Bo Engineer, 1 March 2027); A/B testing framework in place (Bo Engineer, 1 March 2027)",
        "Open: Identity resolution reliable across channels; The technology stack can deliver it; Privacy and consent checks done; Rollout and rollback plans written; Monitoring and alerting set up",
      ],
    });
  });

  it("adds the review and the checks to the roadmap CSV", () => {
    const csv = roadmapToCsv(summary());
    expect(csv).toContain("ethics_review,ethics_answers,launch_checks_done,launch_checks");
    expect(csv).toContain("Frequency caps and suppression: OK (Cy Counsel, 2027-03-01)");
    expect(csv).toContain(",3/8,");
    expect(csv).toContain("Clear business objective and metrics: Bo Engineer, 2027-03-01");
  });
});

describe("the quality check in the summary", () => {
  it("scores each idea and lists the criteria not met yet", () => {
    const reco = summary().scenarios.find((s) => s.id === "sc-reco");
    expect(reco?.quality).toEqual({
      met: 5,
      total: 7,
      open: ["Reaches people at the right moment", "The team can keep it running"],
    });
    const section = buildSummaryDocument(summary()).sections.find(
      (s) => s.title === "Quality check of the shortlist",
    );
    const list = section?.blocks[0];
    if (list?.kind !== "list") throw new Error("expected a list");
    expect(list.items[0]).toEqual({
      lead: "#1 Recommend refills based on past orders:",
      text: "5 of 7 quality criteria met.",
      details: ["Not yet: Reaches people at the right moment; The team can keep it running"],
    });
    expect(list.items[1]?.text).toBe("0 of 7 quality criteria met.");
  });

  it("adds the score to the scenarios CSV as numbers", () => {
    const [header, ...rows] = scenariosToCsv(summary())
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(header).toContain("quality_met,quality_total,quality_open");
    expect(rows.find((row) => row.includes("Recommend refills"))).toContain(
      ",5,7,Reaches people at the right moment; The team can keep it running",
    );
  });
});
