"use client";

import dynamic from "next/dynamic";

// The roster and invite links are their own chunk: the other seven steps never load them.
export const LazyTeamStep = dynamic(() => import("./team-step").then((m) => m.TeamStep), {
  loading: () => (
    <p role="status" className="text-sm text-slate-600">
      Loading this step…
    </p>
  ),
});
