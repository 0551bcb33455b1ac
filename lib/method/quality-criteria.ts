import {
  QUALITY_CRITERIA,
  type QualityCheck,
  type QualityCriterion,
} from "@/lib/documents/records";

// The quick quality check of a shortlisted idea: seven yes/no criteria, scored as "met of seven".

export const QUALITY_CRITERION_TEXT: Readonly<Record<QualityCriterion, string>> = {
  helpful: "Helpful, not invasive",
  accurate: "Built on accurate data",
  consented: "Uses only consented data",
  timely: "Reaches people at the right moment",
  measurable: "Its effect can be measured",
  maintainable: "The team can keep it running",
  // Not "Has an owner": the item's "Owner" field must stay the only control labelled that way.
  owned: "Someone owns it",
};

export type QualityScore = { met: number; total: number; open: QualityCriterion[] };

export function qualityScore(check: QualityCheck): QualityScore {
  const open = QUALITY_CRITERIA.filter((criterion) => !check[criterion]);
  return { met: QUALITY_CRITERIA.length - open.length, total: QUALITY_CRITERIA.length, open };
}

/** "Quality 5 of 7" for screen readers and exports; chips show the short "5/7". */
export function qualityScoreText(score: Pick<QualityScore, "met" | "total">): string {
  return `Quality ${score.met} of ${score.total}`;
}
