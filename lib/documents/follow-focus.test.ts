import { describe, expect, it } from "vitest";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { readLeaderFocus, setFollowFocus } from "./follow-focus";

/** A participant who received a focus on step 4 chosen while the group was on `groupStep`. */
function participantSeeing(groupStep: "team" | "scenarios"): Awareness {
  const leader = new Awareness(new Y.Doc());
  leader.setLocalState({ user: { userId: "fa", name: "Fay", role: "facilitator" } });
  setFollowFocus(leader, {
    step: "scenarios",
    groupStep,
    kind: "scenario",
    targetId: "note-1",
    at: 1,
  });
  const participant = new Awareness(new Y.Doc());
  applyAwarenessUpdate(participant, encodeAwarenessUpdate(leader, [leader.clientID]), "remote");
  return participant;
}

describe("readLeaderFocus", () => {
  it("follows a facilitator's focus while the group stays where it was", () => {
    expect(readLeaderFocus(participantSeeing("team"), "team")).toMatchObject({
      step: "scenarios",
      targetId: "note-1",
      leaderName: "Fay",
    });
  });

  it("ignores a focus chosen before the group moved", () => {
    expect(readLeaderFocus(participantSeeing("scenarios"), "persofails")).toBeNull();
  });
});
