import type { Awareness } from "y-protocols/awareness";
import * as z from "zod/mini";
import { StepIdSchema, type StepId } from "./steps";

// "Follow me": the facilitator's focus (the note or segment they select) lives in awareness, never
// in the document. Only entries the server stamped with a facilitator's role are followed.

const FOCUS_FIELD = "followFocus";

export const FollowFocusSchema = z.object({
  step: StepIdSchema,
  /** Where the group was when the facilitator chose it: moving the group ends the focus. */
  groupStep: StepIdSchema,
  kind: z.enum(["scenario", "segment"]),
  targetId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** When the facilitator selected it, so the newest of several facilitators wins. */
  at: z.number(),
});
export type FollowFocus = z.infer<typeof FollowFocusSchema>;

const FollowStateSchema = z.object({
  user: z.object({ userId: z.string(), name: z.string(), role: z.string() }),
  [FOCUS_FIELD]: FollowFocusSchema,
});

export type LeaderFocus = FollowFocus & { leaderName: string };

/** Shares (or clears) this person's focus. */
export function setFollowFocus(awareness: Awareness, focus: FollowFocus | null): void {
  awareness.setLocalStateField(FOCUS_FIELD, focus);
}

/**
 * The newest focus a facilitator other than this client shares, or null. A focus ends when the
 * group moves: one chosen while the group was on another step is stale and never followed.
 */
export function readLeaderFocus(awareness: Awareness, groupStep: StepId): LeaderFocus | null {
  let newest: LeaderFocus | null = null;
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const parsed = FollowStateSchema.safeParse(state);
    if (!parsed.success || parsed.data.user.role !== "facilitator") continue;
    const focus = parsed.data[FOCUS_FIELD];
    if (focus.groupStep !== groupStep) continue;
    if (!newest || focus.at > newest.at) newest = { ...focus, leaderName: parsed.data.user.name };
  }
  return newest;
}
