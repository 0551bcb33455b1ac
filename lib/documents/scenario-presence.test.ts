import { describe, expect, it } from "vitest";
import { readScenarioPresence } from "./scenario-presence";

const user = (userId: string, name: string) => ({ userId, name, role: "participant" });

describe("readScenarioPresence", () => {
  it("maps names and other people's drags, ignoring this tab and malformed entries", () => {
    const states = new Map<number, unknown>([
      [1, { user: user("u1", "Me"), draggingScenario: "s1" }],
      [2, { user: user("u2", "Dana"), draggingScenario: "s2" }],
      [3, { user: user("u3", "Lee"), draggingScenario: 42 }],
      [4, { cursor: null }],
    ]);
    const presence = readScenarioPresence({
      states,
      localClientId: 1,
      knownNames: new Map([["u9", "Gone Person"]]),
    });
    expect([...presence.draggedBy]).toEqual([["s2", "Dana"]]);
    expect(presence.names.get("u9")).toBe("Gone Person");
    expect(presence.names.get("u3")).toBe("Lee");
    expect(presence.names.has("u4")).toBe(false);
  });

  it("lists who else is typing in each record", () => {
    const states = new Map<number, unknown>([
      [1, { user: user("u1", "Me"), typingIn: "s1" }],
      [2, { user: user("u2", "Dana"), typingIn: "s1" }],
      [3, { user: user("u3", "Lee"), typingIn: "s1" }],
      [4, { user: user("u4", "Kim"), typingIn: null }],
    ]);
    const presence = readScenarioPresence({ states, localClientId: 1 });
    expect([...presence.typingIn]).toEqual([["s1", ["Dana", "Lee"]]]);
  });
});
