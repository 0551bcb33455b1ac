import type { Awareness } from "y-protocols/awareness";
import { createAwarenessStore } from "@/lib/awareness/awareness-store";
import * as z from "zod/mini";

// Who is dragging which scenario lives in awareness (presence), never in the board doc: it is
// transient, per tab, and gone when the tab closes. Names come from the server-stamped `user`.

const DRAGGING_KEY = "draggingScenario";
/** The record (scenario, risk, segment, card) whose text this tab is typing into. */
const TYPING_KEY = "typingIn";

const PeerStateSchema = z.object({
  user: z.object({ userId: z.string(), name: z.string().check(z.maxLength(200)) }),
  [DRAGGING_KEY]: z.catch(z.optional(z.nullable(z.string().check(z.maxLength(64)))), null),
  [TYPING_KEY]: z.catch(z.optional(z.nullable(z.string().check(z.maxLength(64)))), null),
});

export type ScenarioPresence = {
  /** userId → display name of everyone seen in the room (kept after they leave). */
  names: ReadonlyMap<string, string>;
  /** scenarioId → name of the other person dragging it right now. */
  draggedBy: ReadonlyMap<string, string>;
  /** recordId → names of the other people typing in it right now. */
  typingIn: ReadonlyMap<string, readonly string[]>;
};

/**
 * Reads names and in-progress drags from awareness states. `knownNames` carries names of people
 * who have left, so their notes keep an author.
 */
export function readScenarioPresence(options: {
  states: ReadonlyMap<number, unknown>;
  localClientId: number;
  knownNames?: ReadonlyMap<string, string>;
}): ScenarioPresence {
  const names = new Map(options.knownNames ?? []);
  const draggedBy = new Map<string, string>();
  const typingIn = new Map<string, string[]>();
  for (const [clientId, state] of options.states) {
    const parsed = PeerStateSchema.safeParse(state);
    if (!parsed.success) continue;
    const { user } = parsed.data;
    names.set(user.userId, user.name);
    const dragging = parsed.data[DRAGGING_KEY];
    if (dragging && clientId !== options.localClientId) draggedBy.set(dragging, user.name);
    const typing = parsed.data[TYPING_KEY];
    if (typing && clientId !== options.localClientId) {
      const typists = typingIn.get(typing) ?? [];
      if (!typists.includes(user.name)) typists.push(user.name);
      typingIn.set(typing, typists);
    }
  }
  return { names, draggedBy, typingIn };
}

/** Tells the others which scenario this tab is dragging (null when the drag ends). */
export function setDraggingScenario(awareness: Awareness, scenarioId: string | null): void {
  awareness.setLocalStateField(DRAGGING_KEY, scenarioId);
}

/** Tells the others which record's text this tab is typing into (null when it stops). */
export function setTypingIn(awareness: Awareness, recordId: string | null): void {
  awareness.setLocalStateField(TYPING_KEY, recordId);
}

export type ScenarioPresenceStore = {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ScenarioPresence;
};

const EMPTY: ScenarioPresence = { names: new Map(), draggedBy: new Map(), typingIn: new Map() };
const stores = new WeakMap<Awareness, ScenarioPresenceStore>();

/** One store per awareness, so hundreds of notes share a single parse per presence change. */
export function scenarioPresenceStore(awareness: Awareness | null): ScenarioPresenceStore {
  if (!awareness) return { subscribe: () => () => {}, getSnapshot: () => EMPTY };
  let store = stores.get(awareness);
  if (store) return store;
  let knownNames: ReadonlyMap<string, string> = new Map();
  store = createAwarenessStore(awareness, {
    read(current) {
      const snapshot = readScenarioPresence({
        states: current.getStates(),
        localClientId: current.clientID,
        knownNames,
      });
      knownNames = snapshot.names;
      return snapshot;
    },
    empty: EMPTY,
  });
  stores.set(awareness, store);
  return store;
}
