import type { ReactNode } from "react";
import type { StepId } from "@/lib/workshop/steps";

/**
 * The board for each workshop step. A step appears in the rail only once its board exists, so
 * nobody meets an unfinished screen. The team step is rendered on the server and passed in.
 */
export const STEP_PANELS: Partial<Record<StepId, () => ReactNode>> = {};
