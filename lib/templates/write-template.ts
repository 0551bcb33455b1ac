import type * as Y from "yjs";
import { addDataSource } from "@/lib/documents/data-sources";
import { markAsExample } from "@/lib/documents/example-marks";
import { addRisk } from "@/lib/documents/risks";
import { ok, type BoardError, type WriteResult } from "@/lib/documents/result";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import type { WorkshopTemplate } from "./template-types";

export type WriteTemplateOptions = {
  template: WorkshopTemplate;
  /** The facilitator creating the workshop: the server accepts notes signed by their writer only. */
  authorId: string;
  now?: Date;
};

export type TemplateCounts = {
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
 * Writes a template's data sources, segments, scenarios and persofails into a board doc through
 * the typed board functions, each marked as an example, in one transaction. Answers the first
 * refusal (the unit test keeps every template valid).
 */
export function writeTemplate(
  doc: Y.Doc,
  options: WriteTemplateOptions,
): WriteResult<TemplateCounts> {
  const { template, authorId, now } = options;
  const counts: TemplateCounts = { segments: 0, scenarios: 0, risks: 0, dataSources: 0 };
  try {
    doc.transact(() => {
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
