import type { LifecycleStage, RiskCategory, Severity } from "@/lib/workshop/records";

export const LIFECYCLE_LABELS: Record<LifecycleStage, string> = {
  awareness: "Awareness",
  consideration: "Consideration",
  "first-purchase": "First purchase",
  onboarding: "Onboarding",
  active: "Active",
  loyal: "Loyal",
  "at-risk": "At risk of leaving",
  lapsed: "Lapsed",
  other: "Other / mixed",
};

export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  privacy: "Privacy",
  consent: "Consent",
  "bias-fairness": "Bias / fairness",
  transparency: "Transparency",
  creepiness: "Creepiness",
  "over-messaging": "Over-messaging / frequency",
  "data-quality": "Data quality",
  other: "Other",
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
};

/** Short label for a note in controls' accessible names ("Delete scenario “Suggest…”"). */
export function shortText(text: string, fallback: string): string {
  const trimmed = text.trim();
  if (!trimmed) return fallback;
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}
