import type {
  IdentityResolutionStatus,
  LaunchCheck,
  LifecycleStage,
  ScenarioChannel,
  ScenarioTechnique,
  TechCategory,
} from "@/lib/documents/records";
import type { TemplateDataSource, TemplateRisk } from "@/lib/templates/template-types";
import type { TeamFunction } from "@/lib/workshops/roles";

// The finished sample workshop, as typed data: a fictional outdoor clothing shop that ran all
// eight steps. Every title it produces starts with "Sample", so it is never taken for real work.

export const SAMPLE_TITLE = "Sample: Alder & Co. brings returning shoppers back";

export type SampleScenario = {
  key: string;
  text: string;
  channel: ScenarioChannel;
  technique: ScenarioTechnique;
  trigger: string;
  dataSources: readonly string[];
  assumption?: boolean;
  risks?: readonly TemplateRisk[];
  /** Where the group placed it: business value and feasibility, 0 to 1. */
  matrix: { value: number; feasibility: number };
  /** Dots it got in the closed prioritize vote. */
  votes: number;
};

export type SampleSegment = {
  name: string;
  description: string;
  lifecycleStage: LifecycleStage;
  scenarios: readonly SampleScenario[];
};

export type SampleTeamMember = { name: string; function: TeamFunction };

export type SampleRoadmapItem = {
  scenarioKey: string;
  /** Index into SAMPLE.team of the person who leads it. */
  owner: number;
  /** Quarters after the workshop: 0 is the current quarter. */
  quarterOffset: number;
  metric: { name: string; baseline: string; target: string };
  abTest: { control: string; durationDays: number };
  /** Index into SAMPLE.kpis of the KPI this item moves. */
  kpi: number;
  measurement: {
    guardrail: string;
    baselinePercent: number;
    effect: number;
    controlPercent: number;
    dailyTraffic: number;
    attribution: string;
  };
  dependencies: string;
  ready: boolean;
  /** Launch checks ticked so far, each by the team member (index into SAMPLE.team) who owns it. */
  launchChecks: readonly { check: LaunchCheck; by: number }[];
};

