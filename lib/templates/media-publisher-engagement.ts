import type { WorkshopTemplate } from "./template-types";

export const MEDIA_TEMPLATE: WorkshopTemplate = {
  id: "media-publisher-engagement",
  title: "Media and publishing: engagement",
  summary: "A news or magazine site that wants readers to come back more often and subscribe.",
  objective:
    "By the end of the day we will have the top five personalization ideas for turning occasional readers into regular readers and subscribers, ranked by value and feasibility.",
  kpis: [
    "Reading days per reader per month",
    "Newsletter sign-ups started from an article",
    "New digital subscriptions per month",
    "Subscriber cancellations per month",
  ],
  techStack: [
    {
      name: "Content management system",
      category: "cms",
      notes: "Publishes articles and section fronts; page modules can be swapped by rules.",
    },
    {
      name: "Recommendation widget",
      category: "personalization-engine",
      notes: "Most-read and related-article lists today; no per-reader model switched on yet.",
    },
    {
      name: "Newsletter platform",
      category: "email",
      notes: "Daily and topic newsletters; links can carry a hashed reader id.",
    },
    {
      name: "Paywall and subscription service",
      category: "other",
      notes: "Counts free articles per browser and runs checkout and renewals.",
    },
  ],
  identityResolution: {
    status: "probabilistic",
    note: "Most readers never sign in. A first-party cookie and device signals link visits from one browser with fair confidence, but a reader on phone and laptop counts as two people. Signed-in readers and subscribers are joined by account; newsletter clicks are matched through the hashed id in the link.",
  },
  dataSources: [
    {
      key: "reading",
      origin: "first-party",
      name: "Reading history (articles, sections, time read)",
      kind: "behavioral",
      quality: "good",
      legalBasis: "Consent through the cookie banner",
      accessConstraints: "Signed-in readers across devices; anonymous readers per browser only.",
      sensitive: false,
    },
    {
      key: "context",
      origin: "first-party",
      name: "Time of day, device and referrer",
      kind: "contextual",
      quality: "good",
      legalBasis: "Legitimate interest",
      accessConstraints: "Available on every request; no profile needed.",
      sensitive: false,
    },
    {
      key: "topics",
      origin: "first-party",
      name: "Followed topics and authors",
      kind: "explicit-preference",
      quality: "partial",
      legalBasis: "Consent (chosen by the reader)",
      accessConstraints: "Only in the app; the website does not offer following yet.",
      sensitive: false,
    },
    {
      key: "newsletter",
      origin: "first-party",
      name: "Newsletter engagement",
      kind: "engagement",
      quality: "partial",
      legalBasis: "Consent (newsletter opt-in)",
      accessConstraints: "Click data kept for 90 days by the mail platform.",
      sensitive: false,
    },
    {
      key: "subscriptions",
      origin: "first-party",
      name: "Subscription and payment status",
      kind: "transactional",
      quality: "good",
      legalBasis: "Contract",
      accessConstraints: "Subscription system syncs to the site every 15 minutes.",
      sensitive: false,
    },
  ],
  segments: [
    {
      name: "Occasional readers",
      description: "Arrive from search or social a few times a month, not signed in.",
      lifecycleStage: "awareness",
      scenarios: [
        {
          text: "Below the article, suggest two more pieces from the same section instead of the most-read list.",
          channel: "web",
          technique: "real-time-contextual",
          trigger: "Reaches the end of an article",
          dataSources: ["reading", "context"],
        },
        {
          text: "Short reads on phones in the morning, long reads and explainers in the evening.",
          channel: "web",
          technique: "real-time-contextual",
          trigger: "Opens the home page; time of day and device",
          dataSources: ["context"],
          risks: [
            {
              category: "bias-fairness",
              severity: "low",
              description:
                "Readers only ever see light pieces on the phone and miss the important stories of the day.",
              mitigation:
                "Keep the top editorial picks fixed for everyone; personalise only the slots below them.",
            },
          ],
        },
      ],
    },
    {
      name: "Regular readers without a subscription",
      description: "Signed in, read on at least eight days in the last month.",
      lifecycleStage: "active",
      scenarios: [
        {
          text: "A weekly newsletter built from the topics and authors they read most, with one story outside their usual interests.",
          channel: "email",
          technique: "predictive",
          trigger: "Weekly send, Saturday morning",
          dataSources: ["reading", "topics", "newsletter"],
        },
        {
          text: "When they hit the article limit, show the subscription offer that matches their favourite section (sport, culture, business).",
          channel: "web",
          technique: "rule-based",
          trigger: "Reaches the monthly article limit",
          dataSources: ["reading", "subscriptions"],
          risks: [
            {
              category: "creepiness",
              severity: "medium",
              description:
                "An offer naming a health or politics topic they read about feels like their reading was watched.",
              mitigation:
                "Exclude sensitive sections from offer targeting and use broad section names only.",
            },
          ],
        },
      ],
    },
    {
      name: "Subscribers at risk of cancelling",
      description: "Subscribed, but reading has dropped by half over the last month.",
      lifecycleStage: "at-risk",
      scenarios: [
        {
          text: "Remind them of what they get: a digest of the best pieces in their followed topics they missed.",
          channel: "email",
          technique: "rule-based",
          trigger: "Reading halves over four weeks",
          dataSources: ["reading", "topics", "subscriptions"],
        },
        {
          text: "Predict cancellations from reading patterns and offer a pause instead of a cancellation.",
          channel: "web",
          technique: "predictive",
          trigger: "Opens the cancellation page",
          missingData: "Cancellation reasons from the help desk",
          dataSources: ["reading", "subscriptions"],
          assumption: true,
          risks: [
            {
              category: "transparency",
              severity: "medium",
              description:
                "Subscribers who were offered a pause learn that others got a cheaper deal and feel treated unfairly.",
              mitigation:
                "Offer the same pause to anyone who asks, say in the help pages what the offer is, and cap it at once a year.",
            },
          ],
        },
      ],
    },
  ],
};
