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
} from "@/lib/documents/records";

/** The "start from empty boards" choice; its own constant so the create form need not import templates. */
export const BLANK_TEMPLATE_ID = "blank";

// A template is typed data: the records it writes into a new workshop's board, before ids.
// Scenarios name the data sources they need by the source's `key` within the template.

export type TemplateRisk = {
  category: RiskCategory;
  severity: Severity;
  description: string;
  mitigation: string;
};

export type TemplateScenario = {
  text: string;
  /** Where the customer meets it. */
  channel: ScenarioChannel;
  technique: ScenarioTechnique;
  /** What sets it off. */
  trigger: string;
  /** Data the idea needs that step 3 does not list yet, in words. */
  missingData?: string;
  /** Keys of the template's data sources this idea needs. */
  dataSources: readonly string[];
  /** A guess the group should check before relying on it. */
  assumption?: boolean;
  risks?: readonly TemplateRisk[];
};

export type TemplateSegment = {
  name: string;
  description: string;
  lifecycleStage: LifecycleStage;
  scenarios: readonly TemplateScenario[];
};

export type TemplateDataSource = {
  key: string;
  name: string;
  /** What it tells about a person. */
  kind: DataSourceKind;
  /** Who collected it. */
  origin: DataSourceOrigin;
  quality: DataQuality;
  legalBasis: string;
  accessConstraints: string;
  sensitive: boolean;
};

export type TemplateTechStackItem = {
  name: string;
  category: TechCategory;
  notes: string;
};

export type TemplateIdentityResolution = {
  status: IdentityResolutionStatus;
  /** How profiles are joined today and where the joins break, in words. */
  note: string;
};

export type WorkshopTemplate = {
  id: string;
  /** Shown in the create form. */
  title: string;
  /** One line under the title in the create form. */
  summary: string;
  /** Becomes the workshop's objective draft unless the facilitator wrote one. */
  objective: string;
  /** Step 2: the business goals and KPIs the ideas should move (roadmap metrics link to them). */
  kpis: readonly string[];
  /** Step 3: the tools that would deliver the ideas. */
  techStack: readonly TemplateTechStackItem[];
  /** Step 3: how one person's profiles are joined across devices and channels. */
  identityResolution: TemplateIdentityResolution;
  dataSources: readonly TemplateDataSource[];
  segments: readonly TemplateSegment[];
};
