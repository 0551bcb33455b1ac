import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addRisk } from "@/lib/documents/risks";
import { addScenario, updateScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { resolveOptions } from "../options";
import { createSizeRule } from "./size";
import { change, requestFor } from "./testing";

/** A busy workshop: 10 segments, 500 notes each edited 5 times, a risk on every other note. */
function fiveHundredNotes(): Y.Doc {
  const doc = new Y.Doc();
  for (let s = 0; s < 10; s++) {
    const segment = addSegment(doc, { name: `Segment ${s}` });
    if (!segment.ok) throw new Error("segment refused");
    for (let n = 0; n < 50; n++) {
      const note = addScenario(doc, {
        segmentId: segment.value.id,
        text: "",
        authorId: `user${n % 12}`,
      });
      if (!note.ok) throw new Error("note refused");
      for (let edit = 1; edit <= 5; edit++) {
        const text = `Returning visitors who viewed item ${n} ${"and its variants ".repeat(edit)}`;
        updateScenario(doc, { scenarioId: note.value.id, text });
      }
      if (n % 2 === 0) {
        addRisk(doc, {
          scenarioId: note.value.id,
          description: "Could feel intrusive to people who browse for someone else",
          mitigation: "Let people turn it off",
          authorId: `user${n % 12}`,
        });
      }
    }
  }
  return doc;
}

describe("createSizeRule", () => {
  it("refuses an update that would take the doc past the cap, as too-large", () => {
    const rule = createSizeRule(1_000);
    const update = change(new Y.Doc(), (doc) => doc.getMap("notes").set("n", "x".repeat(100)));
    const request = (docBytes: number) =>
      requestFor(update, new Y.Doc(), { userId: "u", docBytes });
    expect(rule(request(0))).toBeNull();
    expect(rule(request(950))).toBe("too-large");
    const doc = new Y.Doc();
    doc.getMap("notes").set("n", "x");
    const removal = change(doc, (d) => d.getMap("notes").delete("n"));
    expect(rule(requestFor(removal, doc, { userId: "u", docBytes: 5_000 }))).toBeNull();
  });

  it("leaves a 500-note workshop far below the default cap", () => {
    const bytes = Y.encodeStateAsUpdate(fiveHundredNotes()).byteLength;
    // Measured: 213 KB (0.2 MB); the default cap of 8 MiB is ~40 times that.
    expect(bytes).toBeLessThan(resolveOptions().maxDocBytes / 16);
  });
});
