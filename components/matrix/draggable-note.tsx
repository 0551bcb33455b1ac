"use client";

import {
  useContext,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from "react";
import type { DragData } from "./drag-data";
import { NoteCarrierContext, useIsCarried } from "./carried-note";

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
 * The part of a note that can be picked up. It does not subscribe to dnd-kit: a press hands the
 * event to the step's one draggable (note-carrier.ts), so starting or ending a drag re-renders
 * the note in hand and nothing else.
 */
export function DraggableNote(props: DraggableNoteProps) {
  const { data, readOnly, faded = false, onIdleKey } = props;
  const carrier = useContext(NoteCarrierContext);
  const inHand = useIsCarried(carrier, data);

  function pickUp(event: SyntheticEvent<HTMLDivElement>): void {
    if (!readOnly) carrier?.pickUp(event, data);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (!readOnly && !carrier?.isCarried(data) && onIdleKey?.(event)) return;
    pickUp(event);
  }

  return (
    <div
      id={props.elementId}
      role="button"
      tabIndex={0}
      aria-disabled={readOnly}
      aria-pressed={inHand ? true : undefined}
      aria-roledescription="movable idea"
      aria-describedby={props.describedBy}
      aria-label={props.label}
      title={props.title}
      data-testid={props.testId}
      data-scenario-id={data.scenarioId}
      onMouseDown={pickUp}
      onTouchStart={pickUp}
      onKeyDown={onKeyDown}
      className={[
        "touch-none select-none",
        readOnly ? "cursor-default" : "cursor-grab",
        inHand || faded ? "opacity-50" : "",
        props.className,
      ].join(" ")}
      style={props.style}
    >
      {props.children}
    </div>
  );
}
