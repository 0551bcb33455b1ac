import { buildSummary, type WorkshopSummary } from "@/lib/summary/build-summary";
import { buildFixtureBoard, FIXTURE_REACTIONS, FIXTURE_ROSTER } from "@/lib/summary/fixture";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { addScenario } from "@/lib/documents/scenarios";
import { readBoard } from "@/lib/documents/read-board";

/** Hostile note text: markup, table pipes, code fences, CSV and ICS separators, accents. */
export const HOSTILE_TEXT =
  'Zoë\'s <script>alert("x")</script> | `rm -rf` ``` [link](javascript:x) =SUM(A1), "quoted"; # not a heading';

/** The fixture workshop's summary, plus one scenario with hostile text. */
export function fixtureSummary(options: { hostile?: boolean } = {}): WorkshopSummary {
  const doc = buildFixtureBoard();
  if (options.hostile) {
    const result = addScenario(doc, {
      id: "sc-hostile",
      segmentId: "seg-new",
      text: HOSTILE_TEXT,
      authorId: "u-eng",
      now: new Date("2027-03-01T10:00:00.000Z"),
    });
    if (!result.ok) throw new Error(result.error.message);
    const placed = placeOnMatrix(doc, { scenarioId: "sc-hostile", value: 0.4, feasibility: 0.6 });
    if (!placed.ok) throw new Error(placed.error.message);
  }
  return buildSummary({
    workshop: {
      title: "Spring relaunch — Café Zoë",
      date: "2027-03-01",
      facilitator: "Ana Facilitator",
    },
    roster: FIXTURE_ROSTER,
    board: readBoard(doc),
    anonymous: false,
    reactions: FIXTURE_REACTIONS,
  });
}
