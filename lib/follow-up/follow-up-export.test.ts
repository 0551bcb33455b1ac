import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { expectOk } from "@/lib/documents/testing";
import { exportFollowUp, FollowUpExportSchema, importFollowUp } from "./follow-up-export";
import {
  markFollowUpHeld,
  readFollowUpProgress,
  recordProgress,
  setOwnerLinkNonce,
} from "./progress";

describe("the follow-up in the JSON export", () => {
  it("is absent while nothing was recorded", () => {
    const doc = new Y.Doc();
    expectOk(setOwnerLinkNonce(doc, { itemId: "a", nonce: "abcdefgh12" }));
    expect(exportFollowUp(readFollowUpProgress(doc))).toBeNull();
  });

  it("round-trips statuses, updates, results and history, but not owner links", () => {
    const doc = new Y.Doc();
    const now = new Date("2027-03-15T09:00:00.000Z");
    const ab = { controlUsers: 10, controlConversions: 1, variantUsers: 10, variantConversions: 2 };
    expectOk(
      recordProgress(doc, { itemId: "a", status: "testing", update: "Live", ab, by: "Ada", now }),
    );
    expectOk(recordProgress(doc, { itemId: "gone", status: "shipped", by: "Ada", now }));
    expectOk(setOwnerLinkNonce(doc, { itemId: "a", nonce: "abcdefgh12" }));
    expectOk(markFollowUpHeld(doc, { held: true, now }));
    const exported = exportFollowUp(readFollowUpProgress(doc));
    // Through JSON text and the schema, as the import reads it.
    const parsed = FollowUpExportSchema.parse(JSON.parse(JSON.stringify(exported)));
    const copy = new Y.Doc();
    importFollowUp(copy, parsed, new Set(["a"]));
    const restored = readFollowUpProgress(copy);
    expect(restored.items.a).toEqual({
      status: "testing",
      dropReason: "",
      update: "Live",
      ab,
      linkNonce: null,
      recorded: true,
    });
    expect(restored.items.gone).toBeUndefined();
    expect(restored.log).toEqual([
      {
        itemId: "a",
        at: now.toISOString(),
        by: "Ada",
        text: expect.stringContaining("Status: Testing"),
      },
    ]);
    expect(restored.heldAt).toBe(now.toISOString());
  });
});
