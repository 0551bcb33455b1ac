import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { setCurrentStep } from "@/lib/documents/control";
import { setFollowUpDate } from "@/lib/documents/objective";
import { addToRoadmap } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { expectOk } from "@/lib/documents/testing";
import { lifecycleOfDocs } from "./lifecycle-of-docs";
import { recordProgress } from "./progress";

describe("lifecycleOfDocs", () => {
  it("follows a workshop from planned to followed up", () => {
    const board = new Y.Doc();
    const control = new Y.Doc();
    const at = (today: string) =>
      lifecycleOfDocs({ board, control, workshopDate: "2027-03-01", today }).stage;
    expect(at("2027-02-20")).toBe("planned");
    const segment = expectOk(addSegment(board, { name: "New visitors" }));
    expect(at("2027-03-01")).toBe("live");
    const scenario = expectOk(
      addScenario(board, { segmentId: segment.id, text: "Welcome offer", authorId: "u1" }),
    );
    const item = expectOk(addToRoadmap(board, { scenarioId: scenario.id }));
    expectOk(setCurrentStep(control, { step: "share" }));
    expect(at("2027-03-01")).toBe("summarized");
    // The default follow-up is two weeks after the workshop.
    expect(
      lifecycleOfDocs({ board, control, workshopDate: "2027-03-01", today: "2027-03-17" }),
    ).toEqual({
      stage: "follow-up-due",
      overdueDays: 2,
      followUpDate: "2027-03-15",
    });
    expectOk(setFollowUpDate(board, { date: "2027-03-20" }));
    expect(at("2027-03-17")).toBe("summarized");
    expectOk(recordProgress(board, { itemId: item.id, status: "shipped", by: "Ada" }));
    expect(at("2027-03-20")).toBe("followed-up");
  });
});
