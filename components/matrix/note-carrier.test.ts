import type { SyntheticEvent } from "react";
import { describe, expect, it } from "vitest";
import { createNoteCarrier } from "./note-carrier";

function eventOn(element: string, type: string): SyntheticEvent<HTMLElement> {
  return { type, currentTarget: element } as unknown as SyntheticEvent<HTMLElement>;
}

function harness() {
  const carrier = createNoteCarrier();
  const calls: string[] = [];
  const nodes: unknown[] = [];
  const listener = (name: string) => (event: SyntheticEvent<HTMLElement>) =>
    calls.push(`${name} on ${String(event.currentTarget)}`);
  carrier.connect({
    listeners: {
      onMouseDown: listener("mouse"),
      onTouchStart: listener("touch"),
      onKeyDown: listener("key"),
    },
    setNodeRef: (element) => nodes.push(element),
  });
  return { carrier, calls, nodes };
}

describe("createNoteCarrier", () => {
  it("lends dnd-kit's draggable to the note pressed, with the sensor for that event", () => {
    const { carrier, calls, nodes } = harness();
    carrier.pickUp(eventOn("note A", "mousedown"), { scenarioId: "a", from: "matrix" });
    carrier.pickUp(eventOn("note B", "touchstart"), { scenarioId: "b", from: "tray" });
    carrier.pickUp(eventOn("note B", "keydown"), { scenarioId: "b", from: "tray" });
    carrier.pickUp(eventOn("note C", "click"), { scenarioId: "c", from: "tray" });
    expect(calls).toEqual(["mouse on note A", "touch on note B", "key on note B"]);
    expect(nodes).toEqual(["note A", "note B", "note B"]);
    expect(carrier.picked()).toEqual({ scenarioId: "b", from: "tray" });
  });

  it("keeps the note in hand while a pick-up is pending or under way", () => {
    const { carrier, calls } = harness();
    carrier.pickUp(eventOn("note A", "touchstart"), { scenarioId: "a", from: "matrix" });
    carrier.hold();
    // A second finger on another note: dnd-kit would ignore it, so the carrier does too.
    carrier.pickUp(eventOn("note B", "touchstart"), { scenarioId: "b", from: "matrix" });
    expect(carrier.lift(false)).toEqual({ scenarioId: "a", from: "matrix", keyboard: false });
    carrier.pickUp(eventOn("note B", "mousedown"), { scenarioId: "b", from: "matrix" });
    expect(calls).toEqual(["touch on note A"]);
    carrier.release();
    carrier.pickUp(eventOn("note B", "mousedown"), { scenarioId: "b", from: "matrix" });
    expect(calls).toEqual(["touch on note A", "mouse on note B"]);
  });

  it("tells subscribers when a note takes off and lands, and which one it is", () => {
    const { carrier } = harness();
    let changes = 0;
    const unsubscribe = carrier.subscribe(() => (changes += 1));
    carrier.pickUp(eventOn("note A", "keydown"), { scenarioId: "a", from: "tray" });
    carrier.lift(true);
    expect(carrier.carried()).toEqual({ scenarioId: "a", from: "tray", keyboard: true });
    expect(carrier.isCarried({ scenarioId: "a", from: "tray" })).toBe(true);
    expect(carrier.isCarried({ scenarioId: "a", from: "matrix" })).toBe(false);
    carrier.release();
    carrier.release();
    expect(carrier.carried()).toBeNull();
    expect(carrier.picked()).toEqual({ scenarioId: "a", from: "tray" });
    expect(changes).toBe(2);
    unsubscribe();
    carrier.lift(false);
    expect(changes).toBe(2);
  });

  it("does nothing for read-only boards, where dnd-kit gives no listeners", () => {
    const carrier = createNoteCarrier();
    const nodes: unknown[] = [];
    carrier.connect({ listeners: undefined, setNodeRef: (element) => nodes.push(element) });
    carrier.pickUp(eventOn("note A", "mousedown"), { scenarioId: "a", from: "matrix" });
    expect(nodes).toEqual([]);
    expect(carrier.picked()).toBeNull();
  });
});
