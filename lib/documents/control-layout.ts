import type * as Y from "yjs";
import * as z from "zod/mini";
import {
  AgendaSpentSchema,
  BlindRoundSchema,
  StepTimerSchema,
  VoteRoundSchema,
  type VoteRound,
  type VoteStep,
} from "./control-records";
import { StepIdSchema } from "./steps";

// Control doc layout (only lib/documents reads or writes it; the realtime server reads the lock
// and anonymous flags through readControl). One map, written by facilitators only (the server
// refuses every other writer), holding the keys below. Values are plain JSON, each with its schema
// in CONTROL_VALUES (records in control-records.ts), read and written only through the functions
// below, so an unknown or damaged value reads as absent and its reader's default applies. The control doc has had one shape since it was introduced: no schema version key and no
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

/** The schema of each value, by the names of CONTROL_KEYS. */
export const CONTROL_VALUES = {
  currentStep: StepIdSchema,
  anonymous: z.boolean(),
  locked: z.boolean(),
  privateWriting: z.boolean(),
  rolesVersion: z.int().check(z.gte(0)),
  timer: StepTimerSchema,
  blindPlacement: BlindRoundSchema,
  agendaSpentMs: AgendaSpentSchema,
  agendaEnteredAt: z.int(),
} as const satisfies Record<keyof typeof CONTROL_KEYS, z.ZodMiniType>;

export type ControlValueName = keyof typeof CONTROL_VALUES;
export type ControlValue<K extends ControlValueName> = z.output<(typeof CONTROL_VALUES)[K]>;

/** A vote round is kept per step, under `vote.<step>`. */
export function voteRoundKey(step: string): string {
  return `vote.${step}`;
}

function controlMap(control: Y.Doc): Y.Map<unknown> {
  return control.getMap<unknown>(CONTROL_MAP);
}

/** The stored value when it is present and valid, else null. */
export function readControlValue<K extends ControlValueName>(
  control: Y.Doc,
  name: K,
): ControlValue<K> | null {
  const parsed = CONTROL_VALUES[name].safeParse(controlMap(control).get(CONTROL_KEYS[name]));
  return parsed.success ? (parsed.data as ControlValue<K>) : null;
}

/** Writes a value already validated by its caller (the write functions parse their input). */
export function writeControlValue<K extends ControlValueName>(
  control: Y.Doc,
  name: K,
  value: ControlValue<K>,
): void {
  controlMap(control).set(CONTROL_KEYS[name], value);
}

export function deleteControlValue(control: Y.Doc, name: ControlValueName): void {
  controlMap(control).delete(CONTROL_KEYS[name]);
}

export function readVoteRoundValue(control: Y.Doc, step: VoteStep): VoteRound | null {
  const parsed = VoteRoundSchema.safeParse(controlMap(control).get(voteRoundKey(step)));
  return parsed.success ? parsed.data : null;
}

export function writeVoteRoundValue(control: Y.Doc, round: VoteRound): void {
  controlMap(control).set(voteRoundKey(round.step), round);
}

export function deleteVoteRoundValue(control: Y.Doc, step: VoteStep): void {
  controlMap(control).delete(voteRoundKey(step));
}

/**
 * Calls `listener` after changes to the control doc; with `names`, only when one of those values
 * changed. For useSyncExternalStore.
 */
export function observeControl(
  control: Y.Doc,
  listener: () => void,
  names?: readonly ControlValueName[],
): () => void {
  const map = controlMap(control);
  const keys = names ? new Set<string>(names.map((name) => CONTROL_KEYS[name])) : null;
  const onChange = (event: Y.YMapEvent<unknown>): void => {
    if (!keys || [...event.keysChanged].some((key) => keys.has(key))) listener();
  };
  map.observe(onChange);
  return () => map.unobserve(onChange);
}

/** A boolean setting of the control doc; anything but `true` reads as off. */
export function readControlFlag(
  control: Y.Doc,
  key:
    typeof CONTROL_KEYS.locked | typeof CONTROL_KEYS.anonymous | typeof CONTROL_KEYS.privateWriting,
): boolean {
  return readControlValue(control, key) === true;
}
