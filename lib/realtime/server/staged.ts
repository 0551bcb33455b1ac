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

export function createStaged(committed: Y.Doc): StagedDoc {
  const pastAuthors: PastAuthors = new Map();
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

export function destroyStaged(staged: StagedDoc): void {
  staged.stopTracking();
  staged.doc.destroy();
}
