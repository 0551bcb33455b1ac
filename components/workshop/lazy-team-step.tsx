"use client";

import dynamic from "next/dynamic";

// The roster and invite links are their own chunk: the other seven steps never load them. Not
// rendered on the server: there every room opens on step 1 (the URL's step and the group's are
// known only in the browser), which would make every page load this chunk.
export const LazyTeamStep = dynamic(() => import("./team-step").then((m) => m.TeamStep), {
  ssr: false,
  loading: () => (
    <p role="status" className="text-sm text-slate-600">
      Loading this step…
    </p>
  ),
});
