import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildSummary } from "@/lib/summary/build-summary";
import { buildFixtureBoard, FIXTURE_ROSTER } from "@/lib/summary/fixture";
import { readBoard } from "@/lib/documents/read-board";
import { updateScenario } from "@/lib/documents/scenarios";
import { SummaryDocument } from "./summary-document";

function render(anonymous = false, change?: (doc: ReturnType<typeof buildFixtureBoard>) => void) {
  const doc = buildFixtureBoard();
  change?.(doc);
  const summary = buildSummary({
    workshop: {
      title: "Spring personalization",
      date: "2027-03-01",
      facilitator: "Ana Facilitator",
    },
    roster: FIXTURE_ROSTER,
    board: readBoard(doc),
    anonymous,
  });
  return renderToStaticMarkup(<SummaryDocument summary={summary} />);
}

/** The visible text of the markup, tags removed. */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, "");
}

describe("SummaryDocument", () => {
  it("renders every section in the summary's order", () => {
    const html = render();
    const headings = [...html.matchAll(/<h4[^>]*>([^<]+)<\/h4>/g)].map((match) => match[1]);
    expect(headings).toEqual([
      "Executive summary",
      "Objective",
      "Participants",
      "Data and technology reviewed",
      "Segments",
      "Prioritized scenarios",
      "Persofails and mitigations",
      "Roadmap",
      "Quality check of the shortlist",
      "Measurement plan",
      "Ethics review",
      "Launch readiness",
      "Assumptions to validate",
      "Next steps",
    ]);
    expect(text(html)).toContain("Repeat purchase rate: 18 % → 21 %");
    expect(text(html)).toContain("No mitigation. Risk accepted by Cy Counsel on 1 March 2027.");
    expect(text(html)).toContain("Follow-up meeting: 15 March 2027");
    expect(text(html)).toContain("Health questionnaire");
    expect(text(html)).toContain("Explicit preference");
    // Rank and quadrant, not the matrix coordinates.
    expect(text(html)).not.toMatch(/\b0\.\d\d\b/);
  });

  it("names no note authors in anonymous workshops", () => {
    expect(text(render(false))).toContain("by Bo Engineer");
    const anonymous = text(render(true));
    expect(anonymous).not.toContain("by Bo Engineer");
    expect(anonymous).not.toContain("raised by");
    // Owners are accountable people, not note authors: they stay named.
    expect(anonymous).toContain("Bo Engineer starts");
  });

  it("escapes hostile note text", () => {
    const html = render(false, (doc) => {
      updateScenario(doc, { scenarioId: "sc-reco", text: "<script>alert(1)</script>" });
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
