import type { WorkshopTemplate } from "./template-types";

export const FINANCIAL_SERVICES_TEMPLATE: WorkshopTemplate = {
  id: "financial-services-sensitive-data",
  title: "Financial services: sensitive data",
  summary: "A bank or insurer where most customer data is sensitive and regulated.",
  objective:
    "By the end of the day we will have a privacy-compliant shortlist of personalization ideas for our customers, ranked by value and feasibility, with the legal basis of every data source checked.",
  kpis: [
    "Products held per customer",
    "New customers still active after 90 days",
    "Customers who close their main account per quarter",
    "Complaints about marketing contact (must not rise)",
  ],
  techStack: [
    {
      name: "Core banking system",
      category: "other",
      notes: "Holds accounts and products; changes wait for a quarterly release window.",
    },
    {
      name: "Next-best-action engine",
      category: "decisioning",
      notes: "Picks one offer per customer from rules that compliance approves before launch.",
    },
    {
      name: "App inbox and push service",
      category: "other",
      notes: "Every message template needs sign-off from legal before it can be sent.",
    },
    {
      name: "Data warehouse",
      category: "data-warehouse",
      notes:
        "A daily copy of transactions; each query is logged and limited to an approved purpose.",
    },
  ],
  identityResolution: {
    status: "deterministic",
    note: "The customer number joins the app, online banking, the call centre and branches, because every channel requires strong authentication. Joint accounts are the gap: two people share one account, so a signal on the account may not belong to the person in the app.",
  },
  dataSources: [
    {
      key: "transactions",
      origin: "first-party",
      name: "Account transactions",
      kind: "transactional",
      quality: "good",
      legalBasis: "Contract; any marketing use needs explicit consent",
      accessConstraints:
        "Core banking system; compliance signs off each new use. Categories only, never single payments.",
      sensitive: true,
    },
    {
      key: "products",
      origin: "first-party",
      name: "Products held and their start dates",
      kind: "transactional",
      quality: "good",
      legalBasis: "Contract",
      accessConstraints: "Daily extract to the warehouse.",
      sensitive: false,
    },
    {
      key: "app",
      origin: "first-party",
      name: "Mobile app usage",
      kind: "behavioral",
      quality: "partial",
      legalBasis: "Consent (app analytics opt-in)",
      accessConstraints: "About 45 % of app users opted in.",
      sensitive: false,
    },
    {
      key: "demographics",
      origin: "first-party",
      name: "Age band and region",
      kind: "demographic",
      quality: "good",
      legalBasis: "Contract (know-your-customer records)",
      accessConstraints:
        "May not drive credit or pricing decisions; usable for content only after legal review.",
      sensitive: true,
    },
    {
      key: "preferences",
      origin: "first-party",
      name: "Contact and marketing preferences",
      kind: "explicit-preference",
      quality: "good",
      legalBasis: "Consent",
      accessConstraints: "Must be checked before every message; held in the CRM.",
      sensitive: false,
    },
  ],
  segments: [
    {
      name: "New customers, first 90 days",
      description: "Opened their first account in the last three months.",
      lifecycleStage: "onboarding",
      scenarios: [
        {
          text: "An onboarding series in the app that explains the features of the account they opened, step by step.",
          channel: "app",
          technique: "rule-based",
          trigger: "Account opened",
          dataSources: ["products", "app", "preferences"],
        },
        {
          text: "Suggest switching on salary notifications once the first salary arrives.",
          channel: "push",
          technique: "rule-based",
          trigger: "First salary payment arrives",
          dataSources: ["transactions", "preferences"],
          risks: [
            {
              category: "privacy",
              severity: "high",
              description:
                "Using payment data for a prompt without explicit consent breaks the legal basis the data was collected on.",
              mitigation:
                "Only for customers who consented to personalised advice; legal checks the wording before launch.",
            },
          ],
        },
      ],
    },
    {
      name: "Customers with one product",
      description: "Hold a current account only, active for a year or more.",
      lifecycleStage: "active",
      scenarios: [
        {
          text: "Show a savings explainer to customers whose balance stays well above their monthly spending.",
          channel: "app",
          technique: "predictive",
          trigger: "Balance above monthly spending for three months",
          dataSources: ["transactions", "products", "preferences"],
          assumption: true,
          risks: [
            {
              category: "consent",
              severity: "high",
              description:
                "The offer appears on a shared screen in a branch and reveals the customer's balance pattern to others.",
              mitigation:
                "Never show finance-based prompts on shared or public screens; app only, after login.",
            },
          ],
        },
        {
          text: "Let customers choose the topics they want advice on (saving, home buying, retirement) and tailor the app's home tab to that choice.",
          channel: "app",
          technique: "rule-based",
          trigger: "Opens the advice tab",
          dataSources: ["preferences", "app"],
        },
      ],
    },
    {
      name: "Customers showing signs of leaving",
      description: "Salary stopped arriving or balance moved out in the last two months.",
      lifecycleStage: "at-risk",
      scenarios: [
        {
          text: "A service call from an adviser, offered in the app, rather than an automated retention offer.",
          channel: "in-store-support",
          technique: "predictive",
          trigger: "Salary stops arriving for two months",
          missingData: "Advisers' free appointment slots",
          dataSources: ["transactions", "preferences"],
          risks: [
            {
              category: "bias-fairness",
              severity: "high",
              description:
                "A churn model built on age and region treats groups differently, which regulators can see as unfair treatment.",
              mitigation:
                "Exclude sensitive attributes from the model, review its decisions every month and keep an adviser in the loop.",
            },
          ],
        },
        {
          text: "Ask leavers in one question why they are moving money, and route the answer to the team that owns that reason.",
          channel: "app",
          technique: "rule-based",
          trigger: "Moves most of the balance out",
          dataSources: ["preferences"],
        },
      ],
    },
  ],
};
