import { describe, expect, it } from "vitest";
import { STEP_IDS } from "@/lib/documents/steps";
import { STEP_GUIDES } from "./step-guide-content";

describe("step guides", () => {
  it.each(STEP_IDS)("step %s has both versions filled in", (step) => {
    const { facilitator, participant } = STEP_GUIDES[step];
    expect(facilitator.goodLooksLike.length).toBeGreaterThanOrEqual(2);
    expect(facilitator.questions.length).toBeGreaterThanOrEqual(2);
    expect(facilitator.traps.length).toBeGreaterThanOrEqual(2);
    expect(facilitator.disagreement.length).toBeGreaterThan(40);
    expect(participant.yourPart.length).toBeGreaterThanOrEqual(1);
    expect(participant.tips.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps the facilitator's notes out of the participants' version", () => {
    for (const step of STEP_IDS) {
      const { facilitator, participant } = STEP_GUIDES[step];
      const shared = [...participant.yourPart, ...participant.tips];
      for (const line of [...facilitator.traps, facilitator.disagreement]) {
        expect(shared).not.toContain(line);
      }
    }
  });
});
