import * as Y from "yjs";
import { applyWhole } from "./write-policy/applies";
import { trackPastAuthors, type PastAuthors } from "./write-policy/past-authors";

/**
 * A doc's next state: the committed doc plus every accepted update still queued for its commit.
 * Each update is proven on it (applied whole) before it is appended, so the committed doc can
 * always apply it after the commit; the write policy reads it, so queued writes count.
 */
export type StagedDoc = {
  doc: Y.Doc;
  /** Accepted client updates not yet applied to the committed doc, in append order. */
  queued: Uint8Array[];
  /** Authors each record ever had while in memory (see write-policy/authorship). */
  pastAuthors: PastAuthors;
  stopTracking: () => void;
  /** Set when the queue lost an update that the doc holds (a failed commit): rebuild before use. */
  stale: boolean;
};

function build(committed: Y.Doc, queued: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: committed.gc });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(committed));
  for (const update of queued) applyWhole(doc, update);
  return doc;
}

function createStaged(committed: Y.Doc, pastAuthors: PastAuthors): StagedDoc {
  const doc = build(committed, []);
  return {
    doc,
    queued: [],
    pastAuthors,
    stopTracking: trackPastAuthors(doc, pastAuthors),
    stale: false,
  };
}

/** Starts over from the committed doc and the queue, after an update failed to apply whole. */
export function rebuildStaged(staged: StagedDoc, committed: Y.Doc): void {
  staged.stopTracking();
  staged.doc.destroy();
  staged.doc = build(committed, staged.queued);
  staged.stopTracking = trackPastAuthors(staged.doc, staged.pastAuthors);
  staged.stale = false;
}

/** Forgets a queued update once it is applied to the committed doc (or failed to commit). */
export function dequeue(staged: StagedDoc, update: Uint8Array): void {
  const index = staged.queued.indexOf(update);
  if (index >= 0) staged.queued.splice(index, 1);
}

function destroyStaged(staged: StagedDoc): void {
  staged.stopTracking();
  staged.doc.destroy();
}

/**
 * A doc's staged copy, held only while it is written: built on the first write, dropped once the
 * doc has had no write for a while and nothing is queued (a full copy of the doc per loaded doc
 * was most of an idle or read-only room's memory). Past authors are the doc's, kept across: while
 * there is no staged copy they are tracked on the committed doc, which is then the same state.
 */
export type StagedHolder = {
  /** The committed doc. */
  doc: Y.Doc;
  staged: StagedDoc | null;
  pastAuthors: PastAuthors;
  /** Tracks past authors on the committed doc while there is no staged copy. */
  stopTrackingCommitted: (() => void) | null;
  /** Date.now() of the last write that used the staged copy. */
  stagedUsedAt: number;
};

export function createStagedHolder(doc: Y.Doc): StagedHolder {
  const pastAuthors: PastAuthors = new Map();
  return {
    doc,
    staged: null,
    pastAuthors,
    stopTrackingCommitted: trackPastAuthors(doc, pastAuthors),
    stagedUsedAt: 0,
  };
}

/** The staged copy for a write: built now if there is none, rebuilt if stale. */
export function openStaged(holder: StagedHolder): StagedDoc {
  holder.stagedUsedAt = Date.now();
  let { staged } = holder;
  if (staged === null) {
    holder.stopTrackingCommitted?.();
    holder.stopTrackingCommitted = null;
    staged = createStaged(holder.doc, holder.pastAuthors);
    holder.staged = staged;
  } else if (staged.stale) {
    rebuildStaged(staged, holder.doc);
  }
  return staged;
}

/** Drops the staged copy if nothing is queued on it; true when it was dropped. */
export function dropStaged(holder: StagedHolder): boolean {
  const { staged } = holder;
  if (staged === null || staged.queued.length > 0) return false;
  destroyStaged(staged);
  holder.staged = null;
  holder.stopTrackingCommitted = trackPastAuthors(holder.doc, holder.pastAuthors);
  return true;
}

/** The doc is unloaded: its staged copy and trackers go. */
export function closeStaged(holder: StagedHolder): void {
  if (holder.staged) destroyStaged(holder.staged);
  holder.staged = null;
  holder.stopTrackingCommitted?.();
  holder.stopTrackingCommitted = null;
}
