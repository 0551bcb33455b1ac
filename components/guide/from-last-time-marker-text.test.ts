import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { markFromLastTime, readFromLastTime } from "@/lib/follow-up/from-last-time";
import { fromLastTimeMarkerText } from "./from-last-time-marker-text";

function carriedRun() {
  const doc = new Y.Doc();
  doc.transact(() =>
    markFromLastTime(doc, {
      previous: { workshopId: "w1", title: "Spring run" },
      records: [
        { collection: "segments", id: "seg" },
        { collection: "scenarios", id: "idea" },
        { collection: "risks", id: "risk" },
        { collection: "roadmap", id: "idea", status: "in-progress" },
      ],
    }),
  );
  return readFromLastTime(doc);
}

describe("fromLastTimeMarkerText", () => {
  it("names the run a carried segment, idea or risk came from, visible words first", () => {
    const carried = carriedRun();
    for (const [collection, id] of [
      ["segments", "seg"],
      ["scenarios", "idea"],
      ["risks", "risk"],
    ] as const) {
      expect(fromLastTimeMarkerText(carried, collection, id)).toEqual({
        text: "From last time",
        label: "From last time, carried over from “Spring run”",
      });
    }
  });

  it("says nothing about records this run added, even under a carried id in another collection", () => {
    const carried = carriedRun();
    expect(fromLastTimeMarkerText(carried, "scenarios", "new-idea")).toBeNull();
    expect(fromLastTimeMarkerText(carried, "segments", "idea")).toBeNull();
    expect(fromLastTimeMarkerText(readFromLastTime(new Y.Doc()), "scenarios", "idea")).toBeNull();
  });

  it("gives a carried roadmap item its status at the follow-up", () => {
    const marker = fromLastTimeMarkerText(carriedRun(), "roadmap", "idea");
    expect(marker?.text).toMatch(/^From last time: /);
    expect(marker?.label.startsWith(`${marker?.text}, carried over`)).toBe(true);
  });
});
