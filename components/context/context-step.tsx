"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { useCanEdit } from "@/components/workshop/use-can-edit";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useBoardMigration } from "@/lib/documents/use-board-migration";
import { addDataSource } from "@/lib/documents/data-sources";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { addTechStackItem } from "@/lib/documents/tech-stack";
import { useBoardSelector } from "@/lib/documents/use-board";
import { DataSourceCard } from "./data-source-card";
import { IdentityResolutionPanel } from "./identity-resolution-panel";
import { TechStackCard } from "./tech-stack-card";

const selectDataSources = (snapshot: BoardSnapshot) => snapshot.dataSources;
const selectTechStack = (snapshot: BoardSnapshot) => snapshot.techStack;

/** Step 3: the data the company holds and the tools it runs, as cards scenarios can use later. */
export function ContextStep() {
  const { docs, status } = useWorkshopRoom();
  const canEdit = useCanEdit();
  useBoardMigration(docs.board, { synced: status === "connected", canEdit });
  const sources = useBoardSelector(docs.board, selectDataSources);
  const tools = useBoardSelector(docs.board, selectTechStack);
  const sensitive = sources.filter((source) => source.sensitive).length;
  const poor = sources.filter((source) => source.quality === "poor").length;

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="sources-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h3 id="sources-heading" className="text-lg font-semibold">
            Data sources
          </h3>
          <p className="text-sm text-slate-600">
            {sources.length} {sources.length === 1 ? "source" : "sources"} · {sensitive} sensitive ·{" "}
            {poor} poor quality
          </p>
        </div>
        {sources.length === 0 ? (
          <p className="text-sm text-slate-600">
            No data sources yet. Start with what you already collect: orders, browsing, email
            engagement, stated preferences.
          </p>
        ) : (
          <ul aria-label="Data sources" className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {sources.map((source) => (
              <DataSourceCard key={source.id} source={source} canEdit={canEdit} />
            ))}
          </ul>
        )}
        {canEdit ? (
          <button
            type="button"
            className={`${buttonStyles.secondary} w-fit`}
            onClick={() => addDataSource(docs.board, { kind: "behavioral" })}
          >
            Add a data source
          </button>
        ) : null}
      </section>
      <IdentityResolutionPanel canEdit={canEdit} />
      <section aria-labelledby="stack-heading" className="flex flex-col gap-3">
        <h3 id="stack-heading" className="text-lg font-semibold">
          Technology stack
        </h3>
        {tools.length === 0 ? (
          <p className="text-sm text-slate-600">
            No tools yet. List the platforms personalization would run on: CDP, CRM, analytics,
            messaging, decisioning.
          </p>
        ) : (
          <ul aria-label="Technology stack" className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {tools.map((item) => (
              <TechStackCard key={item.id} item={item} canEdit={canEdit} />
            ))}
          </ul>
        )}
        {canEdit ? (
          <button
            type="button"
            className={`${buttonStyles.secondary} w-fit`}
            onClick={() => addTechStackItem(docs.board, { category: "other" })}
          >
            Add a tool
          </button>
        ) : null}
      </section>
    </div>
  );
}
