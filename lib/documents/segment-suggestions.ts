import type { LifecycleStage } from "./records";

// Starting points for step 4's columns, one per lifecycle moment where personalization tends to
// pay off. The method's advice is to pick a few that matter most, not to add them all.

export type SegmentSuggestion = { name: string; lifecycleStage: LifecycleStage; why: string };

export const SEGMENT_SUGGESTIONS: readonly SegmentSuggestion[] = [
  {
    name: "New visitors",
    lifecycleStage: "awareness",
    why: "Only context is known: source, device, place",
  },
  {
    name: "Cart abandoners",
    lifecycleStage: "consideration",
    why: "Clear intent, left before paying",
  },
  {
    name: "First-time buyers",
    lifecycleStage: "first-purchase",
    why: "The second order decides if they stay",
  },
  { name: "Active customers", lifecycleStage: "active", why: "Rich history to tailor from" },
  {
    name: "High-value customers",
    lifecycleStage: "loyal",
    why: "A small group carrying much of the revenue",
  },
  {
    name: "At-risk customers",
    lifecycleStage: "at-risk",
    why: "Activity is dropping; a win-back still works",
  },
  { name: "Lapsed customers", lifecycleStage: "lapsed", why: "Gone quiet; reactivation or let go" },
];

/** A sensible number of segments for one workshop; more spreads the ideas thin. */
export const SEGMENTS_ADVISED_MAX = 5;

/** Suggestions whose name no segment already has (compared without case and spaces). */
export function openSuggestions(existingNames: readonly string[]): SegmentSuggestion[] {
  const key = (name: string) => name.toLowerCase().replace(/\s+/g, "");
  const taken = new Set(existingNames.map(key));
  return SEGMENT_SUGGESTIONS.filter((suggestion) => !taken.has(key(suggestion.name)));
}
