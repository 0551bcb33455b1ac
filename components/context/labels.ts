import type { DataQuality, DataSourceKind, TechCategory } from "@/lib/workshop/records";

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

export const TECH_CATEGORY_LABELS: Record<TechCategory, string> = {
  cdp: "Customer data platform",
  crm: "CRM",
  analytics: "Analytics",
  email: "Email / messaging",
  decisioning: "Decisioning engine",
  "personalization-engine": "Personalization engine",
  experimentation: "Experimentation / A/B testing",
  cms: "Content management",
  "data-warehouse": "Data warehouse",
  other: "Other",
};
