"use client";

import type * as Y from "yjs";
import type { CollectionName } from "@/lib/documents/layout";
import { useIsExample } from "@/lib/documents/use-example-mark";

type ExampleMarkerProps = { doc: Y.Doc; collection: CollectionName; recordId: string };

/**
 * "Example" on a record a template wrote, until someone edits it: a word, not only a colour, so
 * it reads the same to everyone. Renders nothing once the group has made the record its own.
 */
export function ExampleMarker({ doc, collection, recordId }: ExampleMarkerProps) {
  const example = useIsExample(doc, collection, recordId);
  if (!example) return null;
  return (
    <span
      data-testid="example-marker"
      title="Written by the template. Keep it, edit it to make it yours, or delete it."
      className="shrink-0 rounded border border-violet-300 bg-violet-50 px-1.5 py-0.5 text-xs font-semibold text-violet-900"
    >
      Example
    </span>
  );
}
