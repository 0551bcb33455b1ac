import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { expectOk, syncDocs } from "@/lib/documents/testing";
import {
  hasProgress,
  markFollowUpHeld,
  readFollowUpProgress,
  readItemProgress,
  recordProgress,
  setOwnerLinkNonce,
} from "./progress";

const NOW = new Date("2027-03-15T09:00:00.000Z");

describe("follow-up progress in the board doc", () => {
  it("reads an untouched item as not started, with nothing recorded", () => {
    const doc = new Y.Doc();
    expect(readItemProgress(doc, "item1")).toMatchObject({
      status: "not-started",
      recorded: false,
    });
    expect(hasProgress(readFollowUpProgress(doc))).toBe(false);
  });

  it("records a status with who and when, and only logs real changes", () => {
    const doc = new Y.Doc();
    expectOk(recordProgress(doc, { itemId: "item1", status: "in-progress", by: "Ada", now: NOW }));
    expectOk(recordProgress(doc, { itemId: "item1", status: "in-progress", by: "Ada", now: NOW }));
    const progress = readFollowUpProgress(doc);
    expect(progress.items.item1).toMatchObject({ status: "in-progress", recorded: true });
    expect(progress.log).toEqual([
      { itemId: "item1", at: NOW.toISOString(), by: "Ada", text: "Status: In progress" },
    ]);
    expect(hasProgress(progress)).toBe(true);
  });

  it("keeps two people's edits of different fields of one item", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    expectOk(recordProgress(a, { itemId: "item1", status: "testing", by: "Ada", now: NOW }));
    expectOk(
      recordProgress(b, { itemId: "item1", update: "Launched to 10 %", by: "Bo", now: NOW }),
    );
    syncDocs(a, b);
    expect(readItemProgress(a, "item1")).toMatchObject({
      status: "testing",
      update: "Launched to 10 %",
    });
    expect(readFollowUpProgress(b).log).toHaveLength(2);
  });

  it("stores A/B counts and refuses impossible ones", () => {
    const doc = new Y.Doc();
    const ab = {
      controlUsers: 100,
      controlConversions: 10,
      variantUsers: 100,
      variantConversions: 14,
    };
    expectOk(recordProgress(doc, { itemId: "item1", status: "testing", ab, by: "Ada", now: NOW }));
    expect(readItemProgress(doc, "item1").ab).toEqual(ab);
    const refused = recordProgress(doc, {
      itemId: "item1",
      ab: { ...ab, variantConversions: 101 },
      by: "Ada",
    });
    expect(refused.ok).toBe(false);
    expect(readItemProgress(doc, "item1").ab).toEqual(ab);
  });

  it("records a drop with its reason", () => {
    const doc = new Y.Doc();
    expectOk(
      recordProgress(doc, {
        itemId: "item1",
        status: "dropped",
        dropReason: "Legal said no",
        by: "Ada",
        now: NOW,
      }),
    );
    expect(readFollowUpProgress(doc).log[0]?.text).toBe("Status: Dropped · Reason: Legal said no");
  });

  it("marks the meeting held and keeps the owner-link nonce apart from progress", () => {
    const doc = new Y.Doc();
    expectOk(setOwnerLinkNonce(doc, { itemId: "item1", nonce: "abcdefgh12" }));
    expect(readItemProgress(doc, "item1")).toMatchObject({
      linkNonce: "abcdefgh12",
      recorded: false,
    });
    expectOk(markFollowUpHeld(doc, { held: true, now: NOW }));
    expect(readFollowUpProgress(doc).heldAt).toBe(NOW.toISOString());
    expectOk(markFollowUpHeld(doc, { held: false }));
    expect(readFollowUpProgress(doc).heldAt).toBeNull();
  });

  it("writes only plain values, so the server can write from another module graph", () => {
    const doc = new Y.Doc();
    expectOk(
      recordProgress(doc, {
        itemId: "item1",
        status: "shipped",
        update: "Done",
        by: "A",
        now: NOW,
      }),
    );
    for (const name of ["progress", "progressLog"]) {
      for (const value of doc.getMap(name).values()) {
        expect(value instanceof Y.AbstractType).toBe(false);
      }
    }
  });
});
