/** Which note a press picked up, and where from; read back on drop. */
export type DragData = { scenarioId: string; from: "tray" | "matrix" };
