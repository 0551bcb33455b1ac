import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readExampleMarks } from "@/lib/documents/example-marks";
import { readBoard } from "@/lib/documents/read-board";
import {
  DataSourceSchema,
  KpiSchema,
  RiskSchema,
  ScenarioSchema,
  SegmentSchema,
  TechStackItemSchema,
} from "@/lib/documents/records";
import { TemplateIdSchema, WORKSHOP_TEMPLATES } from "./catalog";
import { BLANK_TEMPLATE_ID } from "./template-types";
import { writeTemplate } from "./write-template";

const STORED = { id: "x1", order: "a0", createdAt: "2026-12-01T08:00:00.000Z" };

describe.each(WORKSHOP_TEMPLATES.map((template) => [template.id, template] as const))(
  "template %s",
  (_id, template) => {
    it("holds records the board's schemas accept", () => {
      // Extra template-only keys (key, dataSources, risks) are dropped by the schemas.
      for (const text of template.kpis) {
        expect(KpiSchema.safeParse({ text, ...STORED }).success).toBe(true);
      }
      for (const item of template.techStack) {
        expect(TechStackItemSchema.safeParse({ ...item, ...STORED }).success).toBe(true);
      }
      for (const source of template.dataSources) {
        expect(DataSourceSchema.safeParse({ ...source, ...STORED }).success).toBe(true);
      }
      for (const { scenarios, ...segment } of template.segments) {
        expect(SegmentSchema.safeParse({ ...segment, ...STORED }).success).toBe(true);
        for (const idea of scenarios) {
          const stored = { ...idea, ...STORED, segmentId: "s1", authorId: "u1" };
          expect(ScenarioSchema.safeParse(stored).success).toBe(true);
          for (const risk of idea.risks ?? []) {
            const storedRisk = { ...risk, ...STORED, scenarioId: "c1", authorId: "u1" };
            expect(RiskSchema.safeParse(storedRisk).success).toBe(true);
          }
        }
      }
    });

    it("gives each segment a lifecycle stage, 2–3 ideas and 1–2 persofails with mitigations", () => {
      expect(template.objective.length).toBeGreaterThan(40);
      expect(template.segments.length).toBeGreaterThanOrEqual(2);
      const keys = new Set(template.dataSources.map((source) => source.key));
      expect(keys.size).toBe(template.dataSources.length);
      for (const segment of template.segments) {
        expect(segment.lifecycleStage).not.toBe("other");
        expect(segment.scenarios.length).toBeGreaterThanOrEqual(2);
        expect(segment.scenarios.length).toBeLessThanOrEqual(3);
        const risks = segment.scenarios.flatMap((scenario) => scenario.risks ?? []);
        expect(risks.length).toBeGreaterThanOrEqual(1);
        expect(risks.length).toBeLessThanOrEqual(2);
        for (const risk of risks) expect(risk.mitigation.trim()).not.toBe("");
        for (const scenario of segment.scenarios) {
          expect(scenario.dataSources.length).toBeGreaterThan(0);
          for (const key of scenario.dataSources) expect(keys.has(key)).toBe(true);
        }
      }
    });

    it("writes every record onto the board, signed by the facilitator and marked as an example", () => {
      const doc = new Y.Doc();
      const result = writeTemplate(doc, { template, authorId: "fran" });
      expect(result.ok).toBe(true);
      const board = readBoard(doc);
      const ideas = template.segments.flatMap((segment) => segment.scenarios);
      expect(board.skipped).toBe(0);
      expect(board.segments.map((segment) => segment.name)).toEqual(
        template.segments.map((segment) => segment.name),
      );
      expect(board.scenarios).toHaveLength(ideas.length);
      expect(board.risks).toHaveLength(ideas.flatMap((idea) => idea.risks ?? []).length);
      expect(board.dataSources).toHaveLength(template.dataSources.length);
      for (const note of [...board.scenarios, ...board.risks]) expect(note.authorId).toBe("fran");
      for (const scenario of board.scenarios) {
        expect(scenario.channel).not.toBeNull();
        expect(scenario.technique).not.toBeNull();
        expect(scenario.trigger.trim()).not.toBe("");
      }
      // One idea per template shows how a gap in step 3's data is written down.
      expect(board.scenarios.filter((scenario) => scenario.missingData !== "")).toHaveLength(1);
      expect(board.dataSources.map((source) => source.origin)).toEqual(
        template.dataSources.map((source) => source.origin),
      );
      // Tags point at the board's own data source ids.
      const sourceIds = new Set(board.dataSources.map((source) => source.id));
      for (const scenario of board.scenarios) {
        expect(scenario.dataSourceIds.length).toBeGreaterThan(0);
        for (const id of scenario.dataSourceIds) expect(sourceIds.has(id)).toBe(true);
      }
      const marked = new Set(readExampleMarks(doc).map((m) => `${m.collection}/${m.recordId}`));
      const written = [
        ...board.kpis.map((r) => `kpis/${r.id}`),
        ...board.techStack.map((r) => `techStack/${r.id}`),
        ...board.segments.map((r) => `segments/${r.id}`),
        ...board.scenarios.map((r) => `scenarios/${r.id}`),
        ...board.risks.map((r) => `risks/${r.id}`),
        ...board.dataSources.map((r) => `dataSources/${r.id}`),
      ];
      expect([...marked].sort()).toEqual(written.sort());
    });

    it("fills step 2's KPIs and step 3's tools and identity resolution", () => {
      const doc = new Y.Doc();
      const result = writeTemplate(doc, { template, authorId: "fran" });
      expect(result.ok && result.value).toMatchObject({
        kpis: template.kpis.length,
        techStack: template.techStack.length,
      });
      const board = readBoard(doc);
      // Enough KPIs for a roadmap item's primary and guardrail metric to link to.
      expect(template.kpis.length).toBeGreaterThanOrEqual(3);
      expect(board.kpis.map((kpi) => kpi.text)).toEqual(template.kpis);
      expect(
        board.techStack.map(({ name, category, notes }) => ({ name, category, notes })),
      ).toEqual(template.techStack);
      expect(board.techStack.length).toBeGreaterThanOrEqual(3);
      for (const item of board.techStack) expect(item.notes.trim()).not.toBe("");
      // A template answers the identity question, so step 3 never opens at "not discussed yet".
      expect(template.identityResolution.status).not.toBe("unknown");
      expect(board.identityResolution).toEqual(template.identityResolution);
      expect(board.identityResolution.note.length).toBeGreaterThan(80);
    });
  },
);

