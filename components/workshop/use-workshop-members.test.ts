import { describe, expect, it } from "vitest";
import { lateJoiners } from "./use-workshop-members";

const peer = (userId: string, name: string, role: string, fn: string) => ({
  user: { userId, name, role, function: fn, colour: "#123456" },
});

describe("lateJoiners", () => {
  it("adds people present in the room but missing from the roster, once each", () => {
    const roster = [
      { userId: "u1", name: "Fran", role: "facilitator" as const, function: "product" as const },
    ];
    const joiners = lateJoiners(roster, [
      peer("u1", "Fran", "facilitator", "product"),
      peer("u2", "Dana", "participant", "data-science"),
      peer("u2", "Dana", "participant", "data-science"),
      peer("u3", "Sam", "nonsense", "nonsense"),
    ]);
    expect(joiners).toEqual([
      { userId: "u2", name: "Dana", role: "participant", function: "data-science" },
      { userId: "u3", name: "Sam", role: "observer", function: "other" },
    ]);
  });
});
