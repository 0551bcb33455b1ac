import type { RoadmapItem, Risk } from "@/lib/documents/records";
import { blockingRisks } from "@/lib/documents/warnings";
import { ethicsReviewGaps, type EthicsReviewGap } from "./ethics-review";

// The ethics gate's rule in one place: what keeps a roadmap item from being marked ready.

export type ReadinessBlockers = {
  /** Unmitigated high-severity risks nobody has accepted. */
  risks: Risk[];
  /** Ethics concerns unanswered or answered "Needs work". */
  review: EthicsReviewGap[];
};

export function readinessBlockers(options: {
  item: Pick<RoadmapItem, "scenarioId" | "riskAcceptedBy" | "ethics">;
  risks: readonly Risk[];
}): ReadinessBlockers {
  return {
    risks: blockingRisks({ item: options.item, risks: options.risks }),
    review: ethicsReviewGaps(options.item.ethics),
  };
}

export function isBlocked(blockers: ReadinessBlockers): boolean {
  return blockers.risks.length > 0 || blockers.review.length > 0;
}
