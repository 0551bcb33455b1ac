import type * as Y from "yjs";
import * as z from "zod/mini";
import { missing, patchRecord, readRecord, readRecords } from "./collection";
import type { Scenario } from "./records";
import { parseInput, type WriteResult } from "./result";
import { IdSchema, transactResult } from "./write";

// Duplicate ideas are stacked, not deleted: the stacked note keeps its text (and author, votes,
// reactions) and is shown inside the note it repeats. A stack is one level deep, so its host is
// always a note of its own; a note whose host is gone stands on its own again.

type StackFields = Pick<Scenario, "id" | "stackedOn">;

/** The host a note is shown in, or null when it stands on its own (no host, or host gone). */
export function stackHost(
  scenario: { readonly stackedOn: string | null },
  byId: ReadonlyMap<string, { readonly stackedOn: string | null }>,
): string | null {
  const host = scenario.stackedOn === null ? undefined : byId.get(scenario.stackedOn);
  return host && host.stackedOn === null ? scenario.stackedOn : null;
}

type StackIndex = { byId: Map<string, Readonly<StackFields>>; byHost: Map<string, unknown[]> };

// Every column and every note's stack reads this on each change: built once per snapshot array.
const indexes = new WeakMap<readonly Readonly<StackFields>[], StackIndex>();

function indexOf(all: readonly Readonly<StackFields>[]): StackIndex {
  let index = indexes.get(all);
  if (!index) {
    const byId = new Map(all.map((s) => [s.id, s]));
    const byHost = new Map<string, unknown[]>();
    for (const scenario of all) {
      const host = stackHost(scenario, byId);
      if (host !== null) byHost.set(host, [...(byHost.get(host) ?? []), scenario]);
    }
    index = { byId, byHost };
    indexes.set(all, index);
  }
  return index;
}

/** Notes that stand on their own on the wall, in the given order. */
export function notesOnWall<T extends Readonly<StackFields>>(
  scenarios: readonly T[],
  all: readonly Readonly<StackFields>[],
): T[] {
  const { byId } = indexOf(all);
  return scenarios.filter((scenario) => stackHost(scenario, byId) === null);
}

const NONE: readonly never[] = Object.freeze([]);

/** The notes stacked on `hostId`, in the order of `all`. */
export function stackedOn<T extends Readonly<StackFields>>(
  hostId: string,
  all: readonly T[],
): readonly T[] {
  // byHost holds elements of `all`, so they are T.
  return (indexOf(all).byHost.get(hostId) as T[] | undefined) ?? NONE;
}

function refused<T>(message: string): WriteResult<T> {
  return { ok: false, error: { code: "invalid-input", message, issues: [message] } };
}

const StackOptionsSchema = z.object({ scenarioId: IdSchema, ontoId: IdSchema });
export type StackScenarioOptions = z.input<typeof StackOptionsSchema>;

/**
 * Stacks a note onto another (same idea twice). Notes already stacked on the moving note follow
 * it onto the new host, so stacks stay one level deep; the note joins the host's segment.
 */
export function stackScenario(doc: Y.Doc, options: StackScenarioOptions): WriteResult<Scenario> {
  const input = parseInput(StackOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId, ontoId } = input.value;
  return transactResult(doc, () => {
    const note = readRecord(doc, "scenarios", scenarioId);
    if (!note) return missing("scenarios", scenarioId);
    const host = readRecord(doc, "scenarios", ontoId);
    if (!host) return missing("scenarios", ontoId);
    if (ontoId === scenarioId) return refused("A note cannot be stacked on itself.");
    // Onto a note that is itself stacked: join its host instead.
    const hostId = host.stackedOn ?? ontoId;
    if (hostId === scenarioId) return refused("That note is already stacked on this one.");
    const segmentId = host.segmentId;
    for (const follower of readRecords(doc, "scenarios")) {
      if (follower.stackedOn === scenarioId) {
        patchRecord(doc, "scenarios", follower.id, { stackedOn: hostId, segmentId });
      }
    }
    return patchRecord(doc, "scenarios", scenarioId, { stackedOn: hostId, segmentId });
  });
}

const UnstackOptionsSchema = z.object({ scenarioId: IdSchema });
export type UnstackScenarioOptions = z.input<typeof UnstackOptionsSchema>;

/** Takes a note out of its stack; it stands on its own again, after its former host. */
export function unstackScenario(
  doc: Y.Doc,
  options: UnstackScenarioOptions,
): WriteResult<Scenario> {
  const input = parseInput(UnstackOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId } = input.value;
  return transactResult(doc, () => {
    if (!readRecord(doc, "scenarios", scenarioId)) return missing("scenarios", scenarioId);
    return patchRecord(doc, "scenarios", scenarioId, { stackedOn: null });
  });
}
