/** The method asks for three to five scenarios per segment. */
export const SCENARIOS_PER_SEGMENT = { min: 3, max: 5 } as const;

export type SegmentCoverage = {
  segmentId: string;
  count: number;
  status: "too-few" | "ok" | "too-many";
};

/** Scenario counts per segment, in segment order, flagging those outside 3–5. */
export function segmentCoverage(options: {
  segments: readonly { id: string }[];
  scenarios: readonly { segmentId: string | null }[];
}): SegmentCoverage[] {
  const counts = new Map<string, number>();
  for (const scenario of options.scenarios) {
    if (scenario.segmentId !== null) {
      counts.set(scenario.segmentId, (counts.get(scenario.segmentId) ?? 0) + 1);
    }
  }
  return options.segments.map((segment) => {
    const count = counts.get(segment.id) ?? 0;
    const status =
      count < SCENARIOS_PER_SEGMENT.min
        ? "too-few"
        : count > SCENARIOS_PER_SEGMENT.max
          ? "too-many"
          : "ok";
    return { segmentId: segment.id, count, status };
  });
}
