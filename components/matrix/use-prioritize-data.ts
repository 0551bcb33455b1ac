"use client";

import { useMemo } from "react";
import type * as Y from "yjs";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { selectPlacedScenarios, selectUnplacedScenarios } from "@/lib/documents/selectors";
import { useBoardSelector } from "@/lib/documents/use-board";
import type { RemoteMatrixDrag } from "@/lib/documents/matrix-drag-presence";
import { notesOnWall, stackedOn } from "@/lib/documents/stacks";
import { riskCountsByScenario, type RiskCounts } from "@/lib/documents/warnings";
import { qualityScore } from "@/lib/method/quality-criteria";
import type { PlacedIdea } from "./matrix-board";
import type { RemoteHolder } from "./matrix-note";
import type { TrayGroup } from "./scenario-tray";
import { groupTray } from "./tray-groups";

const selectScenarios = (snapshot: BoardSnapshot) => snapshot.scenarios;
const selectSegments = (snapshot: BoardSnapshot) => snapshot.segments;
const selectRisks = (snapshot: BoardSnapshot) => snapshot.risks;

export type PrioritizeData = {
  placed: readonly PlacedIdea[];
  placedById: ReadonlyMap<string, PlacedIdea>;
  trayGroups: readonly TrayGroup[];
  riskCounts: ReadonlyMap<string, RiskCounts>;
  /** Who is dragging which idea right now (positions are drawn by RemoteDragLayer). */
  heldBy: ReadonlyMap<string, RemoteHolder>;
  textOf: (scenarioId: string) => string;
};

/** Everything the prioritize step draws, derived once per board change. */
export function usePrioritizeData(
  board: Y.Doc,
  holders: readonly RemoteMatrixDrag[],
): PrioritizeData {
  const scenarios = useBoardSelector(board, selectScenarios);
  const placedScenarios = useBoardSelector(board, selectPlacedScenarios);
  const unplaced = useBoardSelector(board, selectUnplacedScenarios);
  const segments = useBoardSelector(board, selectSegments);
  const risks = useBoardSelector(board, selectRisks);

  // A stack (duplicates grouped on the wall) is one idea: one chip, one tray note, at its host.
  const placed = useMemo(
    () =>
      notesOnWall(placedScenarios, scenarios).flatMap((scenario) =>
        scenario.matrix
          ? [
              {
                id: scenario.id,
                text: scenario.text,
                ...scenario.matrix,
                quality: qualityScore(scenario.quality).met,
                stacked: stackedOn(scenario.id, scenarios).map((note) => note.text),
              },
            ]
          : [],
      ),
    [placedScenarios, scenarios],
  );
  const placedById = useMemo(() => new Map(placed.map((idea) => [idea.id, idea])), [placed]);

  const trayGroups = useMemo(
    () => groupTray({ scenarios: notesOnWall(unplaced, scenarios), segments }),
    [unplaced, scenarios, segments],
  );

  const riskCounts = useMemo(() => riskCountsByScenario(risks), [risks]);

  const textById = useMemo(
    () => new Map(scenarios.map((scenario) => [scenario.id, scenario.text])),
    [scenarios],
  );
  const heldBy = useMemo(
    () =>
      new Map(holders.map((drag) => [drag.scenarioId, { name: drag.name, colour: drag.colour }])),
    [holders],
  );

  const textOf = useMemo(() => (id: string) => textById.get(id) ?? "", [textById]);

  return { placed, placedById, trayGroups, riskCounts, heldBy, textOf };
}
