// Preloaded into a bench server, samples the allocations that outlive the young generation: what
// V8 promotes and a major collection frees later, plus what is still live. Allocation sites of a
// heap that grows between major collections (RSS under a backlog), not of short-lived garbage.
//   BENCH_SERVER_NODE_ARGS="--import tsx --import ./bench/heap/sample-promoted.ts" \
//   PROMOTED_HEAP_OUT=/tmp/ours.heapprofile npm run bench -- --servers ours --rooms 500 --no-replay
//   npx tsx bench/heap/summarize.ts /tmp/ours.heapprofile
// PROMOTED_HEAP_AT (s after start, 25) and PROMOTED_HEAP_FOR (s, 12) place the window.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";

const out = process.env.PROMOTED_HEAP_OUT ?? `/tmp/promoted-${process.pid}.heapprofile`;
const startAfterMs = Number(process.env.PROMOTED_HEAP_AT ?? 25) * 1000;
const sampleForMs = Number(process.env.PROMOTED_HEAP_FOR ?? 12) * 1000;
const session = new Session();
session.connect();

async function sample(): Promise<void> {
  await session.post("HeapProfiler.enable");
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 16_384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: false,
  });
  await new Promise((resolve) => setTimeout(resolve, sampleForMs).unref());
  const { profile } = await session.post("HeapProfiler.stopSampling");
  writeFileSync(out, JSON.stringify(profile));
  console.error(`[bench] promoted-allocation profile written to ${out}`);
}

setTimeout(() => {
  sample().catch((error: unknown) => console.error("[bench] heap sampling failed", error));
}, startAfterMs).unref();
