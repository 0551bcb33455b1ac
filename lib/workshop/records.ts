import { z } from "zod";

// One zod schema per record kept in the board doc; the TypeScript type is inferred from it.
// `id` is never stored inside a record: it is the record's key in its collection map.

const Id = z.string().min(1).max(64);
/**
 * Fractional order key (see order-key.ts); compared as a plain string. The cap is generous: a
 * record whose key failed validation would vanish from the board.
 */
const OrderKey = z.string().min(1).max(1000);
const Timestamp = z.iso.datetime({ offset: true });
const ShortText = z.string().max(200);
const LongText = z.string().max(2000);
const Fraction = z.number().min(0).max(1);

export const LIFECYCLE_STAGES = [
  "awareness",
  "consideration",
  "first-purchase",
  "onboarding",
  "active",
  "loyal",
  "at-risk",
  "lapsed",
  "other",
] as const;
export const LifecycleStageSchema = z.enum(LIFECYCLE_STAGES);
export type LifecycleStage = z.infer<typeof LifecycleStageSchema>;

export const SegmentSchema = z.object({
  id: Id,
  name: ShortText,
  description: LongText.default(""),
  lifecycleStage: LifecycleStageSchema.default("other"),
  order: OrderKey,
});
export type Segment = z.infer<typeof SegmentSchema>;

export const MatrixPositionSchema = z.object({ value: Fraction, feasibility: Fraction });
export type MatrixPosition = z.infer<typeof MatrixPositionSchema>;

export const ScenarioSchema = z.object({
  id: Id,
  text: LongText,
  /** null: the scenario sits in the unsorted tray (e.g. its segment was deleted). */
  segmentId: Id.nullable(),
  order: OrderKey,
  dataSourceIds: z.array(Id).default([]),
  assumption: z.boolean().default(false),
  authorId: Id,
  createdAt: Timestamp,
  /** Where the scenario sits on the value × feasibility matrix; null when not placed yet. */
  matrix: MatrixPositionSchema.nullable().default(null),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const DATA_SOURCE_KINDS = [
  "first-party",
  "third-party",
  "behavioral",
  "transactional",
  "contextual",
  "demographic",
  "engagement",
  "explicit-preference",
] as const;
export const DataSourceKindSchema = z.enum(DATA_SOURCE_KINDS);
export type DataSourceKind = z.infer<typeof DataSourceKindSchema>;

export const DATA_QUALITIES = ["good", "partial", "poor"] as const;
export const DataQualitySchema = z.enum(DATA_QUALITIES);
export type DataQuality = z.infer<typeof DataQualitySchema>;

export const DataSourceSchema = z.object({
  id: Id,
  name: ShortText,
  kind: DataSourceKindSchema,
  quality: DataQualitySchema.default("partial"),
  /** Consent or legal basis, e.g. "consent (GDPR art. 6(1)(a))"; free text on purpose. */
  legalBasis: ShortText.default(""),
  accessConstraints: LongText.default(""),
  sensitive: z.boolean().default(false),
  order: OrderKey,
});
export type DataSource = z.infer<typeof DataSourceSchema>;

export const TECH_CATEGORIES = [
  "cdp",
  "crm",
  "analytics",
  "email",
  "decisioning",
  "personalization-engine",
  "experimentation",
  "cms",
  "data-warehouse",
  "other",
] as const;
export const TechCategorySchema = z.enum(TECH_CATEGORIES);
export type TechCategory = z.infer<typeof TechCategorySchema>;

export const TechStackItemSchema = z.object({
  id: Id,
  name: ShortText,
  category: TechCategorySchema.default("other"),
  notes: LongText.default(""),
  order: OrderKey,
});
export type TechStackItem = z.infer<typeof TechStackItemSchema>;

export const RISK_CATEGORIES = [
  "privacy",
  "consent",
  "bias-fairness",
  "transparency",
  "creepiness",
  "over-messaging",
  "data-quality",
  "other",
] as const;
export const RiskCategorySchema = z.enum(RISK_CATEGORIES);
export type RiskCategory = z.infer<typeof RiskCategorySchema>;

export const SEVERITIES = ["low", "medium", "high"] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** A persofail: something that could go wrong with one scenario (the red notes). */
export const RiskSchema = z.object({
  id: Id,
  scenarioId: Id,
  category: RiskCategorySchema.default("other"),
  severity: SeveritySchema.default("medium"),
  description: LongText,
  /** Empty means "no mitigation yet", which the warnings and the ethics gate look at. */
  mitigation: LongText.default(""),
  authorId: Id,
  createdAt: Timestamp,
  order: OrderKey,
});
export type Risk = z.infer<typeof RiskSchema>;

export const KpiSchema = z.object({ id: Id, text: ShortText, order: OrderKey });
export type Kpi = z.infer<typeof KpiSchema>;

export const SuccessMetricSchema = z.object({
  name: ShortText.default(""),
  baseline: ShortText.default(""),
  target: ShortText.default(""),
});
export type SuccessMetric = z.infer<typeof SuccessMetricSchema>;

export const AbTestPlanSchema = z.object({
  control: ShortText.default(""),
  durationDays: z.number().int().min(1).max(365).nullable().default(null),
});
export type AbTestPlan = z.infer<typeof AbTestPlanSchema>;

export const RiskAcceptanceSchema = z.object({
  userId: Id,
  name: ShortText,
  at: Timestamp,
  /**
   * The risks accepted. Matching by id rather than by time keeps the gate independent of clock
   * differences between devices; risks added later are not covered.
   */
  riskIds: z.array(Id).max(200).default([]),
});
export type RiskAcceptance = z.infer<typeof RiskAcceptanceSchema>;

/** Lane ids such as "2027-Q1" or "2027-03"; the UI decides which lanes it offers. */
export const SlotSchema = z.string().regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, {
  error: 'Use a quarter like "2027-Q1" or a month like "2027-03".',
});

export const RoadmapItemSchema = z.object({
  id: Id,
  scenarioId: Id,
  order: OrderKey,
  ownerUserId: Id.nullable().default(null),
  slot: SlotSchema.nullable().default(null),
  metric: SuccessMetricSchema.default({ name: "", baseline: "", target: "" }),
  abTest: AbTestPlanSchema.default({ control: "", durationDays: null }),
  dependencies: LongText.default(""),
  ready: z.boolean().default(false),
  riskAcceptedBy: RiskAcceptanceSchema.nullable().default(null),
});
export type RoadmapItem = z.infer<typeof RoadmapItemSchema>;

/** The optional "By the end of this workshop we will have … ranked by …" helper. */
export const ObjectiveHelperSchema = z.object({
  outcome: ShortText.default(""),
  rankedBy: ShortText.default(""),
});
export type ObjectiveHelper = z.infer<typeof ObjectiveHelperSchema>;

/** Calendar date without time, e.g. "2027-03-14". */
export const DateOnlySchema = z.iso.date();
