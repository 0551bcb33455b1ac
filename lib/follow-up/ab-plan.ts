import type { Measurement } from "@/lib/documents/records";
import { estimateMeasurement } from "@/lib/method/measurement-plan";
import type { AbResult } from "./ab-result";
import type { AbCounts } from "./progress-records";

export type AbPlanProgress = {
  /** People the measurement plan needs in each group. */
  needed: { control: number; treatment: number };
  /** The smaller of the two groups' shares of what they need, 0–1 (capped). */
  reached: number;
};

/** How far the observed groups are toward the sample size of the item's plan; null without one. */
export function abPlanProgress(counts: AbCounts, measurement: Measurement): AbPlanProgress | null {
  const estimate = estimateMeasurement(measurement);
  if (!estimate.ok) return null;
  const { control, treatment } = estimate.size;
  const reached = Math.min(1, counts.controlUsers / control, counts.variantUsers / treatment);
  return { needed: { control, treatment }, reached };
}

/**
 * What the plan says about the result: an unclear result before the planned size means "keep
 * going"; at the planned size, an effect as large as the one planned for would likely have shown.
 */
export function abPlanText(result: AbResult, plan: AbPlanProgress | null): string | null {
  if (!plan) return null;
  const needed =
    plan.needed.control === plan.needed.treatment
      ? `${plan.needed.control.toLocaleString("en-US")} per group`
      : `${plan.needed.control.toLocaleString("en-US")} control and ${plan.needed.treatment.toLocaleString("en-US")} personalized`;
  if (plan.reached >= 1) {
    return result.verdict === "unclear"
      ? `The test reached its planned size (${needed}): a lift as large as the one planned for would most likely have shown.`
      : `The test reached its planned size (${needed}).`;
  }
  return `The test has ${Math.floor(plan.reached * 100)} % of its planned size (${needed})${result.verdict === "unclear" ? ": keep it running before concluding" : ""}.`;
}
