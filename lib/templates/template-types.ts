import type {
  DataQuality,
  DataSourceKind,
  DataSourceOrigin,
  LifecycleStage,
  RiskCategory,
  ScenarioChannel,
  ScenarioTechnique,
  Severity,
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

export type WorkshopTemplate = {
  id: string;
  /** Shown in the create form. */
  title: string;
  /** One line under the title in the create form. */
  summary: string;
  /** Becomes the workshop's objective draft unless the facilitator wrote one. */
  objective: string;
  dataSources: readonly TemplateDataSource[];
  segments: readonly TemplateSegment[];
};
