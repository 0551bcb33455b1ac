import { describe, expect, it } from "vitest";
import { dropTarget, endSlotId, parseEndSlot, type BoardColumn } from "./drop-target";

const columns: BoardColumn[] = [
  { segmentId: null, scenarioIds: ["t1"] },
  { segmentId: "a", scenarioIds: ["a1", "a2", "a3"] },
  { segmentId: "b", scenarioIds: ["b1", "b2"] },
  { segmentId: "c", scenarioIds: [] },
];

describe("dropTarget", () => {
  it("reorders within a column with list-move semantics", () => {
    expect(dropTarget({ columns, activeId: "a1", overId: "a3" })).toEqual({
      segmentId: "a",
      index: 2,
    });
    expect(dropTarget({ columns, activeId: "a3", overId: "a1" })).toEqual({
      segmentId: "a",
      index: 0,
    });
  });

  it("inserts before or after a note of another column", () => {
    expect(dropTarget({ columns, activeId: "a2", overId: "b1" })).toEqual({
      segmentId: "b",
      index: 0,
    });
    expect(dropTarget({ columns, activeId: "a2", overId: "b2", after: true })).toEqual({
      segmentId: "b",
      index: 2,
    });
  });

  it("appends when dropped on a column's end slot, including empty columns and the tray", () => {
    expect(dropTarget({ columns, activeId: "a1", overId: endSlotId("c") })).toEqual({
      segmentId: "c",
      index: 0,
    });
    expect(dropTarget({ columns, activeId: "a1", overId: endSlotId(null) })).toEqual({
      segmentId: null,
      index: 1,
    });
    expect(dropTarget({ columns, activeId: "a1", overId: endSlotId("a") })).toEqual({
      segmentId: "a",
      index: 2,
    });
  });

  it("returns null when nothing would change or the target is unknown", () => {
    expect(dropTarget({ columns, activeId: "a1", overId: "a1" })).toBeNull();
    expect(dropTarget({ columns, activeId: "a3", overId: endSlotId("a") })).toBeNull();
    expect(dropTarget({ columns, activeId: "a1", overId: null })).toBeNull();
    expect(dropTarget({ columns, activeId: "a1", overId: "zzz" })).toBeNull();
    expect(dropTarget({ columns, activeId: "zzz", overId: "a1" })).toBeNull();
  });
});

describe("end slots", () => {
  it("round-trip segment ids and the tray", () => {
    expect(parseEndSlot(endSlotId("seg-1"))).toBe("seg-1");
    expect(parseEndSlot(endSlotId(null))).toBeNull();
    expect(parseEndSlot("a1")).toBeUndefined();
  });
});
