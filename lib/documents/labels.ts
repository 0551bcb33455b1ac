import type {
  DataQuality,
  DataSourceKind,
  LifecycleStage,
  RiskCategory,
  Severity,
  TechCategory,
} from "./records";

// The words for each enum of the workshop's records: one list for the boards, the summary and
// every export format.

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
  "over-messaging": "Over-messaging / frequency",
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
  "at-risk": "At risk of leaving",
  lapsed: "Lapsed",
  other: "Other / mixed",
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
