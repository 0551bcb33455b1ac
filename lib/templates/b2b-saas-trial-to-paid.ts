import type { WorkshopTemplate } from "./template-types";

export const B2B_SAAS_TEMPLATE: WorkshopTemplate = {
  id: "b2b-saas-trial-to-paid",
  title: "B2B SaaS: trial to paid",
  summary:
    "A software product with a free trial that wants more trial accounts to become customers.",
  objective:
    "By the end of the day we will have a ranked list of the personalization ideas that should raise trial-to-paid conversion, with the first three on a quarterly roadmap and an owner each.",
  kpis: [
    "Trial-to-paid conversion rate",
    "Trials that finish setup within three days",
    "Trials with a second teammate invited",
    "Support tickets per trial account (must not rise)",
  ],
  techStack: [
    {
      name: "Product analytics",
      category: "analytics",
      notes: "In-app events by user id; cohorts can be exported once a day.",
    },
    {
      name: "CRM",
      category: "crm",
      notes: "Accounts, contacts and deals. Sales works every trial above 20 seats by hand.",
    },
    {
      name: "Marketing automation",
      category: "email",
      notes: "Onboarding and nurture mails, sent from CRM lists that sync hourly.",
    },
    {
      name: "In-app guidance tool",
      category: "personalization-engine",
      notes: "Checklists, tooltips and banners targeted by user and workspace properties.",
    },
  ],
  identityResolution: {
    status: "deterministic",
    note: "Everyone logs in, so product events carry a user id and a workspace id. The CRM matches users by work email, which fails for people who signed up with a personal address. Visits to the marketing site before sign-up are not linked to the account.",
  },
  dataSources: [
    {
      key: "signup",
      origin: "first-party",
      name: "Sign-up answers (role, team size, use case)",
      kind: "explicit-preference",
      quality: "good",
      legalBasis: "Contract; answers given to set up the account",
      accessConstraints: "Optional questions: about a third of sign-ups skip them.",
      sensitive: false,
    },
    {
      key: "usage",
      origin: "first-party",
      name: "Product usage events",
      kind: "behavioral",
      quality: "partial",
      legalBasis: "Legitimate interest (product analytics)",
      accessConstraints: "Event names changed in the spring; older events need mapping.",
      sensitive: false,
    },
    {
      key: "firmographics",
      origin: "third-party",
      name: "Company size and industry from enrichment",
      kind: "demographic",
      quality: "partial",
      legalBasis: "Legitimate interest; vendor contract reviewed by legal",
      accessConstraints: "Bought from a data vendor; matches about half the accounts.",
      sensitive: false,
    },
    {
      key: "crm",
      origin: "first-party",
      name: "Sales conversations in the CRM",
      kind: "engagement",
      quality: "poor",
      legalBasis: "Legitimate interest",
      accessConstraints: "Notes are free text and only for accounts sales has touched.",
      sensitive: false,
    },
    {
      key: "billing",
      origin: "first-party",
      name: "Plan and billing history",
      kind: "transactional",
      quality: "good",
      legalBasis: "Contract",
      accessConstraints: "Finance owns the billing system; read access by request.",
      sensitive: false,
    },
  ],
  segments: [
    {
      name: "New trials, first three days",
      description: "Signed up less than 72 hours ago, setup not finished.",
      lifecycleStage: "onboarding",
      scenarios: [
        {
          text: "Shape the setup checklist by the role given at sign-up: an engineer starts with the integration, a manager with inviting the team.",
          channel: "app",
          technique: "rule-based",
          trigger: "First sign-in after sign-up",
          dataSources: ["signup", "usage"],
        },
        {
          text: "If the core setup task is still open after a day, send a short video showing exactly that task.",
          channel: "email",
          technique: "rule-based",
          trigger: "Core setup task still open 24 hours after sign-up",
          dataSources: ["usage"],
          risks: [
            {
              category: "over-messaging",
              severity: "low",
              description:
                "A trial user gets the nudge mail, an in-app tip and a sales call on the same day.",
              mitigation:
                "One owner per trial for outreach, and a cap of one nudge a day across channels.",
            },
          ],
        },
      ],
    },
    {
      name: "Active trials near the end",
      description: "Used the product on at least four days, trial ends within a week.",
      lifecycleStage: "active",
      scenarios: [
        {
          text: "Show the plan that fits their actual usage (seats, projects) on the upgrade page instead of the full price table.",
          channel: "web",
          technique: "rule-based",
          trigger: "Opens the upgrade page",
          dataSources: ["usage", "billing"],
        },
        {
          text: "Teams that used advanced features get a case study from a similar company, picked by industry and size.",
          channel: "email",
          technique: "rule-based",
          trigger: "Second use of an advanced feature",
          dataSources: ["usage", "firmographics"],
          assumption: true,
          risks: [
            {
              category: "data-quality",
              severity: "medium",
              description:
                "The enrichment vendor has the wrong industry, so the case study feels careless.",
              mitigation:
                "Only use the industry when the vendor's confidence is high; otherwise fall back to a general story.",
            },
          ],
        },
        {
          text: "Offer a two-week extension to trials whose usage is still growing on the last day.",
          channel: "app",
          technique: "predictive",
          trigger: "Last trial day with usage above the previous week",
          dataSources: ["usage"],
        },
      ],
    },
    {
      name: "Stalled trials",
      description: "Signed up, then no activity for five days or more.",
      lifecycleStage: "at-risk",
      scenarios: [
        {
          text: "Invite them to a live onboarding session for their use case, with the date in their time zone.",
          channel: "email",
          technique: "rule-based",
          trigger: "No activity for five days",
          missingData: "The account's time zone",
          dataSources: ["signup", "usage"],
        },
        {
          text: "Flag stalled trials from target accounts to sales with what the team tried and where it stopped.",
          channel: "in-store-support",
          technique: "rule-based",
          trigger: "Target account inactive for five days",
          dataSources: ["usage", "crm", "firmographics"],
          risks: [
            {
              category: "transparency",
              severity: "medium",
              description:
                "A salesperson quotes exactly what the person clicked, which feels like being watched.",
              mitigation:
                "Share a summary level (setup stage) with sales, not individual events, and say in the privacy notice that usage informs support.",
            },
          ],
        },
      ],
    },
  ],
};
