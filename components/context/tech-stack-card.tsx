"use client";

import { memo } from "react";
import { ExampleMarker } from "@/components/guide/example-marker";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputStyles, labelStyles } from "@/components/ui/form-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useSharedText } from "@/lib/documents/use-shared-text";
import { TECH_CATEGORIES, TechCategorySchema, type TechStackItem } from "@/lib/documents/records";
import {
  removeTechStackItem,
  updateTechStackItem,
  type UpdateTechStackItemOptions,
} from "@/lib/documents/tech-stack";
import { TECH_CATEGORY_LABELS } from "@/lib/documents/labels";

type TechStackCardProps = { item: Readonly<TechStackItem>; canEdit: boolean };

/** One tool in the current stack and what the team should know about it. */
export const TechStackCard = memo(function TechStackCard({ item, canEdit }: TechStackCardProps) {
  const { docs, awareness } = useWorkshopRoom();
  const id = `tool-${item.id}`;
  const title = item.name || "Untitled tool";
  const update = (patch: Omit<UpdateTechStackItemOptions, "itemId">) =>
    updateTechStackItem(docs.board, { itemId: item.id, ...patch });
  const text = (field: "name" | "notes") =>
    ({ kind: "record", collection: "techStack", recordId: item.id, field }) as const;
  const nameText = useSharedText({ doc: docs.board, target: text("name"), awareness });
  const notesText = useSharedText({ doc: docs.board, target: text("notes"), awareness });

  return (
    <li
      aria-label={`Tool: ${title}`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <div className="flex items-center gap-2">
            <label htmlFor={`${id}-name`} className={labelStyles}>
              Tool
            </label>
            <ExampleMarker doc={docs.board} collection="techStack" recordId={item.id} />
          </div>
          <input
            id={`${id}-name`}
            {...nameText}
            maxLength={200}
            disabled={!canEdit}
            placeholder="e.g. Segment, Braze, Optimizely"

            className={inputStyles}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-category`} className={labelStyles}>
            Category
          </label>
          <select
            id={`${id}-category`}
            value={item.category}
            disabled={!canEdit}
            onChange={(event) => {
              const category = TechCategorySchema.safeParse(event.target.value);
              if (category.success) update({ category: category.data });
            }}
            className={inputStyles}
          >
            {TECH_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {TECH_CATEGORY_LABELS[category]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-notes`} className={labelStyles}>
          Notes
        </label>
        <textarea
          id={`${id}-notes`}
          {...notesText}
          rows={2}
          maxLength={2000}
          disabled={!canEdit}
          placeholder="Integrations, limits, who owns it…"

          className={inputStyles}
        />
      </div>
      {canEdit ? (
        <button
          type="button"
          className={`${buttonStyles.quiet} w-fit self-end`}
          aria-label={`Delete tool: ${title}`}
          onClick={() => removeTechStackItem(docs.board, { itemId: item.id })}
        >
          Delete
        </button>
      ) : null}
    </li>
  );
});
