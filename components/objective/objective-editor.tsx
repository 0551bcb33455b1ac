"use client";

import { useLayoutEffect, useRef } from "react";
import { inputStyles, labelStyles } from "@/components/ui/form-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { editObjective } from "@/lib/workshop/objective";
import type { BoardSnapshot } from "@/lib/workshop/read-board";
import { useBoardSelector } from "@/lib/workshop/use-board";
import { shiftCaret } from "./shift-caret";

const selectObjective = (snapshot: BoardSnapshot) => snapshot.objective;

/**
 * The shared objective statement. Everyone types into the same text; a remote edit before the
 * caret moves the caret with the text instead of throwing it to the end.
 */
export function ObjectiveEditor({ canEdit }: { canEdit: boolean }) {
  const { docs } = useWorkshopRoom();
  const objective = useBoardSelector(docs.board, selectObjective);
  const field = useRef<HTMLTextAreaElement>(null);
  const previous = useRef(objective);

  useLayoutEffect(() => {
    const element = field.current;
    const before = previous.current;
    previous.current = objective;
    if (!element || document.activeElement !== element || before === objective) return;
    const start = shiftCaret(before, objective, element.selectionStart);
    const end = shiftCaret(before, objective, element.selectionEnd);
    element.setSelectionRange(start, end);
  }, [objective]);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="objective" className={labelStyles}>
        Workshop objective
      </label>
      <textarea
        id="objective"
        ref={field}
        value={objective}
        rows={3}
        maxLength={2000}
        disabled={!canEdit}
        onChange={(event) => {
          // Our own edit: the caret is already where the person put it.
          previous.current = event.target.value;
          editObjective(docs.board, { text: event.target.value });
        }}
        placeholder="By the end of this workshop we will have…"
        className={`${inputStyles} text-base`}
      />
    </div>
  );
}
