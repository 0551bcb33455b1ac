"use client";

import type { Awareness } from "y-protocols/awareness";
import { useMatrixDrags } from "@/lib/documents/use-matrix-drags";
import { RemoteGhost } from "./matrix-note";

type RemoteDragLayerProps = {
  awareness: Awareness | null;
  textOf: (scenarioId: string) => string;
};

/**
 * Notes other people are dragging, drawn where they hold them right now. This is the only
 * part of the matrix that re-renders at the preview rate (about 30 times a second).
 */
export function RemoteDragLayer({ awareness, textOf }: RemoteDragLayerProps) {
  const drags = useMatrixDrags(awareness);
  return (
    <>
      {drags.map((drag) => (
        <RemoteGhost
          key={`${drag.clientId}:${drag.scenarioId}`}
          text={textOf(drag.scenarioId)}
          value={drag.value}
          feasibility={drag.feasibility}
          heldBy={{ name: drag.name, colour: drag.colour }}
        />
      ))}
    </>
  );
}
