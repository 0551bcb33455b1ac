import { describe, expect, it } from "vitest";
import {
  EMPTY_ETHICS_REVIEW,
  EMPTY_LAUNCH_CHECKLIST,
  type EthicsReview,
} from "@/lib/documents/records";
import { ethicsGapText, ethicsReviewGaps, ethicsReviewStatus } from "./ethics-review";
import { launchProgress } from "./launch-checklist";
import { isBlocked, readinessBlockers } from "./readiness";

const by = { userId: "u1", name: "Dana", at: "2027-03-01T10:00:00.000Z" };
const all = (answer: "ok" | "not-applicable"): EthicsReview => ({
  consent: { answer, ...by },
  sensitiveAttributes: { answer, ...by },
  transparency: { answer, ...by },
  publicContext: { answer, ...by },
  frequency: { answer, ...by },
  bias: { answer, ...by },
  humanOversight: { answer, ...by },
});

describe("ethicsReviewGaps", () => {
  it("lists every concern of an empty review as unanswered", () => {
    const gaps = ethicsReviewGaps(EMPTY_ETHICS_REVIEW);
    expect(gaps).toHaveLength(7);
    expect(gaps[0]).toEqual({
      concern: "consent",
      label: "Consent and legal basis",
      problem: "unanswered",
    });
    expect(ethicsReviewStatus(EMPTY_ETHICS_REVIEW)).toBe("not-started");
    expect(ethicsGapText(gaps)).toBe("7 of 7 concerns unanswered");
  });

  it("counts 'not applicable' as answered and 'needs work' as a gap", () => {
    const review = { ...all("not-applicable"), bias: { answer: "needs-work" as const, ...by } };
    expect(ethicsReviewGaps(review)).toEqual([
      { concern: "bias", label: "Bias", problem: "needs-work" },
    ]);
    expect(ethicsReviewStatus(review)).toBe("incomplete");
    expect(ethicsReviewStatus(all("ok"))).toBe("complete");
    const mixed = { ...review, consent: null };
    expect(ethicsGapText(ethicsReviewGaps(mixed))).toBe("1 of 7 concerns unanswered, 1 needs work");
  });
});

describe("readinessBlockers", () => {
  const risk = {
    id: "r1",
    scenarioId: "a",
    category: "creepiness" as const,
    severity: "high" as const,
    description: "Gift orders shown to the giver",
    mitigation: "",
    createdAt: by.at,
    order: "a0",
  };

  it("blocks on a missing review even without risks", () => {
    const blockers = readinessBlockers({
      item: { scenarioId: "a", riskAcceptedBy: null, ethics: EMPTY_ETHICS_REVIEW },
      risks: [],
    });
    expect(blockers.risks).toEqual([]);
    expect(blockers.review).toHaveLength(7);
    expect(isBlocked(blockers)).toBe(true);
  });

  it("blocks on an unaccepted high risk even with a complete review, and lets a clean item through", () => {
    const item = { scenarioId: "a", riskAcceptedBy: null, ethics: all("ok") };
    expect(isBlocked(readinessBlockers({ item, risks: [risk] }))).toBe(true);
    expect(
      isBlocked(readinessBlockers({ item, risks: [{ ...risk, mitigation: "Skip gifts" }] })),
    ).toBe(false);
    const accepted = { ...item, riskAcceptedBy: { ...by, riskIds: ["r1"] } };
    expect(isBlocked(readinessBlockers({ item: accepted, risks: [risk] }))).toBe(false);
  });
});

describe("launchProgress", () => {
  it("counts ticked checks and names the open ones", () => {
    expect(launchProgress(EMPTY_LAUNCH_CHECKLIST)).toMatchObject({ done: 0, total: 8 });
    const progress = launchProgress({ ...EMPTY_LAUNCH_CHECKLIST, objective: by, privacy: by });
    expect(progress.done).toBe(2);
    expect(progress.open).toEqual([
      "segments",
      "identity",
      "stack",
      "experiment",
      "rollout",
      "monitoring",
    ]);
  });
});
