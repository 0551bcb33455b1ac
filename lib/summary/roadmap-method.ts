import {
  ETHICS_CONCERNS,
  LAUNCH_CHECKS,
  type EffectKind,
  type EthicsAnswerKind,
  type EthicsConcern,
  type EthicsNotes,
  type EthicsReview,
  type Kpi,
  type LaunchCheck,
  type LaunchChecklist,
  type Measurement,
  type QualityCheck,
} from "@/lib/documents/records";
import {
  ETHICS_ANSWER_LABELS,
  ETHICS_CONCERN_TEXT,
  ethicsGapText,
  ethicsReviewGaps,
  ethicsReviewStatus,
  type EthicsReviewStatus,
} from "@/lib/method/ethics-review";
import { LAUNCH_CHECK_TEXT, launchProgress } from "@/lib/method/launch-checklist";
import { estimateMeasurement } from "@/lib/method/measurement-plan";
import { QUALITY_CRITERION_TEXT, qualityScore } from "@/lib/method/quality-criteria";

// The method parts of an idea (quality check) and of a roadmap item (measurement, ethics review,
// launch readiness) as the summary model carries them: plain values, with the sample-size estimate and the review's gaps
// already worked out so every format shows the same.

export type SummaryMeasurement = {
  /** The linked step-2 KPI's text; null when not linked (or the KPI was removed). */
  kpi: string | null;
  guardrail: string;
  baselinePercent: number | null;
  effect: number | null;
  effectKind: EffectKind;
  controlPercent: number;
  dailyTraffic: number | null;
  powerPercent: number;
  alphaPercent: number;
  attribution: string;
  /** null until the rate today and the smallest lift are set. */
  estimate: { control: number; treatment: number; total: number; days: number | null } | null;
};

function clean(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

export function summarizeMeasurement(
  measurement: Measurement,
  kpis: readonly Pick<Kpi, "id" | "text">[],
): SummaryMeasurement {
  const kpi = kpis.find((candidate) => candidate.id === measurement.kpiId);
  const estimate = estimateMeasurement(measurement);
  return {
    kpi: kpi ? clean(kpi.text) || null : null,
    guardrail: clean(measurement.guardrail),
    baselinePercent: measurement.baselinePercent,
    effect: measurement.effect,
    effectKind: measurement.effectKind,
    controlPercent: measurement.controlPercent,
    dailyTraffic: measurement.dailyTraffic,
    powerPercent: measurement.powerPercent,
    alphaPercent: measurement.alphaPercent,
    attribution: clean(measurement.attribution),
    estimate: estimate.ok
      ? {
          control: estimate.size.control,
          treatment: estimate.size.treatment,
          total: estimate.size.total,
          days: estimate.days,
        }
      : null,
  };
}

/** Whether anyone has filled in any part of the measurement. */
export function hasMeasurement(measurement: SummaryMeasurement): boolean {
  return (
    measurement.kpi !== null ||
    measurement.guardrail !== "" ||
    measurement.baselinePercent !== null ||
    measurement.effect !== null ||
    measurement.dailyTraffic !== null ||
    measurement.attribution !== ""
  );
}

export type SummaryEthicsAnswer = {
  concern: EthicsConcern;
  label: string;
  answer: EthicsAnswerKind | null;
  /** "OK", "Needs work", "Not applicable" or "Not answered". */
  answerLabel: string;
  note: string;
  /** Who answered, and when (ISO timestamp); null while unanswered. */
  by: string | null;
  at: string | null;
};

export type SummaryEthicsReview = {
  status: EthicsReviewStatus;
  /** "complete", or what is missing: "2 of 7 concerns unanswered, 1 needs work". */
  gaps: string;
  answers: SummaryEthicsAnswer[];
};

export function summarizeEthicsReview(
  review: EthicsReview,
  notes: EthicsNotes,
): SummaryEthicsReview {
  return {
    status: ethicsReviewStatus(review),
    gaps: ethicsGapText(ethicsReviewGaps(review)),
    answers: ETHICS_CONCERNS.map((concern) => {
      const answer = review[concern];
      return {
        concern,
        label: ETHICS_CONCERN_TEXT[concern].label,
        answer: answer?.answer ?? null,
        answerLabel: answer ? ETHICS_ANSWER_LABELS[answer.answer] : "Not answered",
        note: clean(notes[concern]),
        by: answer?.name ?? null,
        at: answer?.at ?? null,
      };
    }),
  };
}

export type SummaryLaunchCheck = {
  check: LaunchCheck;
  label: string;
  /** Who ticked it, and when (ISO timestamp); null while open. */
  by: string | null;
  at: string | null;
};

export type SummaryLaunch = { done: number; total: number; checks: SummaryLaunchCheck[] };

export function summarizeLaunch(checklist: LaunchChecklist): SummaryLaunch {
  const { done, total } = launchProgress(checklist);
  return {
    done,
    total,
    checks: LAUNCH_CHECKS.map((check) => ({
      check,
      label: LAUNCH_CHECK_TEXT[check],
      by: checklist[check]?.name ?? null,
      at: checklist[check]?.at ?? null,
    })),
  };
}

export function summarizeQuality(check: QualityCheck): {
  met: number;
  total: number;
  open: string[];
} {
  const { met, total, open } = qualityScore(check);
  return { met, total, open: open.map((criterion) => QUALITY_CRITERION_TEXT[criterion]) };
}
