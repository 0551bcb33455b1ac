/** One column of the scenarios board: a segment, or the unsorted tray (segmentId null). */
export type BoardColumn = { segmentId: string | null; scenarioIds: readonly string[] };

export type DropTarget = { segmentId: string | null; index: number };

const END_PREFIX = "end:";
const TRAY_KEY = "~tray";

/** Droppable id of the "drop at the end" slot under each column. */
export function endSlotId(segmentId: string | null): string {
  return `${END_PREFIX}${segmentId ?? TRAY_KEY}`;
}

/** The column an end-slot id belongs to, or undefined when `id` is not an end slot. */
export function parseEndSlot(id: string): string | null | undefined {
  if (!id.startsWith(END_PREFIX)) return undefined;
  const key = id.slice(END_PREFIX.length);
  return key === TRAY_KEY ? null : key;
}

function findColumn(columns: readonly BoardColumn[], scenarioId: string) {
  for (const column of columns) {
    const index = column.scenarioIds.indexOf(scenarioId);
    if (index !== -1) return { column, index };
  }
  return null;
}

/**
 * Where a dropped scenario goes, as moveScenario expects it (index counted without the moving
 * note), or null when the drop changes nothing. Dropping on a note of the same column takes its
 * place (list-move semantics); on a note of another column it goes before it, or after it when
 * `after` (the dragged note's top edge is below the target's middle).
 */
export function dropTarget(options: {
  columns: readonly BoardColumn[];
  activeId: string;
  overId: string | null;
  after?: boolean;
}): DropTarget | null {
  const { columns, activeId, overId } = options;
  const from = findColumn(columns, activeId);
  if (!from || overId === null || overId === activeId) return null;
  const endSegment = parseEndSlot(overId);
  let target: DropTarget;
  if (endSegment !== undefined) {
    const column = columns.find((candidate) => candidate.segmentId === endSegment);
    if (!column) return null;
    const others = column.scenarioIds.filter((id) => id !== activeId);
    target = { segmentId: endSegment, index: others.length };
  } else {
    const over = findColumn(columns, overId);
    if (!over) return null;
    if (over.column === from.column) {
      target = { segmentId: over.column.segmentId, index: over.index };
    } else {
      target = { segmentId: over.column.segmentId, index: over.index + (options.after ? 1 : 0) };
    }
  }
  const unchanged = target.segmentId === from.column.segmentId && target.index === from.index;
  return unchanged ? null : target;
}
