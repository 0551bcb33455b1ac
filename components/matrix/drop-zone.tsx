"use client";

import { useDroppable } from "@dnd-kit/core";
import { useCallback, type HTMLAttributes, type ReactNode } from "react";

type DropZoneProps = Omit<HTMLAttributes<HTMLDivElement>, "children"> & {
  dropId: string;
  disabled: boolean;
  /** Shape of the ring shown while a note is over the zone (position, border or ring). */
  highlightClassName: string;
  onElement?: (element: HTMLDivElement | null) => void;
  children: ReactNode;
};

/**
 * A drop target. It is the only part of the matrix or the tray that follows dnd-kit's context,
 * which changes when a drag starts, ends or changes target; what it holds arrives as unchanged
 * `children` and does not re-render.
 */
export function DropZone(props: DropZoneProps) {
  const { dropId, disabled, highlightClassName, onElement, className, children, ...rest } = props;
  const { setNodeRef, isOver } = useDroppable({ id: dropId, disabled });
  const setRefs = useCallback(
    (element: HTMLDivElement | null) => {
      setNodeRef(element);
      onElement?.(element);
    },
    [setNodeRef, onElement],
  );
  return (
    <div ref={setRefs} {...rest} className={`relative ${className ?? ""}`}>
      {children}
      {/* Its own compositor layer: showing it changes opacity only, where recolouring the
          zone's border would repaint every note inside. */}
      <div
        aria-hidden="true"
        className={`pointer-events-none absolute z-50 will-change-[opacity] ${highlightClassName} ${
          isOver ? "opacity-100" : "opacity-0"
        }`}
      />
    </div>
  );
}
