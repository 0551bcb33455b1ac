import {
  WORKSHOP_EXPORT_FORMAT,
  WORKSHOP_EXPORT_VERSION,
  WorkshopExportSchema,
  type ParseWorkshopJsonResult,
} from "./json";

/**
 * The checks of parseWorkshopJson for a value that is already parsed (the import parses on a
 * worker thread). parseWorkshopJson could call this after its JSON.parse; it is kept separate while
 * json.ts is being changed elsewhere.
 */
export function validateWorkshopExport(raw: unknown): ParseWorkshopJsonResult {
  const format = readFormat(raw);
  if (!format || format.format !== WORKSHOP_EXPORT_FORMAT) {
    return { ok: false, error: "That file is not a Prepersonalize workshop export." };
  }
  if (format.version > WORKSHOP_EXPORT_VERSION) {
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
  return { ok: true, value: parsed.data, board: parsed.data.board };
}

function readFormat(raw: unknown): { format: string; version: number } | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { format, version } = raw as Record<string, unknown>;
  return typeof format === "string" && typeof version === "number" ? { format, version } : null;
}
