import type { ReactNode } from "react";
import { PersofailsStep } from "@/components/board/persofails-step";
import { ScenariosStep } from "@/components/board/scenarios-step";
import { ContextStep } from "@/components/context/context-step";
import { ObjectiveStep } from "@/components/objective/objective-step";
import { PrioritizeStep } from "@/components/matrix/prioritize-step";
import { RoadmapStep } from "@/components/roadmap/roadmap-step";
import { ShareStep } from "@/components/summary/share-step";
import type { StepId } from "@/lib/workshop/steps";

/**
 * The board for each workshop step. A step appears in the rail only once its board exists, so
 * nobody meets an unfinished screen. The team step is rendered on the server and passed in.
 */
export const STEP_PANELS: Partial<Record<StepId, () => ReactNode>> = {
  objective: () => <ObjectiveStep />,
  context: () => <ContextStep />,
  scenarios: () => <ScenariosStep />,
  persofails: () => <PersofailsStep />,
  prioritize: () => <PrioritizeStep />,
  roadmap: () => <RoadmapStep />,
  share: () => <ShareStep />,
};
