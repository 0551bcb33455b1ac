import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import type { StepId } from "@/lib/documents/steps";

function StepLoading() {
  return (
    <p role="status" className="text-sm text-slate-600">
      Loading this step…
    </p>
  );
}

// Each board is its own chunk: opening the workshop loads the step in view, not all eight.
const ObjectiveStep = dynamic(
  () => import("@/components/objective/objective-step").then((m) => m.ObjectiveStep),
  { loading: StepLoading },
);
const ContextStep = dynamic(
  () => import("@/components/context/context-step").then((m) => m.ContextStep),
  { loading: StepLoading },
);
const ScenariosStep = dynamic(
  () => import("@/components/board/scenarios-step").then((m) => m.ScenariosStep),
  { loading: StepLoading },
);
const PersofailsStep = dynamic(
  () => import("@/components/board/persofails-step").then((m) => m.PersofailsStep),
  { loading: StepLoading },
);
const PrioritizeStep = dynamic(
  () => import("@/components/matrix/prioritize-step").then((m) => m.PrioritizeStep),
  { loading: StepLoading },
);
const RoadmapStep = dynamic(
  () => import("@/components/roadmap/roadmap-step").then((m) => m.RoadmapStep),
  { loading: StepLoading },
);
const ShareStep = dynamic(
  () => import("@/components/summary/share-step").then((m) => m.ShareStep),
  { loading: StepLoading },
);

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
