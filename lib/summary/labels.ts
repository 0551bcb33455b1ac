import type {
  DataQuality,
  DataSourceKind,
  LifecycleStage,
  RiskCategory,
  Severity,
  TechCategory,
} from "@/lib/workshop/records";

// Words for the summary's enums, shared by the preview and (later) every export format.

export const SEVERITY_LABELS: Record<Severity, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
};

export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  privacy: "Privacy",
  consent: "Consent",
  "bias-fairness": "Bias / fairness",
  transparency: "Transparency",
  creepiness: "Creepiness",
  "over-messaging": "Over-messaging",
  "data-quality": "Data quality",
  other: "Other",
};

export const DATA_SOURCE_KIND_LABELS: Record<DataSourceKind, string> = {
  "first-party": "First-party",
  "third-party": "Third-party",
  behavioral: "Behavioral",
  transactional: "Transactional",
  contextual: "Contextual",
  demographic: "Demographic",
  engagement: "Engagement",
  "explicit-preference": "Explicit preference",
};

export const DATA_QUALITY_LABELS: Record<DataQuality, string> = {
  good: "Good",
  partial: "Partial",
  poor: "Poor",
};

export const LIFECYCLE_STAGE_LABELS: Record<LifecycleStage, string> = {
  awareness: "Awareness",
  consideration: "Consideration",
  "first-purchase": "First purchase",
  onboarding: "Onboarding",
  active: "Active",
  loyal: "Loyal",
  "at-risk": "At risk",
  lapsed: "Lapsed",
  other: "Other",
};

export const TECH_CATEGORY_LABELS: Record<TechCategory, string> = {
  cdp: "CDP",
  crm: "CRM",
  analytics: "Analytics",
  email: "Email",
  decisioning: "Decisioning",
  "personalization-engine": "Personalization engine",
  experimentation: "Experimentation",
  cms: "CMS",
  "data-warehouse": "Data warehouse",
  other: "Other",
};

/** "2027-03-14" or an ISO timestamp → "14 March 2027" (calendar days are UTC). */
export function formatSummaryDate(date: string): string {
  const parsed = new Date(date.length === 10 ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(parsed);
}
