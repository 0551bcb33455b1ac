"use client";

import * as Popover from "@radix-ui/react-popover";
import { useMemo } from "react";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { tagDataSource } from "@/lib/documents/scenarios";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useBoardEditing } from "./board-room";
import { ShieldIcon } from "./icons";

const selectDataSources = (snapshot: BoardSnapshot) => snapshot.dataSources;

/** Names of the data sources a scenario is tagged with; sensitive ones are marked in words. */
export function DataSourceTags({ dataSourceIds }: { dataSourceIds: readonly string[] }) {
  const { doc } = useBoardEditing();
  const sources = useBoardSelector(doc, selectDataSources);
  const tagged = useMemo(() => {
    const wanted = new Set(dataSourceIds);
    return sources.filter((source) => wanted.has(source.id));
  }, [sources, dataSourceIds]);
  if (tagged.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Data sources used">
      {tagged.map((source) => (
        <li
          key={source.id}
          className={`flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${
            source.sensitive
              ? "border-red-300 bg-white text-red-800"
              : "border-slate-300 bg-white text-slate-800"
          }`}
        >
          {source.sensitive ? <ShieldIcon /> : null}
          {source.name || "Unnamed source"}
          {source.sensitive ? <span className="font-semibold"> (sensitive)</span> : null}
        </li>
      ))}
    </ul>
  );
}

type DataSourcePickerProps = { scenarioId: string; selected: readonly string[]; label: string };

/** A popover of checkboxes tagging the scenario with step 3's data sources. */
export function DataSourcePicker({ scenarioId, selected, label }: DataSourcePickerProps) {
  const { doc, canEdit, report } = useBoardEditing();
  const sources = useBoardSelector(doc, selectDataSources);
  const chosen = new Set(selected);
  return (
    <Popover.Root>
      <Popover.Trigger
        disabled={!canEdit}
        aria-label={`Data sources for ${label}`}
        className="border-note-edge-strong text-meta rounded border bg-white/70 px-1.5 py-0.5 hover:bg-white disabled:cursor-not-allowed disabled:opacity-60"
      >
        Data ({selected.length})
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          sideOffset={6}
          align="end"
          className="z-50 w-72 rounded-lg border border-slate-200 bg-white p-3 shadow-lg"
        >
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-semibold">Data this scenario needs</legend>
            {sources.length === 0 ? (
              <p className="text-sm text-slate-600">
                No data sources yet. Add them in step 3, Data &amp; tech context.
              </p>
            ) : (
              sources.map((source) => (
                <label key={source.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={chosen.has(source.id)}
                    onChange={(event) =>
                      report(
                        tagDataSource(doc, {
                          scenarioId,
                          dataSourceId: source.id,
                          tagged: event.target.checked,
                        }),
                      )
                    }
                  />
                  <span className="flex-1">{source.name || "Unnamed source"}</span>
                  {source.sensitive ? (
                    <span className="flex items-center gap-1 text-xs font-medium text-red-800">
                      <ShieldIcon />
                      Sensitive
                    </span>
                  ) : null}
                </label>
              ))
            )}
          </fieldset>
          <Popover.Close className="mt-3 text-sm text-slate-700 underline">Done</Popover.Close>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
