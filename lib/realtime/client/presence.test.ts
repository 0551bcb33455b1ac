import { describe, expect, it } from "vitest";
import { colourForUser } from "@/lib/realtime/protocol";
import { distinctPeople, readPresence } from "./presence";

function user(userId: string, name: string) {
  return { userId, name, role: "participant", function: "design", colour: colourForUser(userId) };
}

describe("readPresence", () => {
  it("keeps valid entries, self first, and drops unstamped or malformed ones", () => {
    const states = new Map<number, unknown>([
      [1, { user: user("u2", "Zoe"), cursor: { x: 3, y: 4 } }],
      [2, { user: user("u1", "Me"), cursor: null }],
      [3, { cursor: { x: 1, y: 1 } }],
      [4, { user: user("u3", "Ann"), cursor: { x: "NaN" } }],
    ]);
    const peers = readPresence(states, 2);
    expect(peers.map((peer) => [peer.clientId, peer.isSelf, peer.cursor])).toEqual([
      [2, true, null],
      [4, false, null],
      [1, false, { x: 3, y: 4 }],
    ]);
    const secondTab = {
      clientId: 9,
      user: user("u2", "Zoe"),
      cursor: null,
      readyStep: null,
      handRaised: false,
      isSelf: false,
    };
    expect(distinctPeople([...peers, secondTab]).map((peer) => peer.clientId)).toEqual([2, 4, 1]);
  });

  it("reads the ready check and raised hands, ignoring malformed values", () => {
    const states = new Map<number, unknown>([
      [1, { user: user("u1", "Bo"), cursor: null, readyStep: "context", handRaised: true }],
      [2, { user: user("u2", "Cy"), cursor: null, readyStep: 42, handRaised: "yes" }],
    ]);
    const peers = readPresence(states, 0);
    expect(peers.map((peer) => [peer.user.name, peer.readyStep, peer.handRaised])).toEqual([
      ["Bo", "context", true],
      ["Cy", null, false],
    ]);
  });
});
