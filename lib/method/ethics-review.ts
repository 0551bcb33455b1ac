import {
  ETHICS_CONCERNS,
  type EthicsAnswerKind,
  type EthicsConcern,
  type EthicsReview,
} from "@/lib/documents/records";

// The ethics review asked of every idea on the roadmap: one question per concern, answered
// "OK", "Needs work" or "Not applicable" by a named person. The gate reads ethicsReviewGaps.

export type EthicsConcernText = { label: string; question: string };

export const ETHICS_CONCERN_TEXT: Readonly<Record<EthicsConcern, EthicsConcernText>> = {
  consent: {
    label: "Consent and legal basis",
    question:
      "Has every person reached agreed to this use of their data, or is there another lawful basis for it?",
  },
  sensitiveAttributes: {
    label: "Sensitive attributes",
    question:
      "Are health, beliefs, ethnicity, sexuality, money trouble and similar traits kept out of what decides who gets it?",
  },
  transparency: {
    label: "Transparency and control",
    question: "Can people tell why they see it, change their preferences and switch it off?",
  },
  publicContext: {
    label: "Public and shared screens",
    question:
      "Would it still be fine on a shared computer, a shop screen or a phone someone else is looking at?",
  },
  frequency: {
    label: "Frequency caps and suppression",
    question:
      "Is there a cap on how often it reaches one person, and rules that stop it (after a purchase, a complaint, an opt-out)?",
  },
  bias: {
    label: "Bias",
    question: "Could it treat some groups worse, or leave them out of offers others get?",
  },
  humanOversight: {
    label: "Human oversight",
    question:
      "Where a predictive model chooses, does a person check its output and can they overrule it?",
  },
};

export const ETHICS_ANSWER_LABELS: Readonly<Record<EthicsAnswerKind, string>> = {
  ok: "OK",
  "needs-work": "Needs work",
  "not-applicable": "Not applicable",
};

export type EthicsReviewGap = {
  concern: EthicsConcern;
  label: string;
  problem: "unanswered" | "needs-work";
};

/** The concerns that keep the review from being complete: unanswered, or answered "Needs work". */
export function ethicsReviewGaps(review: EthicsReview): EthicsReviewGap[] {
  const gaps: EthicsReviewGap[] = [];
  for (const concern of ETHICS_CONCERNS) {
    const answer = review[concern];
    const { label } = ETHICS_CONCERN_TEXT[concern];
    if (answer === null) gaps.push({ concern, label, problem: "unanswered" });
    else if (answer.answer === "needs-work") gaps.push({ concern, label, problem: "needs-work" });
  }
  return gaps;
}

export type EthicsReviewStatus = "not-started" | "incomplete" | "complete";

export function ethicsReviewStatus(review: EthicsReview): EthicsReviewStatus {
  if (ETHICS_CONCERNS.every((concern) => review[concern] === null)) return "not-started";
  return ethicsReviewGaps(review).length === 0 ? "complete" : "incomplete";
}

/** "2 of 7 concerns unanswered, 1 needs work" — for the gate's refusal and the summary. */
export function ethicsGapText(gaps: readonly EthicsReviewGap[]): string {
  const unanswered = gaps.filter((gap) => gap.problem === "unanswered").length;
  const needsWork = gaps.length - unanswered;
  const parts = [
    unanswered > 0 ? `${unanswered} of ${ETHICS_CONCERNS.length} concerns unanswered` : null,
    needsWork > 0 ? `${needsWork} ${needsWork === 1 ? "needs" : "need"} work` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : "complete";
}
