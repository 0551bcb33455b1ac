import type { Awareness } from "y-protocols/awareness";
import * as z from "zod/mini";
import type { PresenceUser } from "@/lib/realtime/protocol";

export type CursorPoint = { x: number; y: number };

/** One person in the room as awareness describes them; `user` was stamped by the server. */
export type PresencePeer = {
  clientId: number;
  user: PresenceUser;
  cursor: CursorPoint | null;
  /** The step this person marked as done (ready check), if any. */
  readyStep: string | null;
  handRaised: boolean;
  isSelf: boolean;
};

const PresenceUserSchema = z.object({
  userId: z.string(),
  name: z.string().check(z.maxLength(200)),
  role: z.string(),
  function: z.string(),
  colour: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
});
const CursorSchema = z.object({ x: z.number(), y: z.number() });
const PresenceStateSchema = z.object({
  user: PresenceUserSchema,
  cursor: z.catch(z.nullable(CursorSchema), null),
  readyStep: z.catch(z.nullable(z.string().check(z.maxLength(40))), null),
  handRaised: z.catch(z.boolean(), false),
});

/** Valid presence entries, self first; entries without a server-stamped user are skipped. */
export function readPresence(states: Map<number, unknown>, localClientId: number): PresencePeer[] {
  const peers: PresencePeer[] = [];
  for (const [clientId, state] of states) {
    const parsed = PresenceStateSchema.safeParse(state);
    if (!parsed.success) continue;
    peers.push({
      clientId,
      user: parsed.data.user,
      cursor: parsed.data.cursor,
      readyStep: parsed.data.readyStep,
      handRaised: parsed.data.handRaised,
      isSelf: clientId === localClientId,
    });
  }
  return peers.sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.user.name.localeCompare(b.user.name),
  );
}

/** One entry per person, even when they have the board open in several tabs. */
export function distinctPeople(peers: PresencePeer[]): PresencePeer[] {
  const seen = new Set<string>();
  return peers.filter((peer) => {
    if (seen.has(peer.user.userId)) return false;
    seen.add(peer.user.userId);
    return true;
  });
}

export function setLocalCursor(awareness: Awareness, cursor: CursorPoint | null): void {
  awareness.setLocalStateField("cursor", cursor);
}

/** Ready check: mark the step as done (or clear it with null). */
export function setLocalReadyStep(awareness: Awareness, step: string | null): void {
  awareness.setLocalStateField("readyStep", step);
}

export function setLocalHandRaised(awareness: Awareness, raised: boolean): void {
  awareness.setLocalStateField("handRaised", raised);
}
