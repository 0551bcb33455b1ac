import type {
  DataQuality,
  DataSourceKind,
  DataSourceOrigin,
  IdentityResolutionStatus,
  LifecycleStage,
  RiskCategory,
  ScenarioChannel,
  ScenarioTechnique,
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
  behavioral: "Behavioral",
  transactional: "Transactional",
  demographic: "Demographic",
  contextual: "Contextual",
  engagement: "Engagement",
  "explicit-preference": "Explicit preference",
};

/** One line per kind, so the group picks the same one for the same data. */
export const DATA_SOURCE_KIND_HINTS: Record<DataSourceKind, string> = {
  behavioral: "What people do: pages viewed, searches, app use",
  transactional: "What they bought or paid: orders, returns, subscriptions",
  demographic: "Who they are: age band, region, company size",
  contextual: "Their situation now: device, location, time, weather",
  engagement: "How they respond: opens, clicks, replies, loyalty activity",
  "explicit-preference": "What they told you: preferences, surveys, settings",
};

export const DATA_SOURCE_ORIGIN_LABELS: Record<DataSourceOrigin, string> = {
  "first-party": "First-party (collected by us)",
  "second-party": "Second-party (a partner's own data)",
  "third-party": "Third-party (bought or aggregated)",
};

export const IDENTITY_RESOLUTION_LABELS: Record<IdentityResolutionStatus, string> = {
  unknown: "Not discussed yet",
  none: "None: every visit is a stranger",
  "per-channel": "Per channel: web, app and email profiles stay apart",
  deterministic: "Deterministic: joined by login, email or customer id",
  probabilistic: "Probabilistic: matched by device and behaviour signals",
};

export const SCENARIO_CHANNEL_LABELS: Record<ScenarioChannel, string> = {
  web: "Web",
  app: "App",
  email: "Email",
  push: "Push",
  ads: "Ads",
  "in-store-support": "In store / support",
};

export const SCENARIO_TECHNIQUE_LABELS: Record<ScenarioTechnique, string> = {
  "rule-based": "Rule-based",
  predictive: "Predictive / ML",
  "real-time-contextual": "Real-time contextual",
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
