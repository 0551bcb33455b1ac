"use client";

import * as Popover from "@radix-ui/react-popover";
import { useCallback, useId } from "react";
import { SCENARIO_CHANNEL_LABELS, SCENARIO_TECHNIQUE_LABELS } from "@/lib/documents/labels";
import {
  SCENARIO_CHANNELS,
  SCENARIO_TECHNIQUES,
  ScenarioChannelSchema,
  ScenarioTechniqueSchema,
} from "@/lib/documents/records";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { updateScenario } from "@/lib/documents/scenarios";
import { selectScenariosInSegment } from "@/lib/documents/selectors";
import { notesOnWall, stackScenario, unstackScenario } from "@/lib/documents/stacks";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useSharedText } from "@/lib/documents/use-shared-text";
import { useBoardEditing } from "./board-room";
import { SpectrumHint } from "./personalization-spectrum";
import { focusWallNote } from "./focus-wall-note";
import { shortText } from "./short-text";

type ScenarioDetailsProps = { scenario: BoardSnapshot["scenarios"][number]; label: string };

const fieldStyles =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-50";

/**
 * How a scenario would run (channel, technique, trigger, data still missing), edited in a popover
 * so the note on the wall stays small. Every field is shared live like the note's text.
 */
export function ScenarioDetails({ scenario, label }: ScenarioDetailsProps) {
  const { doc, awareness, canEdit, report } = useBoardEditing();
  const id = useId();
  const target = (field: "trigger" | "missingData") =>
    ({ kind: "record", collection: "scenarios", recordId: scenario.id, field }) as const;
  const trigger = useSharedText({ doc, target: target("trigger"), awareness, onResult: report });
  const missing = useSharedText({
    doc,
    target: target("missingData"),
    awareness,
    onResult: report,
  });

  return (
    <Popover.Root>
      <Popover.Trigger
        aria-label={`Details of ${label}`}
        className="border-note-edge-strong text-meta rounded border bg-white/70 px-1.5 py-0.5 hover:bg-white"
      >
        Details
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          sideOffset={6}
          align="end"
          collisionPadding={8}
          aria-label={`How “${label}” would run`}
          className="z-50 flex w-80 max-w-[calc(100vw-1rem)] flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-lg"
        >
          <p className="text-sm font-semibold">How this idea would run</p>
          <div className="grid grid-cols-2 gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-channel`} className="text-xs font-medium text-slate-700">
                Channel
              </label>
              <select
                id={`${id}-channel`}
                value={scenario.channel ?? ""}
                disabled={!canEdit}
                onChange={(event) => {
                  const channel = ScenarioChannelSchema.safeParse(event.target.value);
                  report(
                    updateScenario(doc, {
                      scenarioId: scenario.id,
                      channel: channel.success ? channel.data : null,
                    }),
                  );
                }}
                className={fieldStyles}
              >
                <option value="">Not chosen</option>
                {SCENARIO_CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {SCENARIO_CHANNEL_LABELS[channel]}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-technique`} className="text-xs font-medium text-slate-700">
                Technique
              </label>
              <select
                id={`${id}-technique`}
                value={scenario.technique ?? ""}
                disabled={!canEdit}
                onChange={(event) => {
                  const technique = ScenarioTechniqueSchema.safeParse(event.target.value);
                  report(
                    updateScenario(doc, {
                      scenarioId: scenario.id,
                      technique: technique.success ? technique.data : null,
                    }),
                  );
                }}
                className={fieldStyles}
              >
                <option value="">Not chosen</option>
                {SCENARIO_TECHNIQUES.map((technique) => (
                  <option key={technique} value={technique}>
                    {SCENARIO_TECHNIQUE_LABELS[technique]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-trigger`} className="text-xs font-medium text-slate-700">
              Trigger
            </label>
            <input
              id={`${id}-trigger`}
              {...trigger}
              maxLength={200}
              disabled={!canEdit}
              placeholder="e.g. Second visit within a week"
              className={fieldStyles}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-missing`} className="text-xs font-medium text-slate-700">
              Needs data we don&apos;t list yet
            </label>
            <input
              id={`${id}-missing`}
              {...missing}
              maxLength={200}
              disabled={!canEdit}
              placeholder="e.g. Store visits"
              className={fieldStyles}
            />
            <p className="text-xs text-slate-600">
              Tag what step 3 already lists with the Data button on the note.
            </p>
          </div>
          <StackPicker scenario={scenario} label={label} />
          <SpectrumHint />
          <Popover.Close className="self-start text-sm text-slate-700 underline">
            Done
          </Popover.Close>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

/** The keyboard way to stack duplicates: pick the note this one repeats (or none). */
function StackPicker({ scenario, label }: ScenarioDetailsProps) {
  const { doc, canEdit, report } = useBoardEditing();
  const id = useId();
  const select = useCallback(
    (snapshot: BoardSnapshot) =>
      notesOnWall(
        selectScenariosInSegment(snapshot, scenario.segmentId),
        snapshot.scenarios,
      ).filter((other) => other.id !== scenario.id),
    [scenario.segmentId, scenario.id],
  );
  const others = useBoardSelector(doc, select);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-stack`} className="text-xs font-medium text-slate-700">
        Same idea as
      </label>
      <select
        id={`${id}-stack`}
        value={scenario.stackedOn ?? ""}
        disabled={!canEdit}
        aria-describedby={`${id}-stack-hint`}
        onChange={(event) => {
          const ontoId = event.target.value;
          if (!ontoId) return report(unstackScenario(doc, { scenarioId: scenario.id }));
          const result = stackScenario(doc, { scenarioId: scenario.id, ontoId });
          report(result);
          // This note (and its details) leave the wall: focus goes to the stack it joined.
          if (result.ok) focusWallNote(ontoId);
        }}
        className={fieldStyles}
      >
        <option value="">No other note (stands on its own)</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {shortText(other.text, "empty scenario")}
          </option>
        ))}
      </select>
      <p id={`${id}-stack-hint`} className="text-xs text-slate-600">
        Stacks “{label}” inside that note, keeping both texts. Or drag it onto the note.
      </p>
    </div>
  );
}
