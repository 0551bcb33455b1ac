import * as z from "zod/mini";

// One zod schema per record kept in the board doc; the TypeScript type is inferred from it.
// `id` is never stored inside a record: it is the record's key in its collection map.

const Id = z.string().check(z.minLength(1), z.maxLength(64));
/**
 * Fractional order key (see order-key.ts); compared as a plain string. The cap is generous: a
 * record whose key failed validation would vanish from the board.
 */
const OrderKey = z.string().check(z.minLength(1), z.maxLength(1000));
const Timestamp = z.iso.datetime({ offset: true });
const ShortText = z.string().check(z.maxLength(200));
const LongText = z.string().check(z.maxLength(2000));
const Fraction = z.number().check(z.gte(0), z.lte(1));

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
  description: z._default(LongText, ""),
  lifecycleStage: z._default(LifecycleStageSchema, "other"),
  order: OrderKey,
});
export type Segment = z.infer<typeof SegmentSchema>;

export const MatrixPositionSchema = z.object({ value: Fraction, feasibility: Fraction });
export type MatrixPosition = z.infer<typeof MatrixPositionSchema>;

export const SCENARIO_CHANNELS = [
  "web",
  "app",
  "email",
  "push",
  "ads",
  "in-store-support",
] as const;
export const ScenarioChannelSchema = z.enum(SCENARIO_CHANNELS);
export type ScenarioChannel = z.infer<typeof ScenarioChannelSchema>;

export const SCENARIO_TECHNIQUES = ["rule-based", "predictive", "real-time-contextual"] as const;
export const ScenarioTechniqueSchema = z.enum(SCENARIO_TECHNIQUES);
export type ScenarioTechnique = z.infer<typeof ScenarioTechniqueSchema>;

/** The quick quality check of an idea at steps 6–7 (lib/method/quality-criteria.ts words it). */
export const QUALITY_CRITERIA = [
  "helpful",
  "accurate",
  "consented",
  "timely",
  "measurable",
  "maintainable",
  "owned",
] as const;
export type QualityCriterion = (typeof QUALITY_CRITERIA)[number];
const Met = z._default(z.boolean(), false);
export const QualityCheckSchema = z.object({
  helpful: Met,
  accurate: Met,
  consented: Met,
  timely: Met,
  measurable: Met,
  maintainable: Met,
  owned: Met,
});
export type QualityCheck = z.infer<typeof QualityCheckSchema>;
export const EMPTY_QUALITY_CHECK: QualityCheck = {
  helpful: false,
  accurate: false,
  consented: false,
  timely: false,
  measurable: false,
  maintainable: false,
  owned: false,
};

