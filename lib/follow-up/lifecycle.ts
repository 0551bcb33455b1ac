import type { StepId } from "@/lib/documents/steps";

// Where a workshop stands, derived from what it holds; nothing about it is stored.

export const LIFECYCLE = ["planned", "live", "summarized", "follow-up-due", "followed-up"] as const;
export type Lifecycle = (typeof LIFECYCLE)[number];

export const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
  planned: "Planned",
  live: "Live",
  summarized: "Summarized",
  "follow-up-due": "Follow-up due",
  "followed-up": "Followed up",
};

export type LifecycleInput = {
  /** The step the group is on (control doc); null before the facilitator moved at all. */
  currentStep: StepId | null;
  /** Anything written on the boards: objective, segments, ideas, data sources. */
  hasContent: boolean;
  roadmapItemIds: readonly string[];
  /** The follow-up meeting's date (set, or the two-week default), "2027-03-14"; null if unknown. */
  followUpDate: string | null;
  /** Roadmap items with a status, update or result recorded. */
  recordedItemIds: readonly string[];
  /** The facilitator closed the follow-up meeting. */
  heldAt: string | null;
  today: string;
};

export type LifecycleState = {
  stage: Lifecycle;
  /** Whole days past the follow-up date while it is still due; 0 otherwise. */
  overdueDays: number;
  followUpDate: string | null;
};

function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : 0;
}

/**
 * planned (nothing written, still on step 1) → live → summarized (step 8 reached, or progress
 * recorded) → follow-up due (from the follow-up date) → followed up (meeting closed, or on the
 * date every roadmap item has its progress recorded).
 */
export function deriveLifecycle(input: LifecycleInput): LifecycleState {
  const { followUpDate, today } = input;
  const base = { overdueDays: 0, followUpDate };
  const recorded = new Set(input.recordedItemIds);
  const summarized = input.currentStep === "share" || recorded.size > 0 || input.heldAt !== null;
  if (!summarized) {
    const started =
      input.hasContent || (input.currentStep !== null && input.currentStep !== "team");
    return { ...base, stage: started ? "live" : "planned" };
  }
  const dateReached = followUpDate !== null && followUpDate <= today;
  const allRecorded =
    input.roadmapItemIds.length > 0 && input.roadmapItemIds.every((id) => recorded.has(id));
  if (input.heldAt !== null || (dateReached && allRecorded)) {
    return { ...base, stage: "followed-up" };
  }
  if (!dateReached || followUpDate === null) return { ...base, stage: "summarized" };
  return {
    ...base,
    stage: "follow-up-due",
    overdueDays: Math.max(0, daysBetween(followUpDate, today)),
  };
}

/** Dashboard order: what needs the facilitator first (overdue follow-ups, then live ones). */
export const LIFECYCLE_URGENCY: Record<Lifecycle, number> = {
  "follow-up-due": 0,
  live: 1,
  planned: 2,
  summarized: 3,
  "followed-up": 4,
};

export function compareLifecycle(a: LifecycleState, b: LifecycleState): number {
  const byStage = LIFECYCLE_URGENCY[a.stage] - LIFECYCLE_URGENCY[b.stage];
  if (byStage !== 0) return byStage;
  return b.overdueDays - a.overdueDays;
}

/** A stage named in a query string, or null for anything else. */
export function parseLifecycle(value: unknown): Lifecycle | null {
  return typeof value === "string" && (LIFECYCLE as readonly string[]).includes(value)
    ? (value as Lifecycle)
    : null;
}

/** How many workshops are at each stage. */
export function countByLifecycle(states: readonly LifecycleState[]): Record<Lifecycle, number> {
  const counts = Object.fromEntries(LIFECYCLE.map((stage) => [stage, 0])) as Record<
    Lifecycle,
    number
  >;
  for (const state of states) counts[state.stage] += 1;
  return counts;
}
