import { z } from "zod";
import type { BoardContent } from "@/lib/documents/restore-board";
import { withoutBlankNotes } from "@/lib/documents/blank-notes";
import { splitLegacyKind } from "@/lib/documents/data-source-kinds";
import { BOARD_SCHEMA_VERSION } from "@/lib/documents/migrations";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { FollowUpExportSchema, type FollowUpExport } from "@/lib/follow-up/follow-up-export";
import type { ReactionCounts } from "@/lib/documents/reactions";
import type { ExampleRef } from "@/lib/documents/example-marks";
import { COLLECTION_NAMES } from "@/lib/documents/layout";
import type { CarriedCollection, FromLastTime } from "@/lib/follow-up/from-last-time";
import { PROGRESS_STATUSES } from "@/lib/follow-up/progress-records";
import {
  DataSourceSchema,
  DateOnlySchema,
  IdentityResolutionSchema,
  KpiSchema,
  ObjectiveHelperSchema,
  RiskSchema,
  RoadmapItemSchema,
  ScenarioSchema,
  SegmentSchema,
  TechStackItemSchema,
} from "@/lib/documents/records";
import { TeamFunctionSchema, WorkshopRoleSchema } from "@/lib/workshops/roles";

// The full workshop as JSON: metadata, roster and the decoded board and control docs. `version`
// is this file format's version; `board.schemaVersion` is the board doc's own schema version.

export const WORKSHOP_EXPORT_FORMAT = "prepersonalize.workshop";
export const WORKSHOP_EXPORT_VERSION = 1;

const MAX_RECORDS = 5_000;

