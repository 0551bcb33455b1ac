"use client";

import Link from "next/link";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useFromLastTime } from "@/lib/follow-up/use-follow-up-progress";

function count(size: number, one: string, many: string): string | null {
  return size === 0 ? null : `${size} ${size === 1 ? one : many}`;
}

/** Says that this run started from the previous one, what came over, and links the comparison. */
export function FromLastTimeNote() {
  const { docs, workshopId } = useWorkshopRoom();
  const carried = useFromLastTime(docs.board);
  if (!carried.previous) return null;
  const kinds = [...carried.records].map((key) => key.slice(0, key.indexOf("/")));
  const of = (kind: string) => kinds.filter((k) => k === kind).length;
  const parts = [
    count(of("segments"), "segment", "segments"),
    count(of("dataSources"), "data source", "data sources"),
    count(of("roadmap"), "roadmap item", "roadmap items"),
    count(of("risks"), "risk", "risks"),
  ].filter((part): part is string => part !== null);
  return (
    <p role="note" className="text-sm text-slate-700" data-testid="from-last-time">
      <span className="mr-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
        From last time
      </span>
      Started from{" "}
      <Link href={`/workshops/${carried.previous.workshopId}`} className="text-brand-700 underline">
        {carried.previous.title}
      </Link>
      {parts.length > 0 ? `: ${parts.join(", ")}` : ""}.{" "}
      <Link
        href={`/workshops/${workshopId}/follow-up/compare`}
        className="text-brand-700 underline"
      >
        Compare the two runs
      </Link>
    </p>
  );
}