describe("template content", () => {
  it("is each template's own: no KPI, tool note, identity note, segment or idea repeats", () => {
    const seen = new Map<string, string>();
    for (const template of WORKSHOP_TEMPLATES) {
      const texts = [
        template.objective,
        template.identityResolution.note,
        ...template.kpis,
        ...template.techStack.map((item) => item.notes),
        ...template.dataSources.map((source) => source.name),
        ...template.segments.flatMap((segment) => [
          segment.name,
          ...segment.scenarios.map((scenario) => scenario.text),
        ]),
      ];
      for (const text of texts) {
        expect(seen.get(text), `"${text}" is in ${seen.get(text)} too`).toBeUndefined();
        seen.set(text, template.id);
      }
    }
  });

  it("covers more than one way of joining profiles across the four", () => {
    const statuses = new Set(WORKSHOP_TEMPLATES.map((t) => t.identityResolution.status));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
  });
});

describe("template catalog", () => {
  it("offers blank and four worked starting points with distinct ids", () => {
    expect(WORKSHOP_TEMPLATES).toHaveLength(4);
    expect(TemplateIdSchema.options).toEqual([
      BLANK_TEMPLATE_ID,
      ...WORKSHOP_TEMPLATES.map((template) => template.id),
    ]);
    expect(new Set(TemplateIdSchema.options).size).toBe(5);
  });

  it("answers a refused record", () => {
    const [first] = WORKSHOP_TEMPLATES;
    if (!first) throw new Error("no templates");
    const tooLong = { name: "x".repeat(300), description: "", lifecycleStage: "active" as const };
    const template = { ...first, segments: [{ ...tooLong, scenarios: [] }] };
    const result = writeTemplate(new Y.Doc(), { template, authorId: "fran" });
    expect(result.ok).toBe(false);
  });
});
