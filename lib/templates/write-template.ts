import type * as Y from "yjs";
import { addDataSource } from "@/lib/documents/data-sources";
import { markAsExample } from "@/lib/documents/example-marks";
import { setIdentityResolution } from "@/lib/documents/identity-resolution";
import { addKpi } from "@/lib/documents/kpis";
import { addRisk } from "@/lib/documents/risks";
import { ok, type BoardError, type WriteResult } from "@/lib/documents/result";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { editSharedText } from "@/lib/documents/shared-text";
import { addTechStackItem } from "@/lib/documents/tech-stack";
import type { WorkshopTemplate } from "./template-types";

export type WriteTemplateOptions = {
  template: WorkshopTemplate;
  /** The facilitator creating the workshop: the server accepts notes signed by their writer only. */
  authorId: string;
  now?: Date;
};

export type TemplateCounts = {
  kpis: number;
  techStack: number;
  segments: number;
  scenarios: number;
  risks: number;
  dataSources: number;
};

class RefusedRecord extends Error {
  constructor(readonly error: BoardError) {
    super(error.message);
  }
}

function must<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new RefusedRecord(result.error);
  return result.value;
}

/**
 * Writes a template's KPIs, tools, identity resolution, data sources, segments, scenarios and
 * persofails into a board doc through the typed board functions, in one transaction. Every record
 * is marked as an example; the identity resolution is one setting, not a record, so it has no
 * marker (the group reviews it in step 3 like any answer). Answers the first refusal (the unit
 * test keeps every template valid).
 */
export function writeTemplate(
  doc: Y.Doc,
  options: WriteTemplateOptions,
): WriteResult<TemplateCounts> {
  const { template, authorId, now } = options;
  const counts: TemplateCounts = {
    kpis: 0,
    techStack: 0,
    segments: 0,
    scenarios: 0,
    risks: 0,
    dataSources: 0,
  };
  try {
    doc.transact(() => {
      for (const text of template.kpis) {
        const kpi = must(addKpi(doc, { text }));
        markAsExample(doc, { collection: "kpis", recordId: kpi.id });
        counts.kpis++;
      }
      for (const item of template.techStack) {
        const tool = must(addTechStackItem(doc, item));
        markAsExample(doc, { collection: "techStack", recordId: tool.id });
        counts.techStack++;
      }
      const { status, note } = template.identityResolution;
      must(setIdentityResolution(doc, { status }));
      must(editSharedText(doc, { target: { kind: "identity-note" }, text: note }));
      const sourceIds = new Map<string, string>();
      for (const { key, ...fields } of template.dataSources) {
        const source = must(addDataSource(doc, fields));
        sourceIds.set(key, source.id);
        markAsExample(doc, { collection: "dataSources", recordId: source.id });
        counts.dataSources++;
      }
      for (const { scenarios, ...fields } of template.segments) {
        const segment = must(addSegment(doc, fields));
        markAsExample(doc, { collection: "segments", recordId: segment.id });
        counts.segments++;
        for (const { risks = [], dataSources, ...idea } of scenarios) {
          const scenario = must(
            addScenario(doc, {
              ...idea,
              segmentId: segment.id,
              authorId,
              dataSourceIds: dataSources.flatMap((key) => sourceIds.get(key) ?? []),
              now,
            }),
          );
          markAsExample(doc, { collection: "scenarios", recordId: scenario.id });
          counts.scenarios++;
          for (const risk of risks) {
            const added = must(addRisk(doc, { ...risk, scenarioId: scenario.id, authorId, now }));
            markAsExample(doc, { collection: "risks", recordId: added.id });
            counts.risks++;
          }
        }
      }
    });
  } catch (error) {
    if (error instanceof RefusedRecord) return { ok: false, error: error.error };
    throw error;
  }
  return ok(counts);
}
