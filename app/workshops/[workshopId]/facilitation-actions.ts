"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/current-user";
import { liveApi } from "@/lib/realtime/server/live-api";
import { handOverFacilitator } from "@/lib/workshops/hand-over-facilitator";
import { canFacilitate } from "@/lib/workshops/roles";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";
import { IdSchema } from "@/lib/documents/write";

export type FacilitationActionResult = { ok: true; message: string } | { ok: false; error: string };

const NOT_UNDERSTOOD: FacilitationActionResult = {
  ok: false,
  error: "That request was not understood. Reload the page.",
};
const NOT_LIVE: FacilitationActionResult = {
  ok: false,
  error: "The live server is not running here; start the app with npm start.",
};

async function requireFacilitator(workshopId: unknown) {
  const parsed = WorkshopIdSchema.safeParse(workshopId);
  if (!parsed.success) return null;
  const { user, membership } = await requireMembership(parsed.data, `/workshops/${parsed.data}`);
  if (!canFacilitate(membership.role)) return null;
  return { workshopId: parsed.data, userId: user.id };
}

/** Reveals every member's private notes at once (facilitators only). */
export async function revealPrivateNotesAction(
  workshopId: string,
): Promise<FacilitationActionResult> {
  const input = await requireFacilitator(workshopId);
  if (!input) return NOT_UNDERSTOOD;
  const live = liveApi();
  if (!live) return NOT_LIVE;
  const { revealed } = await live.revealPrivateNotes(input.workshopId);
  return {
    ok: true,
    message: `Revealed ${revealed} private ${revealed === 1 ? "note" : "notes"}.`,
  };
}

/** Makes another member facilitator; the caller becomes a participant. */
export async function handOverFacilitatorAction(
  workshopId: string,
  toUserId: string,
): Promise<FacilitationActionResult> {
  const input = await requireFacilitator(workshopId);
  const target = IdSchema.safeParse(toUserId);
  if (!input || !target.success) return NOT_UNDERSTOOD;
  const result = await handOverFacilitator({
    workshopId: input.workshopId,
    fromUserId: input.userId,
    toUserId: target.data,
    live: liveApi(),
  });
  if (!result.ok) return { ok: false, error: result.reason };
  revalidatePath(`/workshops/${input.workshopId}`);
  return { ok: true, message: "Facilitation handed over. You are now a participant." };
}
