/** What each draggable note carries, read back on drop. */
export type DragData = { scenarioId: string; from: "tray" | "matrix" };

export function isDragData(value: unknown): value is DragData {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.scenarioId === "string" &&
    (candidate.from === "tray" || candidate.from === "matrix")
  );
}
