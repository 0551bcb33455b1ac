import type { TrayGroup } from "./scenario-tray";

export const UNSORTED_GROUP_ID = "unsorted";

type TrayScenario = { id: string; text: string; segmentId: string | null };
type TraySegment = { id: string; name: string };

/**
 * The tray's groups: one per segment in board order, then "Unsorted" for ideas without a
 * segment. Ideas keep their board order inside a group; empty groups are kept (the tray hides
 * them) so a group does not jump when its last idea is placed and another comes back.
 */
export function groupTray(options: {
  scenarios: readonly TrayScenario[];
  segments: readonly TraySegment[];
}): TrayGroup[] {
  const bySegment = new Map<string | null, { id: string; text: string }[]>();
  const known = new Set(options.segments.map((segment) => segment.id));
  for (const scenario of options.scenarios) {
    const key =
      scenario.segmentId !== null && known.has(scenario.segmentId) ? scenario.segmentId : null;
    const list = bySegment.get(key) ?? [];
    list.push({ id: scenario.id, text: scenario.text });
    bySegment.set(key, list);
  }
  const groups: TrayGroup[] = options.segments.map((segment) => ({
    id: segment.id,
    name: segment.name.trim() || "Unnamed segment",
    scenarios: bySegment.get(segment.id) ?? [],
  }));
  groups.push({ id: UNSORTED_GROUP_ID, name: "Unsorted", scenarios: bySegment.get(null) ?? [] });
  return groups;
}
