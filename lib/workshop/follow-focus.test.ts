import { describe, expect, it } from "vitest";
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
} from "y-protocols/awareness";
import * as Y from "yjs";
import { readLeaderFocus, setFollowFocus } from "./follow-focus";

function participantSeeing(focusStep: "scenarios" | "persofails"): Awareness {
  const leader = new Awareness(new Y.Doc());
  leader.setLocalState({ user: { userId: "fa", name: "Fay", role: "facilitator" } });
  setFollowFocus(leader, { step: focusStep, kind: "scenario", targetId: "note-1", at: 1 });
  const participant = new Awareness(new Y.Doc());
  applyAwarenessUpdate(participant, encodeAwarenessUpdate(leader, [leader.clientID]), "remote");
  return participant;
}

describe("readLeaderFocus", () => {
  it("follows a facilitator's focus on the group's current step", () => {
    expect(readLeaderFocus(participantSeeing("scenarios"), "scenarios")).toMatchObject({
      step: "scenarios",
      targetId: "note-1",
      leaderName: "Fay",
    });
  });

  it("ignores a focus left on a step the group has moved away from", () => {
    expect(readLeaderFocus(participantSeeing("scenarios"), "persofails")).toBeNull();
  });
});
