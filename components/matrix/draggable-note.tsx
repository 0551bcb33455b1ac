"use client";

import { useDraggable } from "@dnd-kit/core";
import type { CSSProperties, KeyboardEvent, ReactNode } from "react";
import type { DragData } from "./drag-data";

type DraggableNoteProps = {
  data: DragData;
  readOnly: boolean;
  elementId: string;
  label: string;
  describedBy: string;
  title?: string;
  testId?: string;
  /** Dimmed, e.g. because someone else holds the note. */
  faded?: boolean;
  className: string;
  style?: CSSProperties;
  /**
   * Keys handled before dnd-kit's keyboard sensor while the note is not being dragged; return
   * true when the key was used.
   */
  onIdleKey?: (event: KeyboardEvent<HTMLDivElement>) => boolean;
  children: ReactNode;
};

/**
 * The part of a note that talks to dnd-kit. dnd-kit re-renders every draggable when a drag
 * starts, ends or changes target; keeping that here, with the note's face passed in as an
 * unchanged `children` element, means 500 notes re-render one div each, not their contents.
 */
export function DraggableNote(props: DraggableNoteProps) {
  const { data, readOnly, faded = false, onIdleKey } = props;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `${data.from}:${data.scenarioId}`,
    data,
    disabled: readOnly,
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (!readOnly && !isDragging && onIdleKey?.(event)) return;
    listeners?.onKeyDown?.(event);
  }

  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      id={props.elementId}
      onKeyDown={onKeyDown}
      aria-roledescription="movable idea"
      aria-describedby={props.describedBy}
      aria-label={props.label}
      title={props.title}
      data-testid={props.testId}
      data-scenario-id={data.scenarioId}
      className={[
        "touch-none select-none",
        readOnly ? "cursor-default" : "cursor-grab",
        isDragging || faded ? "opacity-50" : "",
        props.className,
      ].join(" ")}
      style={props.style}
    >
      {props.children}
    </div>
  );
}
