import type { WorkshopTemplate } from "./template-types";

export const ECOMMERCE_TEMPLATE: WorkshopTemplate = {
  id: "ecommerce-returning-shoppers",
  title: "E-commerce: returning shoppers",
  summary: "An online shop that wants people who bought once to come back and buy again.",
  objective:
    "By the end of the day we will have the five personalization ideas most likely to bring returning shoppers back, ranked by business value and technical feasibility, each with an owner.",
  kpis: [
    "Share of first-time buyers who order again within 90 days",
    "Revenue per returning customer per quarter",
    "Abandoned carts recovered within 48 hours",
    "Newsletter unsubscribe rate (must not rise)",
  ],
  techStack: [
    {
      name: "Shop platform",
      category: "cms",
      notes:
        "Product pages, cart and checkout. Can swap a home-page block per customer group, nothing finer.",
    },
    {
      name: "Email service provider",
      category: "email",
      notes: "Newsletter and the cart flow. Lists refresh every 15 minutes from the shop.",
    },
    {
      name: "Web analytics",
      category: "analytics",
      notes: "Page and search events for visitors who accepted analytics cookies.",
    },
    {
      name: "Data warehouse",
      category: "data-warehouse",
      notes: "Orders arrive overnight; this is where repeat-purchase reports are built today.",
    },
  ],
  identityResolution: {
    status: "per-channel",
    note: "The web shop, the app and the newsletter each keep their own profile. Orders carry the email address, so the warehouse can match them the next morning, but nothing links a browsing session to a newsletter click while it happens. Guest checkouts stay unmatched.",
  },
  dataSources: [
    {
      key: "orders",
      origin: "first-party",
      name: "Order history",
      kind: "transactional",
      quality: "good",
      legalBasis: "Contract (orders), legitimate interest for recommendations",
      accessConstraints: "Nightly export from the shop platform into the warehouse.",
      sensitive: false,
    },
    {
      key: "browsing",
      origin: "first-party",
      name: "Browsing and search events",
      kind: "behavioral",
      quality: "partial",
      legalBasis: "Consent through the cookie banner",
      accessConstraints:
        "Only for visitors who accepted analytics cookies; about 60 % of sessions.",
      sensitive: false,
    },
    {
      key: "cart",
      origin: "first-party",
      name: "Cart contents",
      kind: "behavioral",
      quality: "good",
      legalBasis: "Legitimate interest",
      accessConstraints: "Real time for signed-in shoppers; lost when a guest clears cookies.",
      sensitive: false,
    },
    {
      key: "email",
      origin: "first-party",
      name: "Newsletter opens and clicks",
      kind: "engagement",
      quality: "partial",
      legalBasis: "Consent (newsletter opt-in)",
      accessConstraints: "Opens are unreliable since mail clients preload images.",
      sensitive: false,
    },
    {
      key: "sizes",
      origin: "first-party",
      name: "Saved sizes and favourite brands",
      kind: "explicit-preference",
      quality: "poor",
      legalBasis: "Consent (stated in the account settings)",
      accessConstraints: "Few shoppers fill this in; stored in the account service only.",
      sensitive: false,
    },
  ],
  segments: [
    {
      name: "Cart abandoners",
      description: "Put something in the cart in the last week and left without paying.",
      lifecycleStage: "consideration",
      scenarios: [
        {
          text: "Send a reminder within an hour showing the items left in the cart, then a second mail a day later with reviews of those items.",
          channel: "email",
          technique: "rule-based",
          trigger: "Cart left without checkout for one hour",
          dataSources: ["cart", "email"],
          risks: [
            {
              category: "over-messaging",
              severity: "medium",
              description:
                "Someone who already bought in the shop app still gets the reminders and feels chased.",
              mitigation:
                "Suppress the sequence as soon as an order arrives from any channel, and stop after two mails.",
            },
          ],
        },
        {
          text: "On the next visit, open with the abandoned cart and a note on delivery time instead of the generic home banner.",
          channel: "web",
          technique: "real-time-contextual",
          trigger: "Returns to the site with items in the cart",
          dataSources: ["cart", "browsing"],
        },
      ],
    },
    {
      name: "Second-purchase shoppers",
      description: "Bought exactly once, within the last 60 days.",
      lifecycleStage: "first-purchase",
      scenarios: [
        {
          text: "Recommend items that go with the first purchase (accessories, refills) on the home page and in the order-delivered mail.",
          channel: "email",
          technique: "predictive",
          trigger: "Order marked as delivered",
          missingData: "Which accessories fit which product",
          dataSources: ["orders", "browsing"],
          risks: [
            {
              category: "creepiness",
              severity: "medium",
              description:
                "A gift bought for someone else keeps driving recommendations to the buyer for weeks.",
              mitigation:
                "Let shoppers mark an order as a gift and drop it from recommendations; fade old orders out after 30 days.",
            },
          ],
        },
        {
          text: "Remember the size bought last time and preselect it on product pages of the same brand.",
          channel: "web",
          technique: "rule-based",
          trigger: "Opens a product page of a brand bought before",
          dataSources: ["orders", "sizes"],
          assumption: true,
        },
      ],
    },
    {
      name: "Lapsed loyal customers",
      description: "Ordered at least three times, nothing in the last six months.",
      lifecycleStage: "lapsed",
      scenarios: [
        {
          text: "A win-back mail featuring new arrivals in the categories they bought most, with no discount in the first attempt.",
          channel: "email",
          technique: "rule-based",
          trigger: "Six months since the last order",
          dataSources: ["orders", "email"],
        },
        {
          text: "Predict who is about to lapse from falling visit frequency and invite them to early access before they go quiet.",
          channel: "email",
          technique: "predictive",
          trigger: "Visit frequency falls below their usual rhythm",
          dataSources: ["orders", "browsing"],
          assumption: true,
          risks: [
            {
              category: "bias-fairness",
              severity: "low",
              description:
                "The model learns from past big spenders and never offers early access to smaller customers.",
              mitigation:
                "Check the invited group against the whole base every month, and keep a person reviewing the rules.",
            },
          ],
        },
      ],
    },
  ],
};
