import type * as Y from "yjs";

// Control doc layout (only lib/documents reads or writes it; the realtime server reads the lock
// and anonymous flags through readControl). One map, written by facilitators only (the server
// refuses every other writer), holding the keys below. Values are plain JSON, validated where they
// are read (timer, vote rounds, blind round, agenda), so an unknown or damaged value reads as its
// default. The control doc has had one shape since it was introduced: no schema version key and no
// migrations yet; the first change of shape adds CONTROL_SCHEMA_VERSION to the map, the way the
// board's meta.schemaVersion works (see migrations.ts).

export const CONTROL_MAP = "control";
export const CONTROL_SCHEMA_VERSION = 1;

export const CONTROL_KEYS = {
  /** StepId the group is on. */
  currentStep: "currentStep",
  /** true hides note authors. */
  anonymous: "anonymous",
  /** true freezes the board; the server refuses board writes while set. */
  locked: "locked",
  /** true sends new notes to each person's private doc. */
  privateWriting: "privateWriting",
  /** Counter bumped by the server when someone's role changes. */
  rolesVersion: "rolesVersion",
  /** StepTimer. */
  timer: "timer",
  /** BlindRound. */
  blindPlacement: "blindPlacement",
  /** Record<StepId, ms> spent on each step before the current visit. */
  agendaSpentMs: "agenda.spentMs",
  /** Epoch ms the group entered the current step. */
  agendaEnteredAt: "agenda.enteredAt",
} as const;

/** A vote round is kept per step, under `vote.<step>`. */
export function voteRoundKey(step: string): string {
  return `vote.${step}`;
}

export function controlMap(control: Y.Doc): Y.Map<unknown> {
  return control.getMap<unknown>(CONTROL_MAP);
}

/** A boolean setting of the control doc; anything but `true` reads as off. */
export function readControlFlag(
  control: Y.Doc,
  key:
    typeof CONTROL_KEYS.locked | typeof CONTROL_KEYS.anonymous | typeof CONTROL_KEYS.privateWriting,
): boolean {
  return controlMap(control).get(key) === true;
}
