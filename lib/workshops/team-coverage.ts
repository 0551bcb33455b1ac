import { TEAM_FUNCTIONS, type TeamFunction } from "./roles";

export const RECOMMENDED_TEAM_SIZE = { min: 8, max: 12 } as const;

export type TeamCoverage = {
  /** Facilitators and participants: observers watch, they do not take part. */
  activeCount: number;
  missingFunctions: TeamFunction[];
  sizeAdvice: "too-small" | "ok" | "too-large";
};

/** Which functions the working group lacks and whether its size suits a workshop. */
export function teamCoverage(members: { role: string; function: TeamFunction }[]): TeamCoverage {
  const active = members.filter((member) => member.role !== "observer");
  const present = new Set(active.map((member) => member.function));
  const missingFunctions = TEAM_FUNCTIONS.filter((fn) => fn !== "other" && !present.has(fn));
  const sizeAdvice =
    active.length < RECOMMENDED_TEAM_SIZE.min
      ? "too-small"
      : active.length > RECOMMENDED_TEAM_SIZE.max
        ? "too-large"
        : "ok";
  return { activeCount: active.length, missingFunctions, sizeAdvice };
}