export const SAMPLE = {
  /**
   * The fictional team beside the person who opens the sample (its facilitator): guest members
   * who cannot sign in, one per function the method asks for.
   */
  team: [
    { name: "Maya Lindqvist", function: "marketing" },
    { name: "Tomás Reyes", function: "engineering" },
    { name: "Aisha Bello", function: "data-science" },
    { name: "Jonas Weber", function: "legal-compliance" },
    { name: "Grace Okafor", function: "customer-support" },
    { name: "Lena Novak", function: "design" },
  ] satisfies readonly SampleTeamMember[],
  /** Index into team of the person who signed off the ethics reviews (legal). */
  reviewer: 3,
  objectiveDraft:
    "Leave with the five ideas most likely to bring one-time buyers back for a second order, ranked by value and feasibility.",
  objective:
    "By the end of this workshop we will have the five personalization features most likely to bring returning shoppers back, ranked by business value and technical feasibility, each with an owner and a test plan.",
  objectiveHelper: {
    outcome: "the five personalization features most likely to bring returning shoppers back",
    rankedBy: "business value and technical feasibility",
  },
  identityResolution: {
    status: "deterministic",
    note: "Signed-in shoppers are one profile across web, app and email (joined by account). Guests stay per browser until they sign in; store purchases are not joined yet.",
  } satisfies { status: IdentityResolutionStatus; note: string },
  kpis: [
    "Repeat purchase rate within 90 days",
    "Revenue per returning visitor",
    "Newsletter unsubscribe rate",
  ],
  techStack: [
    {
      name: "Shop platform",
      category: "cms",
      notes: "Hosted shop; product pages take content blocks per visitor group.",
    },
    {
      name: "Mail platform",
      category: "email",
      notes: "Triggered flows and dynamic blocks; API for suppression lists.",
    },
    {
      name: "Product analytics",
      category: "analytics",
      notes: "Events for consenting visitors only; 13 months of history.",
    },
    {
      name: "Feature flags with experiments",
      category: "experimentation",
      notes: "Holds a holdout group per flag; results read in the warehouse.",
    },
  ] satisfies readonly { name: string; category: TechCategory; notes: string }[],
  dataSources: [
    {
      key: "orders",
      origin: "first-party",
      name: "Order history",
      kind: "transactional",
      quality: "good",
      legalBasis: "Contract; legitimate interest for recommendations",
      accessConstraints: "Nightly copy in the warehouse; returns arrive two days late.",
      sensitive: false,
    },
    {
      key: "browsing",
      origin: "first-party",
      name: "Browsing and search events",
      kind: "behavioral",
      quality: "partial",
      legalBasis: "Consent (analytics cookies)",
      accessConstraints: "About 62 % of sessions consent; no data for the rest.",
      sensitive: false,
    },
    {
      key: "cart",
      origin: "first-party",
      name: "Cart contents",
      kind: "behavioral",
      quality: "good",
      legalBasis: "Legitimate interest",
      accessConstraints: "Real time for signed-in shoppers only.",
      sensitive: false,
    },
    {
      key: "email",
      origin: "first-party",
      name: "Newsletter clicks",
      kind: "engagement",
      quality: "partial",
      legalBasis: "Consent (newsletter opt-in)",
      accessConstraints: "Opens are unreliable; use clicks.",
      sensitive: false,
    },
    {
      key: "fit",
      origin: "first-party",
      name: "Fit profile (sizes, preferred fit)",
      kind: "explicit-preference",
      quality: "poor",
      legalBasis: "Consent (account settings)",
      accessConstraints: "Filled in by about 8 % of accounts.",
      sensitive: false,
    },
    {
      key: "weather",
      origin: "third-party",
      name: "Local weather by region",
      kind: "contextual",
      quality: "good",
      legalBasis: "No personal data (region from the delivery address)",
      accessConstraints: "Bought feed, refreshed hourly.",
      sensitive: false,
    },
  ] satisfies readonly TemplateDataSource[],
  segments: [
    {
      name: "One-time buyers",
      description: "First order in the last 60 days, no second order yet.",
      lifecycleStage: "first-purchase",
      scenarios: [
        {
          key: "care-mail",
          text: "Ten days after delivery, send care tips for the exact product bought, with two items that go with it.",
          channel: "email",
          technique: "rule-based",
          trigger: "Ten days after delivery",
          dataSources: ["orders", "email"],
          matrix: { value: 0.78, feasibility: 0.85 },
          votes: 5,
          risks: [
            {
              category: "creepiness",
              severity: "medium",
              description: "A gift order fills the buyer's mails with products they never wear.",
              mitigation:
                "A 'this was a gift' tick at checkout drops the order from recommendations.",
            },
          ],
        },
        {
          key: "size-memory",
          text: "Preselect the size they kept last time (not the one they returned) on pages of the same brand.",
          channel: "web",
          technique: "rule-based",
          trigger: "Opens a product page of a brand bought and kept",
          dataSources: ["orders", "fit"],
          assumption: true,
          matrix: { value: 0.62, feasibility: 0.4 },
          votes: 2,
        },
        {
          key: "weather-home",
          text: "When rain is forecast in their region, lead the home page with the rain jackets in their size.",
          channel: "web",
          technique: "real-time-contextual",
          trigger: "Rain forecast for the delivery region",
          dataSources: ["weather", "orders"],
          matrix: { value: 0.45, feasibility: 0.7 },
          votes: 1,
        },
      ],
    },
    {
      name: "Cart abandoners",
      description: "Signed in, left a cart with items worth more than 40 € in the last week.",
      lifecycleStage: "consideration",
      scenarios: [
        {
          key: "cart-reminder",
          text: "A reminder mail an hour after leaving, a second one a day later with reviews of the items, then stop.",
          channel: "email",
          technique: "rule-based",
          trigger: "Cart left without checkout for one hour",
          dataSources: ["cart", "email"],
          matrix: { value: 0.82, feasibility: 0.9 },
          votes: 6,
          risks: [
            {
              category: "over-messaging",
              severity: "high",
              description:
                "Shoppers who bought in the store or the app still get reminders and feel chased.",
              mitigation:
                "Suppress the flow the moment an order arrives from any channel; at most two mails per cart.",
            },
          ],
        },
        {
          key: "cart-banner",
          text: "On the next visit, the home banner shows the cart and the delivery date instead of the season campaign.",
          channel: "web",
          technique: "real-time-contextual",
          trigger: "Returns to the home page with items in the cart",
          dataSources: ["cart", "browsing"],
          matrix: { value: 0.55, feasibility: 0.75 },
          votes: 2,
        },
      ],
    },
    {
      name: "Lapsed loyal customers",
      description: "Three or more orders, nothing in the last six months.",
      lifecycleStage: "lapsed",
      scenarios: [
        {
          key: "win-back",
          text: "A win-back mail with new arrivals from the two categories they bought most, no discount on the first try.",
          channel: "email",
          technique: "rule-based",
          trigger: "Six months since the last order",
          dataSources: ["orders", "email"],
          matrix: { value: 0.7, feasibility: 0.65 },
          votes: 3,
          risks: [
            {
              category: "privacy",
              severity: "medium",
              description: "People who unsubscribed from the newsletter get the mail anyway.",
              mitigation: "Send only to current opt-ins; check the suppression list at send time.",
            },
          ],
        },
        {
          key: "churn-model",
          text: "Predict who is drifting away from visit frequency and invite them to early access of the new collection.",
          channel: "email",
          technique: "predictive",
          trigger: "Visit frequency falls below their usual rhythm",
          dataSources: ["orders", "browsing"],
          assumption: true,
          matrix: { value: 0.75, feasibility: 0.2 },
          votes: 1,
          risks: [
            {
              category: "bias-fairness",
              severity: "high",
              description:
                "The model learns from past big spenders and never invites smaller customers.",
              mitigation:
                "Compare the invited group with the whole base every month; a person reviews the model's rules each quarter.",
            },
          ],
        },
        {
          key: "quiz",
          text: "A style quiz in the app whose answers shape the next season's mails.",
          channel: "app",
          technique: "rule-based",
          trigger: "Opens the app after an order",
          dataSources: ["fit"],
          matrix: { value: 0.25, feasibility: 0.3 },
          votes: 0,
        },
      ],
    },
  ] satisfies readonly SampleSegment[],
  roadmap: [
    {
      scenarioKey: "cart-reminder",
      owner: 0,
      quarterOffset: 0,
      metric: { name: "Recovered carts", baseline: "6 % of abandoned carts", target: "9 %" },
      abTest: { control: "No reminder for a 10 % holdout", durationDays: 28 },
      kpi: 1,
      measurement: {
        guardrail: "Newsletter unsubscribe rate",
        baselinePercent: 6,
        effect: 2,
        controlPercent: 10,
        dailyTraffic: 1800,
        attribution: "Lift against the holdout, not last click.",
      },
      dependencies:
        "Order events from the store and app must reach the mail platform within minutes.",
      ready: true,
      launchChecks: [
        { check: "objective", by: 0 },
        { check: "segments", by: 2 },
        { check: "identity", by: 2 },
        { check: "stack", by: 1 },
        { check: "experiment", by: 2 },
        { check: "privacy", by: 3 },
        { check: "rollout", by: 1 },
        { check: "monitoring", by: 1 },
      ],
    },
    {
      scenarioKey: "care-mail",
      owner: 5,
      quarterOffset: 0,
      metric: { name: "Second order within 90 days", baseline: "18 %", target: "21 %" },
      abTest: { control: "Today's generic thank-you mail", durationDays: 42 },
      kpi: 0,
      measurement: {
        guardrail: "Newsletter unsubscribe rate",
        baselinePercent: 18,
        effect: 3,
        controlPercent: 50,
        dailyTraffic: 900,
        attribution: "Second orders of each group over 90 days.",
      },
      dependencies: "Care texts for the top 200 products, written by the content team.",
      ready: true,
      launchChecks: [
        { check: "objective", by: 0 },
        { check: "segments", by: 2 },
        { check: "experiment", by: 2 },
        { check: "privacy", by: 3 },
      ],
    },
    {
      scenarioKey: "win-back",
      owner: 0,
      quarterOffset: 1,
      metric: { name: "Reactivated customers", baseline: "2 % per mailing", target: "3 %" },
      abTest: { control: "Seasonal newsletter only", durationDays: 56 },
      kpi: 0,
      measurement: {
        guardrail: "Spam complaints",
        baselinePercent: 2,
        effect: 1,
        controlPercent: 20,
        dailyTraffic: 1200,
        attribution: "Orders within 30 days of the mail, against the holdout.",
      },
      dependencies: "Category affinity per customer in the warehouse.",
      ready: false,
      launchChecks: [],
    },
    {
      scenarioKey: "cart-banner",
      owner: 1,
      quarterOffset: 1,
      metric: { name: "Checkout starts from the home page", baseline: "4 %", target: "5 %" },
      abTest: { control: "Season campaign banner", durationDays: 21 },
      kpi: 1,
      measurement: {
        guardrail: "Home page bounce rate",
        baselinePercent: 4,
        effect: 1,
        controlPercent: 50,
        dailyTraffic: 5000,
        attribution: "Checkout starts per home page visit.",
      },
      dependencies: "Shop platform content blocks per visitor group.",
      ready: false,
      launchChecks: [],
    },
  ] satisfies readonly SampleRoadmapItem[],
  /** Dots per person in the prioritize vote; the team votes. */
  vote: { votesPerPerson: 4, maxPerNote: 2 },
};