export const ScenarioSchema = z.object({
  id: Id,
  text: LongText,
  /** null: the scenario sits in the unsorted tray (e.g. its segment was deleted). */
  segmentId: z.nullable(Id),
  order: OrderKey,
  dataSourceIds: z._default(z.array(Id), []),
  /** Where the person meets it; null until someone picks one. */
  channel: z._default(z.nullable(ScenarioChannelSchema), null),
  technique: z._default(z.nullable(ScenarioTechniqueSchema), null),
  /** What sets it off, e.g. "second visit within a week". */
  trigger: z._default(ShortText, ""),
  /** The step-3 data it needs that nobody has listed yet, in words. */
  missingData: z._default(ShortText, ""),
  /** The note this one duplicates: shown inside it on the wall, its text kept. null: its own. */
  stackedOn: z._default(z.nullable(Id), null),
  assumption: z._default(z.boolean(), false),
  /** Absent when written in anonymous mode: the author is never recorded, so never revealed. */
  authorId: z.optional(Id),
  createdAt: Timestamp,
  /** Where the scenario sits on the value × feasibility matrix; null when not placed yet. */
  matrix: z._default(z.nullable(MatrixPositionSchema), null),
  /** Which quality criteria the group says the idea meets (one key each, merged per criterion). */
  quality: z._default(QualityCheckSchema, EMPTY_QUALITY_CHECK),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** What a source tells about a person (schema 3; where it comes from is its origin). */
export const DATA_SOURCE_KINDS = [
  "behavioral",
  "transactional",
  "demographic",
  "contextual",
  "engagement",
  "explicit-preference",
] as const;
export const DataSourceKindSchema = z.enum(DATA_SOURCE_KINDS);
export type DataSourceKind = z.infer<typeof DataSourceKindSchema>;

/** Who collected it: the company itself, a partner sharing its own data, or a data vendor. */
export const DATA_SOURCE_ORIGINS = ["first-party", "second-party", "third-party"] as const;
export const DataSourceOriginSchema = z.enum(DATA_SOURCE_ORIGINS);
export type DataSourceOrigin = z.infer<typeof DataSourceOriginSchema>;

/** How the company joins one person's profiles across devices and channels. */
export const IDENTITY_RESOLUTION_STATUSES = [
  "unknown",
  "none",
  "per-channel",
  "deterministic",
  "probabilistic",
] as const;
export const IdentityResolutionStatusSchema = z.enum(IDENTITY_RESOLUTION_STATUSES);
export type IdentityResolutionStatus = z.infer<typeof IdentityResolutionStatusSchema>;

export const IdentityResolutionSchema = z.object({
  status: z._default(IdentityResolutionStatusSchema, "unknown"),
  note: z._default(LongText, ""),
});
export type IdentityResolution = z.infer<typeof IdentityResolutionSchema>;

export const DATA_QUALITIES = ["good", "partial", "poor"] as const;
export const DataQualitySchema = z.enum(DATA_QUALITIES);
export type DataQuality = z.infer<typeof DataQualitySchema>;

export const DataSourceSchema = z.object({
  id: Id,
  name: ShortText,
  kind: DataSourceKindSchema,
  origin: z._default(DataSourceOriginSchema, "first-party"),
  quality: z._default(DataQualitySchema, "partial"),
  /** Consent or legal basis, e.g. "consent (GDPR art. 6(1)(a))"; free text on purpose. */
  legalBasis: z._default(ShortText, ""),
  accessConstraints: z._default(LongText, ""),
  sensitive: z._default(z.boolean(), false),
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
  category: z._default(TechCategorySchema, "other"),
  notes: z._default(LongText, ""),
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
  category: z._default(RiskCategorySchema, "other"),
  severity: z._default(SeveritySchema, "medium"),
  description: LongText,
  /** Empty means "no mitigation yet", which the warnings and the ethics gate look at. */
  mitigation: z._default(LongText, ""),
  /** Absent when written in anonymous mode (see ScenarioSchema.authorId). */
  authorId: z.optional(Id),
  createdAt: Timestamp,
  order: OrderKey,
});
export type Risk = z.infer<typeof RiskSchema>;

export const KpiSchema = z.object({ id: Id, text: ShortText, order: OrderKey });
export type Kpi = z.infer<typeof KpiSchema>;

export const SuccessMetricSchema = z.object({
  name: z._default(ShortText, ""),
  baseline: z._default(ShortText, ""),
  target: z._default(ShortText, ""),
});
export type SuccessMetric = z.infer<typeof SuccessMetricSchema>;

export const AbTestPlanSchema = z.object({
  control: z._default(ShortText, ""),
  durationDays: z._default(z.nullable(z.int().check(z.gte(1), z.lte(365))), null),
});
export type AbTestPlan = z.infer<typeof AbTestPlanSchema>;

export const EFFECT_KINDS = ["absolute", "relative"] as const;
export const EffectKindSchema = z.enum(EFFECT_KINDS);
export type EffectKind = z.infer<typeof EffectKindSchema>;

const MeasurementFields = {
  kpiId: z.nullable(Id),
  guardrail: ShortText,
  baselinePercent: z.nullable(z.number().check(z.gt(0), z.lt(100))),
  effect: z.nullable(z.number().check(z.gt(0), z.lte(1000))),
  effectKind: EffectKindSchema,
  controlPercent: z.number().check(z.gte(1), z.lte(99)),
  dailyTraffic: z.nullable(z.int().check(z.gte(1), z.lte(1_000_000_000))),
  powerPercent: z.number().check(z.gte(50), z.lte(99)),
  alphaPercent: z.number().check(z.gte(0.1), z.lte(20)),
  attribution: LongText,
};
/** Some measurement fields, for a write that changes only those (no defaults filled in). */
export const MeasurementPatchSchema = z.partial(z.object(MeasurementFields));

/** How a roadmap item will be measured: the inputs of its sample-size estimate (lib/method). */
export const MeasurementSchema = z.object({
  /** The step-2 KPI this item's primary metric moves; null when not linked. */
  kpiId: z._default(MeasurementFields.kpiId, null),
  /** A metric that must not get worse (unsubscribes, complaints, returns). */
  guardrail: z._default(MeasurementFields.guardrail, ""),
  /** Conversion rate today, in percent (5 means 5 %). */
  baselinePercent: z._default(MeasurementFields.baselinePercent, null),
  /** Minimum detectable effect: percentage points when absolute, % of the baseline when relative. */
  effect: z._default(MeasurementFields.effect, null),
  effectKind: z._default(MeasurementFields.effectKind, "absolute"),
  /** Share of eligible people kept as control or holdout, in percent. */
  controlPercent: z._default(MeasurementFields.controlPercent, 50),
  /** Eligible visitors per day. */
  dailyTraffic: z._default(MeasurementFields.dailyTraffic, null),
  powerPercent: z._default(MeasurementFields.powerPercent, 80),
  /** Two-sided significance level, in percent. */
  alphaPercent: z._default(MeasurementFields.alphaPercent, 5),
  /** How the lift will be attributed, e.g. "lift against a 10 % holdout, not last click". */
  attribution: z._default(MeasurementFields.attribution, ""),
});
export type Measurement = z.infer<typeof MeasurementSchema>;
export const DEFAULT_MEASUREMENT: Measurement = {
  kpiId: null,
  guardrail: "",
  baselinePercent: null,
  effect: null,
  effectKind: "absolute",
  controlPercent: 50,
  dailyTraffic: null,
  powerPercent: 80,
  alphaPercent: 5,
  attribution: "",
};

/** Someone's name on a decision, with when it was made; kept so it reads after they leave. */
export const SignOffSchema = z.object({ userId: Id, name: ShortText, at: Timestamp });
export type SignOff = z.infer<typeof SignOffSchema>;

/** The ethics review's questions for one idea (lib/method/ethics-review.ts words them). */
export const ETHICS_CONCERNS = [
  "consent",
  "sensitiveAttributes",
  "transparency",
  "publicContext",
  "frequency",
  "bias",
  "humanOversight",
] as const;
export type EthicsConcern = (typeof ETHICS_CONCERNS)[number];
export const ETHICS_ANSWERS = ["ok", "needs-work", "not-applicable"] as const;
export const EthicsAnswerKindSchema = z.enum(ETHICS_ANSWERS);
export type EthicsAnswerKind = z.infer<typeof EthicsAnswerKindSchema>;

/** One answer with who gave it and when; stored whole so the three always belong together. */
export const EthicsAnswerSchema = z.object({
  answer: EthicsAnswerKindSchema,
  userId: Id,
  name: ShortText,
  at: Timestamp,
});
export type EthicsAnswer = z.infer<typeof EthicsAnswerSchema>;

const Answer = z._default(z.nullable(EthicsAnswerSchema), null);
export const EthicsReviewSchema = z.object({
  consent: Answer,
  sensitiveAttributes: Answer,
  transparency: Answer,
  publicContext: Answer,
  frequency: Answer,
  bias: Answer,
  humanOversight: Answer,
});
export type EthicsReview = z.infer<typeof EthicsReviewSchema>;
export const EMPTY_ETHICS_REVIEW: EthicsReview = {
  consent: null,
  sensitiveAttributes: null,
  transparency: null,
  publicContext: null,
  frequency: null,
  bias: null,
  humanOversight: null,
};

const Note = z._default(LongText, "");
export const EthicsNotesSchema = z.object({
  consent: Note,
  sensitiveAttributes: Note,
  transparency: Note,
  publicContext: Note,
  frequency: Note,
  bias: Note,
  humanOversight: Note,
});
export type EthicsNotes = z.infer<typeof EthicsNotesSchema>;
export const EMPTY_ETHICS_NOTES: EthicsNotes = {
  consent: "",
  sensitiveAttributes: "",
  transparency: "",
  publicContext: "",
  frequency: "",
  bias: "",
  humanOversight: "",
};

/** The launch-readiness checklist (lib/method/launch-checklist.ts words it). */
export const LAUNCH_CHECKS = [
  "objective",
  "segments",
  "identity",
  "stack",
  "experiment",
  "privacy",
  "rollout",
  "monitoring",
] as const;
export type LaunchCheck = (typeof LAUNCH_CHECKS)[number];

const Tick = z._default(z.nullable(SignOffSchema), null);
export const LaunchChecklistSchema = z.object({
  objective: Tick,
  segments: Tick,
  identity: Tick,
  stack: Tick,
  experiment: Tick,
  privacy: Tick,
  rollout: Tick,
  monitoring: Tick,
});
export type LaunchChecklist = z.infer<typeof LaunchChecklistSchema>;
export const EMPTY_LAUNCH_CHECKLIST: LaunchChecklist = {
  objective: null,
  segments: null,
  identity: null,
  stack: null,
  experiment: null,
  privacy: null,
  rollout: null,
  monitoring: null,
};

export const RiskAcceptanceSchema = z.object({
  userId: Id,
  name: ShortText,
  at: Timestamp,
  /**
   * The risks accepted. Matching by id rather than by time keeps the gate independent of clock
   * differences between devices; risks added later are not covered.
   */
  riskIds: z._default(z.array(Id).check(z.maxLength(200)), []),
});
export type RiskAcceptance = z.infer<typeof RiskAcceptanceSchema>;

/** Lane ids such as "2027-Q1" or "2027-03"; the UI decides which lanes it offers. */
export const SlotSchema = z.string().check(
  z.regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, {
    error: 'Use a quarter like "2027-Q1" or a month like "2027-03".',
  }),
);

export const RoadmapItemSchema = z.object({
  id: Id,
  scenarioId: Id,
  order: OrderKey,
  ownerUserId: z._default(z.nullable(Id), null),
  slot: z._default(z.nullable(SlotSchema), null),
  metric: z._default(SuccessMetricSchema, { name: "", baseline: "", target: "" }),
  abTest: z._default(AbTestPlanSchema, { control: "", durationDays: null }),
  measurement: z._default(MeasurementSchema, DEFAULT_MEASUREMENT),
  /** Each ethics concern answered, with who answered it; the gate needs all of them. */
  ethics: z._default(EthicsReviewSchema, EMPTY_ETHICS_REVIEW),
  ethicsNotes: z._default(EthicsNotesSchema, EMPTY_ETHICS_NOTES),
  /** Who ticked each launch-readiness check, and when. */
  launch: z._default(LaunchChecklistSchema, EMPTY_LAUNCH_CHECKLIST),
  dependencies: z._default(LongText, ""),
  ready: z._default(z.boolean(), false),
  riskAcceptedBy: z._default(z.nullable(RiskAcceptanceSchema), null),
});
export type RoadmapItem = z.infer<typeof RoadmapItemSchema>;

/** The optional "By the end of this workshop we will have … ranked by …" helper. */
export const ObjectiveHelperSchema = z.object({
  outcome: z._default(ShortText, ""),
  rankedBy: z._default(ShortText, ""),
});
export type ObjectiveHelper = z.infer<typeof ObjectiveHelperSchema>;

/** Calendar date without time, e.g. "2027-03-14". */
export const DateOnlySchema = z.iso.date();
