import type * as Y from "yjs";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";

const SEGMENTS = [
  { id: "returning", name: "Returning shoppers", lifecycleStage: "loyal" },
  { id: "new", name: "First-time buyers", lifecycleStage: "first-purchase" },
  { id: "lapsed", name: "Lapsed members", lifecycleStage: "lapsed" },
] as const;

const TEXTS = [
  "Recommend refills based on past orders",
  "Welcome back returning visitors by name",
  "Reorder reminder when a product usually runs out",
  "Suggest starter bundles to first-time buyers",
  "Tailor onboarding emails to the first category browsed",
  "Show size advice from similar shoppers' returns",
  "Win-back offer timed to the usual purchase cycle",
  "Birthday discount for members",
  "Predict churn and alert customer support",
  "Personalized homepage hero by inferred life stage",
  "Free-shipping threshold nudges based on basket size",
  "Store-pickup suggestion for people near a shop",
  "Replenishment subscription offer after the third reorder",
  "Recently viewed items on the home page",
  "Search results boosted by past brand preference",
  "Local weather-based product picks",
  "Loyalty tier progress banner in the basket",
  "Gift guide tuned to previous gift purchases",
  "Abandoned-basket email with the exact items left",
  "Price-drop alert on wishlisted products",
  "Category landing pages ordered by affinity",
  "Post-purchase care tips for the product just bought",
  "Onboarding quiz that seeds first recommendations",
  "Re-engagement push for app users idle for 30 days",
  "Cross-sell accessories on the order confirmation page",
  "Size memory prefilled at checkout",
  "Back-in-stock notice for items someone searched for",
  "Language and currency from the last visit",
  "Review requests timed to expected delivery",
  "Hide products already bought once and not repeatable",
  "Personal discount ceiling from margin and history",
  "Support chat opens with the latest order in view",
  "Lapsed-member survey asking what changed",
  "Seasonal reminders for yearly purchases",
  "Bundles built from frequently co-bought items",
  "New-arrival digest in the customer's favourite brands",
  "Referral offer after a five-star review",
  "Payment method remembered per device",
  "Returns-risk warning on items often sent back",
  "Student discount shown to verified students",
  "Trending near you carousel",
  "Family account suggestions for shared addresses",
  "Delivery slot preselected from past choices",
  "Health-related picks from purchase history (sensitive)",
  "Credit offers from inferred income (sensitive)",
];

/** A repeatable 0..1 sequence, so every run and screenshot seeds the same positions. */
function seeded(index: number, salt: number): number {
  const x = Math.sin(index * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

/**
 * 45 ideas over three segments, all placed on the matrix, many close together as in a real
 * workshop (a third of them crowd the quick-win corner).
 */
export function seedWorkspaceIdeas(
  doc: Y.Doc,
  { userId }: { userId: string },
  options: { count?: number; place?: boolean } = {},
): void {
  for (const segment of SEGMENTS) addSegment(doc, { ...segment });
  TEXTS.slice(0, options.count ?? TEXTS.length).forEach((text, index) => {
    const segment = SEGMENTS[index % SEGMENTS.length];
    if (!segment) return;
    const scenarioId = `idea-${index}`;
    addScenario(doc, { id: scenarioId, segmentId: segment.id, text, authorId: userId });
    if (options.place === false) return;
    const crowded = index % 3 === 0;
    const value = crowded ? 0.7 + seeded(index, 1) * 0.2 : 0.05 + seeded(index, 2) * 0.9;
    const feasibility = crowded ? 0.65 + seeded(index, 3) * 0.25 : 0.05 + seeded(index, 4) * 0.9;
    placeOnMatrix(doc, { scenarioId, value, feasibility });
  });
}