/** Every collection "Run again" carries over (the mapped type makes a new one a compile error). */
const CARRIED_COLLECTIONS = {
  segments: "segments",
  dataSources: "dataSources",
  techStack: "techStack",
  kpis: "kpis",
  scenarios: "scenarios",
  risks: "risks",
  roadmap: "roadmap",
} as const satisfies { [K in CarriedCollection]: K };

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const WorkshopExportSchema = z.object({
  format: z.literal(WORKSHOP_EXPORT_FORMAT),
  version: z.literal(WORKSHOP_EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  workshop: z.object({
    id: z.string().max(64),
    title: z.string().trim().min(1).max(120),
    date: z.nullable(DateOnlySchema),
    objectiveDraft: z.string().max(1000).nullable(),
  }),
  roster: z
    .array(
      z.object({
        userId: z.string().max(64),
        name: z.string().max(200),
        role: WorkshopRoleSchema,
        function: TeamFunctionSchema,
        // Optional: exports before import kept people do not have it; guests have none.
        // Loosely checked: OAuth providers hand out addresses a strict pattern would refuse.
        email: z
          .string()
          .max(320)
          .regex(/^[^\s@]+@[^\s@]+$/)
          .nullable()
          .default(null),
      }),
    )
    .max(MAX_RECORDS),
  board: z.object({
    schemaVersion: z.number().int().min(0),
    objective: z.string().max(2000),
    objectiveHelper: ObjectiveHelperSchema,
    followUpDate: z.nullable(DateOnlySchema),
    // Optional: exports made before the meeting time was stored do not have it.
    followUpStart: z.iso.datetime().nullable().default(null),
    // Optional: exports before schema version 3 do not have it.
    identityResolution: z._default(IdentityResolutionSchema, { status: "unknown", note: "" }),
    segments: z.array(SegmentSchema).max(MAX_RECORDS),
    scenarios: z.array(ScenarioSchema).max(MAX_RECORDS),
    // Before schema version 3 a source's origin was stored as its kind.
    dataSources: z
      .array(
        z.preprocess((raw) => (isPlainRecord(raw) ? splitLegacyKind(raw) : raw), DataSourceSchema),
      )
      .max(MAX_RECORDS),
    techStack: z.array(TechStackItemSchema).max(MAX_RECORDS),
    risks: z.array(RiskSchema).max(MAX_RECORDS),
    kpis: z.array(KpiSchema).max(MAX_RECORDS),
    roadmap: z.array(RoadmapItemSchema).max(MAX_RECORDS),
    // Counts only: who reacted is never exported. Optional: older exports do not have them.
    reactions: z
      .record(
        z.string().max(64),
        z.object({
          "plus-one": z.number().int().min(0).max(MAX_RECORDS),
          question: z.number().int().min(0).max(MAX_RECORDS),
        }),
      )
      .default({}),
    // Template examples nobody has touched yet (lib/documents/example-marks.ts). Optional: older
    // exports do not have them.
    exampleMarks: z
      .array(z.object({ collection: z.enum(COLLECTION_NAMES), recordId: z.string().max(64) }))
      .max(MAX_RECORDS)
      .default([]),
    // What "Run again" carried over from the previous run (lib/follow-up/from-last-time.ts): the
    // run it came from and each carried record, roadmap items with their status at that run's
    // follow-up. Optional: absent for a first run and in older exports.
    fromLastTime: z
      .object({
        previous: z.object({
          workshopId: z.string().min(1).max(64),
          title: z.string().max(200),
        }),
        records: z
          .array(
            z.object({
              collection: z.enum(CARRIED_COLLECTIONS),
              recordId: z.string().max(64),
              status: z.enum(PROGRESS_STATUSES).optional(),
            }),
          )
          .max(MAX_RECORDS),
      })
      .optional(),
  }),
  control: z.object({ anonymous: z.boolean() }),
  // Optional: absent until a follow-up recorded something, and in older exports.
  followUp: z.optional(FollowUpExportSchema),
});
export type WorkshopExport = z.infer<typeof WorkshopExportSchema>;

/** A roster entry as the export takes it: the email is optional (guests have none). */
export type WorkshopExportMember = Omit<WorkshopExport["roster"][number], "email"> & {
  email?: string | null;
};

export type WorkshopToJsonInput = {
  workshop: WorkshopExport["workshop"];
  roster: readonly WorkshopExportMember[];
  board: BoardSnapshot;
  /** +1 and "?" counts per note (lib/documents/reactions.ts); none when omitted. */
  reactions?: Readonly<Record<string, ReactionCounts>>;
  anonymous: boolean;
  exportedAt: Date;
  /** The follow-up's progress (lib/follow-up/follow-up-export.ts); left out when null. */
  followUp?: FollowUpExport | null;
  /** Template examples still untouched (readExampleMarks); none when omitted. */
  exampleMarks?: readonly ExampleRef[];
  /** What "Run again" carried over (readFromLastTime); left out when omitted or a first run. */
  fromLastTime?: FromLastTime;
};

/** The workshop as a versioned JSON document (pretty-printed, stable key order). */
export function workshopToJson(input: WorkshopToJsonInput): string {
  // The one rule for notes nobody typed into: they are not exported either.
  const board = withoutBlankNotes(input.board);
  const value: WorkshopExport = {
    format: WORKSHOP_EXPORT_FORMAT,
    version: WORKSHOP_EXPORT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    workshop: input.workshop,
    roster: input.roster.map(({ userId, name, role, function: fn, email }) => ({
      userId,
      name,
      role,
      function: fn,
      email: email ?? null,
    })),
    board: {
      // Records are decoded with the current schemas, so they are (at least) the current version.
      schemaVersion: Math.max(board.schemaVersion, BOARD_SCHEMA_VERSION),
      objective: board.objective,
      objectiveHelper: { ...board.objectiveHelper },
      followUpDate: board.followUpDate,
      followUpStart: board.followUpStart,
      identityResolution: { ...board.identityResolution },
      // Plain copies: the snapshot's records are frozen and deeply readonly.
      segments: board.segments.map((r) => ({ ...r })),
      scenarios: board.scenarios.map((r) => ({
        ...r,
        dataSourceIds: [...r.dataSourceIds],
        matrix: r.matrix ? { ...r.matrix } : null,
      })),
      dataSources: board.dataSources.map((r) => ({ ...r })),
      techStack: board.techStack.map((r) => ({ ...r })),
      risks: board.risks.map((r) => ({ ...r })),
      kpis: board.kpis.map((r) => ({ ...r })),
      roadmap: board.roadmap.map((r) => ({
        ...r,
        metric: { ...r.metric },
        abTest: { ...r.abTest },
        riskAcceptedBy: r.riskAcceptedBy
          ? { ...r.riskAcceptedBy, riskIds: [...r.riskAcceptedBy.riskIds] }
          : null,
      })),
      reactions: Object.fromEntries(
        board.scenarios.flatMap((scenario) => {
          const counts = input.reactions?.[scenario.id];
          return counts ? [[scenario.id, { ...counts }]] : [];
        }),
      ),
      exampleMarks: exampleMarksOf(board, input.exampleMarks ?? []),
      ...fromLastTimeOf(board, input.fromLastTime),
    },
    control: { anonymous: input.anonymous },
    ...(input.followUp ? { followUp: input.followUp } : {}),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The marks of records the export carries, in a stable order (the doc's map has none). */
function exampleMarksOf(board: BoardSnapshot, marks: readonly ExampleRef[]): ExampleRef[] {
  const kept = marks.filter((mark) =>
    (board[mark.collection] as readonly { id: string }[]).some((r) => r.id === mark.recordId),
  );
  return kept
    .map(({ collection, recordId }) => ({ collection, recordId }))
    .sort((a, b) =>
      a.collection === b.collection
        ? a.recordId.localeCompare(b.recordId)
        : a.collection.localeCompare(b.collection),
    );
}

type ExportedFromLastTime = NonNullable<WorkshopExport["board"]["fromLastTime"]>;

/**
 * The carry-over marks of records the export carries, in a stable order; nothing for a first run.
 * Marks without a readable previous run are left out (Run again always writes both together).
 */
function fromLastTimeOf(
  board: BoardSnapshot,
  carried: FromLastTime | undefined,
): { fromLastTime?: ExportedFromLastTime } {
  if (!carried?.previous) return {};
  const records: ExportedFromLastTime["records"] = [];
  for (const key of [...carried.records].sort()) {
    const slash = key.indexOf("/");
    const collection = key.slice(0, slash);
    const recordId = key.slice(slash + 1);
    if (slash === -1 || !Object.hasOwn(CARRIED_COLLECTIONS, collection)) continue;
    const name = collection as CarriedCollection;
    if (!(board[name] as readonly { id: string }[]).some((r) => r.id === recordId)) continue;
    const status = name === "roadmap" ? carried.roadmapStatus[recordId] : undefined;
    records.push({ collection: name, recordId, ...(status ? { status } : {}) });
  }
  return { fromLastTime: { previous: { ...carried.previous }, records } };
}

export type ParseWorkshopJsonResult =
  { ok: true; value: WorkshopExport; board: BoardContent } | { ok: false; error: string };

/** Reads an exported workshop; a readable error for anything that is not one we can import. */
export function parseWorkshopJson(text: string): ParseWorkshopJsonResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "That file is not JSON." };
  }
  const format = z.object({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!format.success || format.data.format !== WORKSHOP_EXPORT_FORMAT) {
    return { ok: false, error: "That file is not a Prepersonalize workshop export." };
  }
  if (format.data.version > WORKSHOP_EXPORT_VERSION) {
    return { ok: false, error: "That export comes from a newer version of Prepersonalize." };
  }
  const parsed = WorkshopExportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `The export is damaged${issue ? ` (${issue.path.join(".")}: ${issue.message})` : ""}.`,
    };
  }
  const { board } = parsed.data;
  return { ok: true, value: parsed.data, board };
}
