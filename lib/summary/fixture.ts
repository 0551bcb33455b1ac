import * as Y from "yjs";
import { addDataSource } from "@/lib/documents/data-sources";
import { setIdentityResolution } from "@/lib/documents/identity-resolution";
import { addKpi } from "@/lib/documents/kpis";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { editObjective } from "@/lib/documents/objective";
import { addRisk } from "@/lib/documents/risks";
import {
  acceptRisk,
  markRoadmapItemReady,
  proposeRoadmap,
  updateRoadmapItem,
} from "@/lib/documents/roadmap";
import { ETHICS_CONCERNS } from "@/lib/documents/records";
import { answerEthicsConcern, tickLaunchCheck } from "@/lib/documents/roadmap-review";
import { setQualityCriterion } from "@/lib/documents/quality-check";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { editSharedText } from "@/lib/documents/shared-text";
import { addTechStackItem } from "@/lib/documents/tech-stack";
import type { SummaryMember } from "./build-summary";

// A small but complete workshop, written through the same functions the boards use. Shared by
// the summary tests and, later, the export tests, so every rendering is checked on one story.

export const FIXTURE_ROSTER: readonly SummaryMember[] = [
  { userId: "u-fac", name: "Ana Facilitator", role: "facilitator", function: "product" },
  { userId: "u-eng", name: "Bo Engineer", role: "participant", function: "engineering" },
  { userId: "u-legal", name: "Cy Counsel", role: "participant", function: "legal-compliance" },
  { userId: "u-obs", name: "Dee Observer", role: "observer", function: "marketing" },
];

/** Reactions from steps 4–5 (kept outside the records, like votes). */
export const FIXTURE_REACTIONS = { "sc-reco": { "plus-one": 3, question: 1 } } as const;

const AT = new Date("2027-03-01T10:00:00.000Z");

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Builds the fixture board doc: two segments, four scenarios, risks, a roadmap of three. */
export function buildFixtureBoard(): Y.Doc {
  const doc = new Y.Doc();
  must(editObjective(doc, { text: "Pick the three personalization ideas we build first." }));
  must(addKpi(doc, { id: "k1", text: "Repeat purchase rate" }));
  must(addKpi(doc, { id: "k2", text: "Email click-through rate" }));
  must(
    addDataSource(doc, {
      id: "ds-orders",
      name: "Order history",
      kind: "transactional",
      quality: "good",
      legalBasis: "Contract",
    }),
  );
  must(
    addDataSource(doc, {
      id: "ds-health",
      name: "Health questionnaire",
      kind: "explicit-preference",
      quality: "partial",
      legalBasis: "Explicit consent",
      origin: "second-party",
      accessConstraints: "Legal review before any use",
      sensitive: true,
    }),
  );
  must(setIdentityResolution(doc, { status: "deterministic" }));
  must(
    editSharedText(doc, {
      target: { kind: "identity-note" },
      text: "Logged-in shoppers share one customer id on web and app.",
    }),
  );
  must(addTechStackItem(doc, { id: "t1", name: "Braze", category: "email" }));
  must(addSegment(doc, { id: "seg-ret", name: "Returning shoppers", lifecycleStage: "active" }));
  must(
    addSegment(doc, { id: "seg-new", name: "First-time visitors", lifecycleStage: "awareness" }),
  );
  const scenario = (id: string, segmentId: string, text: string, extra = {}) =>
    must(addScenario(doc, { id, segmentId, text, authorId: "u-eng", now: AT, ...extra }));
  scenario("sc-reco", "seg-ret", "Recommend refills based on past orders", {
    dataSourceIds: ["ds-orders"],
    channel: "email",
    technique: "predictive",
    trigger: "Expected refill date is a week away",
  });
  scenario("sc-diet", "seg-ret", "Suggest products from the health questionnaire", {
    dataSourceIds: ["ds-health"],
    assumption: true,
  });
  scenario("sc-welcome", "seg-new", "Welcome banner by referring site", {
    channel: "web",
    technique: "real-time-contextual",
    missingData: "Referring site of the first visit",
  });
  scenario("sc-chat", "seg-new", "Proactive chat on the pricing page");
  must(placeOnMatrix(doc, { scenarioId: "sc-reco", value: 0.9, feasibility: 0.8 }));
  must(placeOnMatrix(doc, { scenarioId: "sc-diet", value: 0.8, feasibility: 0.7 }));
  must(placeOnMatrix(doc, { scenarioId: "sc-welcome", value: 0.6, feasibility: 0.9 }));
  must(placeOnMatrix(doc, { scenarioId: "sc-chat", value: 0.2, feasibility: 0.3 }));
  must(
    addRisk(doc, {
      id: "r-diet",
      scenarioId: "sc-diet",
      authorId: "u-legal",
      category: "privacy",
      severity: "high",
      description: "Reveals a health condition on a shared screen",
      now: AT,
    }),
  );
  must(
    addRisk(doc, {
      id: "r-reco",
      scenarioId: "sc-reco",
      authorId: "u-fac",
      category: "over-messaging",
      severity: "medium",
      description: "Refill reminders every day",
      mitigation: "At most one reminder a week",
      now: AT,
    }),
  );
  must(proposeRoadmap(doc));
  must(
    updateRoadmapItem(doc, {
      itemId: "sc-reco",
      ownerUserId: "u-eng",
      slot: "2027-Q2",
      metric: { name: "Repeat purchase rate", baseline: "18 %", target: "21 %" },
      abTest: { control: "10 % of returning shoppers", durationDays: 28 },
      measurement: {
        kpiId: "k1",
        guardrail: "Unsubscribe rate",
        baselinePercent: 18,
        effect: 2,
        controlPercent: 10,
        dailyTraffic: 1500,
        attribution: "Lift against the 10 % holdout, not last-click revenue",
      },
      dependencies: "Order feed in the CDP",
    }),
  );
  const answers = {
    consent: "ok",
    sensitiveAttributes: "ok",
    transparency: "ok",
    publicContext: "ok",
    frequency: "ok",
    bias: "ok",
    humanOversight: "not-applicable",
  } as const;
  for (const concern of ETHICS_CONCERNS) {
    must(
      answerEthicsConcern(doc, {
        itemId: "sc-reco",
        concern,
        answer: answers[concern],
        userId: "u-legal",
        name: "Cy Counsel",
        now: AT,
      }),
    );
  }
  must(
    editSharedText(doc, {
      target: {
        kind: "record",
        collection: "roadmap",
        recordId: "sc-reco",
        field: "ethicsNotes.frequency",
      },
      text: "One reminder a week at most; none after an order",
    }),
  );
  for (const check of ["objective", "segments", "experiment"] as const) {
    must(
      tickLaunchCheck(doc, {
        itemId: "sc-reco",
        check,
        ticked: true,
        userId: "u-eng",
        name: "Bo Engineer",
        now: AT,
      }),
    );
  }
  for (const criterion of ["helpful", "accurate", "consented", "measurable", "owned"] as const) {
    must(setQualityCriterion(doc, { scenarioId: "sc-reco", criterion, met: true }));
  }
  must(markRoadmapItemReady(doc, { itemId: "sc-reco" }));
  must(updateRoadmapItem(doc, { itemId: "sc-diet", slot: "2027-07" }));
  must(
    acceptRisk(doc, {
      itemId: "sc-diet",
      userId: "u-legal",
      name: "Cy Counsel",
      now: new Date("2027-03-01T11:00:00.000Z"),
    }),
  );
  return doc;
}
