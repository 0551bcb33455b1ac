import type { Awareness } from "y-protocols/awareness";
import * as z from "zod/mini";

// Live drag previews for the prioritize matrix. While someone drags a note, where it is right
// now travels in their awareness state (ephemeral, never persisted); the doc is written once,
// on drop, with placeOnMatrix.

const AWARENESS_FIELD = "matrixDrag";

const Fraction = z.number().check(z.gte(0), z.lte(1));
const MatrixDragSchema = z.object({
  scenarioId: z.string().check(z.minLength(1), z.maxLength(64)),
  value: Fraction,
  feasibility: Fraction,
});
export type MatrixDrag = z.infer<typeof MatrixDragSchema>;

const PeerSchema = z.object({
  user: z.object({
    userId: z.string(),
    name: z.string().check(z.maxLength(200)),
    colour: z.string(),
  }),
  [AWARENESS_FIELD]: z.optional(z.catch(z.nullable(MatrixDragSchema), null)),
});

/** Someone else's note in flight: which scenario, where it is now, and who holds it. */
export type RemoteMatrixDrag = MatrixDrag & {
  clientId: number;
  userId: string;
  name: string;
  colour: string;
};

/** Announces (or, with null, clears) the local user's note in flight. */
export function setMatrixDrag(awareness: Awareness, drag: MatrixDrag | null): void {
  const current: unknown = awareness.getLocalState()?.[AWARENESS_FIELD] ?? null;
  if (drag === null && current === null) return;
  awareness.setLocalStateField(AWARENESS_FIELD, drag);
}

/**
 * Notes other clients are dragging over the matrix, one per scenario (the most recent client id
 * wins when two people grab the same note). The local client is left out.
 */
export function readMatrixDrags(
  states: Map<number, unknown>,
  localClientId: number,
): RemoteMatrixDrag[] {
  const byScenario = new Map<string, RemoteMatrixDrag>();
  for (const [clientId, state] of states) {
    if (clientId === localClientId) continue;
    const parsed = PeerSchema.safeParse(state);
    const drag = parsed.success ? parsed.data[AWARENESS_FIELD] : null;
    if (!parsed.success || !drag) continue;
    const { user } = parsed.data;
    byScenario.set(drag.scenarioId, {
      ...drag,
      clientId,
      userId: user.userId,
      name: user.name,
      colour: user.colour,
    });
  }
  return [...byScenario.values()];
}
