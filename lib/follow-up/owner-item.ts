import { loadWorkshopDocs } from "@/lib/document-store/load-workshop-docs";
import { readBoard } from "@/lib/documents/read-board";
import type { RealtimeLiveApi } from "@/lib/realtime/live-api";
import { fail, ok, type Result } from "@/lib/result";
import { verifyOwnerLinkToken } from "@/lib/sharing/owner-links";
import { getWorkshop } from "@/lib/workshops/get-workshop";
import type { Measurement } from "@/lib/documents/records";
import { readItemProgress, recordProgress, type RecordProgressOptions } from "./progress";
import type { ItemProgress } from "./progress-records";

export type OwnerItem = {
  workshopId: string;
  workshopTitle: string;
  itemId: string;
  /** The roadmap item's idea, as written on the board. */
  scenario: string;
  ownerName: string | null;
  metric: string;
  /** An A/B test was planned for the item (a control described or a duration set). */
  abPlanned: boolean;
  /** Its measurement plan: the test's significance level and planned size. */
  measurement: Measurement;
  progress: ItemProgress;
};

export type OwnerItemLookup =
  | { state: "active"; item: OwnerItem; nonce: string }
  | { state: "revoked" }
  | { state: "gone" }
  | { state: "unknown" };

/** What an owner link opens, read from the stored docs; revoked, removed and unknown told apart. */
export async function loadOwnerItem(options: {
  token: string;
  secret: string;
}): Promise<OwnerItemLookup> {
  const claim = verifyOwnerLinkToken(options.token, options.secret);
  if (!claim) return { state: "unknown" };
  const workshop = await getWorkshop({ workshopId: claim.workshopId });
  if (!workshop) return { state: "gone" };
  const { board: doc, control } = await loadWorkshopDocs({ workshopId: claim.workshopId });
  control.destroy();
  const board = readBoard(doc);
  const item = board.roadmap.find((candidate) => candidate.id === claim.itemId);
  const progress = readItemProgress(doc, claim.itemId);
  doc.destroy();
  if (!item) return { state: "gone" };
  if (progress.linkNonce !== claim.nonce) return { state: "revoked" };
  const scenario = board.scenarios.find((s) => s.id === item.scenarioId)?.text ?? "";
  const owner = workshop.roster.find((member) => member.userId === item.ownerUserId);
  const metric = [
    item.metric.name,
    item.metric.baseline && item.metric.target
      ? `${item.metric.baseline} → ${item.metric.target}`
      : "",
  ]
    .filter(Boolean)
    .join(": ");
  return {
    state: "active",
    nonce: claim.nonce,
    item: {
      workshopId: claim.workshopId,
      workshopTitle: workshop.title,
      itemId: claim.itemId,
      scenario,
      ownerName: owner?.name ?? null,
      metric,
      abPlanned: item.abTest.control.trim() !== "" || item.abTest.durationDays !== null,
      measurement: { ...item.measurement },
      progress,
    },
  };
}

export type OwnerUpdate = Pick<RecordProgressOptions, "status" | "dropReason" | "update" | "ab">;

const LINK_MESSAGES = {
  revoked: "This link was turned off: the facilitator made a new one. Ask them for it.",
  gone: "This item is no longer on the workshop's roadmap.",
  unknown: "This link does not work. Check that you copied all of it.",
} as const;

/**
 * Records an owner's update through their link, as the server (the owner has no session): the
 * link is checked again inside the change, so a link replaced a moment ago cannot write.
 */
export async function updateOwnerItem(options: {
  token: string;
  secret: string;
  update: OwnerUpdate;
  live: RealtimeLiveApi | null;
  now?: Date;
}): Promise<Result<ItemProgress>> {
  const lookup = await loadOwnerItem(options);
  if (lookup.state !== "active") {
    return fail(lookup.state === "unknown" ? "not-found" : "gone", LINK_MESSAGES[lookup.state]);
  }
  if (!options.live) return fail("conflict", "The live server is not running here.");
  const { item, nonce } = lookup;
  const by = `${item.ownerName ?? "Item owner"} (owner link)`;
  const written = await options.live.applyServerChange({
    workshopId: item.workshopId,
    docName: "board",
    change: (doc) =>
      readItemProgress(doc, item.itemId).linkNonce === nonce
        ? recordProgress(doc, { ...options.update, itemId: item.itemId, by, now: options.now })
        : null,
  });
  if (written === null) return fail("gone", LINK_MESSAGES.revoked);
  if (!written.ok) return fail("invalid-input", written.error.message);
  return ok(written.value);
}
