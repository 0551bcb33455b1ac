// npm run bench:export — renders a 500-note workshop's summary to every export format and prints
// the median and worst time of each (budget: PDF < 1 s, every other format < 200 ms).
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { roadmapToCsv, scenariosToCsv } from "@/lib/exports/csv";
import { summaryToDocx } from "@/lib/exports/docx";
import { loadExportFonts } from "@/lib/exports/fonts";
import { summaryToIcs } from "@/lib/exports/ics";
import { workshopToJson } from "@/lib/exports/json";
import { summaryToMarkdown } from "@/lib/exports/markdown";
import { summaryToPdf } from "@/lib/exports/pdf";
import { matrixPicture } from "@/lib/exports/pictures/matrix-picture";
import { pictureToSvg } from "@/lib/exports/pictures/svg";
import { timelinePicture } from "@/lib/exports/pictures/timeline-picture";
import { buildSummary } from "@/lib/summary/build-summary";
import { FIXTURE_ROSTER } from "@/lib/summary/fixture";
import { addKpi } from "@/lib/documents/kpis";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { editObjective } from "@/lib/documents/objective";
import { readBoard } from "@/lib/documents/read-board";
import { ETHICS_CONCERNS, LAUNCH_CHECKS } from "@/lib/documents/records";
import { addRisk } from "@/lib/documents/risks";
import { answerEthicsConcern, tickLaunchCheck } from "@/lib/documents/roadmap-review";
import { editSharedText } from "@/lib/documents/shared-text";
import { proposeRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";

const NOTES = 500;
const RUNS = 11;
// A running server has its renderers warmed up; the first calls also pay for JIT compilation.
const WARM_UP = 3;
const AT = new Date("2027-03-01T10:00:00.000Z");
const WORDS = "refill welcome café loyalty basket reminder price bundle naïve size colour".split(
  " ",
);

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Deterministic pseudo-random numbers, so every run measures the same board. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function buildBoard(): Y.Doc {
  const doc = new Y.Doc();
  const next = random(42);
  must(editObjective(doc, { text: "Pick the personalization ideas we build first, in order." }));
  must(addKpi(doc, { id: "k1", text: "Repeat purchase rate" }));
  for (let s = 0; s < 10; s += 1) {
    must(addSegment(doc, { id: `seg-${s}`, name: `Segment ${s + 1}`, lifecycleStage: "active" }));
  }
  for (let n = 0; n < NOTES; n += 1) {
    const text = Array.from({ length: 8 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(
      " ",
    );
    must(
      addScenario(doc, {
        id: `sc-${n}`,
        segmentId: `seg-${n % 10}`,
        text: `Idea ${n + 1}: ${text}`,
        authorId: "u-eng",
        now: AT,
      }),
    );
    must(placeOnMatrix(doc, { scenarioId: `sc-${n}`, value: next(), feasibility: next() }));
    if (n % 5 === 0) {
      must(
        addRisk(doc, {
          id: `r-${n}`,
          scenarioId: `sc-${n}`,
          authorId: "u-legal",
          category: "privacy",
          severity: n % 3 === 0 ? "high" : "medium",
          description: `Could feel intrusive for idea ${n + 1}`,
          mitigation: n % 2 === 0 ? "Ask first; explain why" : "",
          now: AT,
        }),
      );
    }
  }
  const items = must(proposeRoadmap(doc, { max: 20 }));
  items.forEach((item, index) => {
    must(
      updateRoadmapItem(doc, {
        itemId: item.id,
        ownerUserId: "u-eng",
        slot: `2027-Q${(index % 4) + 1}`,
        metric: { name: "Conversion", baseline: "2 %", target: "2.4 %" },
        abTest: { control: "10 %", durationDays: 28 },
        measurement: {
          kpiId: "k1",
          guardrail: "Unsubscribe rate",
          baselinePercent: 2 + (index % 5),
          effect: 10,
          effectKind: "relative",
          controlPercent: 10,
          dailyTraffic: 1500,
          attribution: "Lift against the 10 % holdout, not last click",
        },
      }),
    );
    // Every item fully reviewed and ticked: the longest method sections an export can get.
    for (const concern of ETHICS_CONCERNS) {
      must(
        answerEthicsConcern(doc, {
          itemId: item.id,
          concern,
          answer: "ok",
          userId: "u-legal",
          name: "Cy Counsel",
          now: AT,
        }),
      );
      must(
        editSharedText(doc, {
          target: {
            kind: "record",
            collection: "roadmap",
            recordId: item.id,
            field: `ethicsNotes.${concern}`,
          },
          text: `Checked with legal for idea ${index + 1}; nothing sensitive is used`,
        }),
      );
    }
    for (const check of LAUNCH_CHECKS) {
      must(
        tickLaunchCheck(doc, {
          itemId: item.id,
          check,
          ticked: true,
          userId: "u-eng",
          name: "Bo Engineer",
          now: AT,
        }),
      );
    }
  });
  return doc;
}

async function time(label: string, budgetMs: number, run: () => unknown): Promise<boolean> {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARM_UP; i += 1) await run();
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const usage = process.cpuUsage();
    await run();
    samples.push(performance.now() - started);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  const worst = samples.at(-1) ?? 0;
  // The process's CPU time (all its threads, GC included): on a machine shared with other
  // people's work the wall-clock median says more about their load than about the renderer.
  const cpuMedian = cpu[Math.floor(cpu.length / 2)] ?? 0;
  // Judged on the median: the machines are shared, so single runs see other people's load.
  const ok = median < budgetMs;
  console.log(
    `${label.padEnd(22)} median ${median.toFixed(1).padStart(7)} ms   worst ${worst.toFixed(1).padStart(7)} ms   cpu ${cpuMedian.toFixed(1).padStart(7)} ms   budget ${String(budgetMs).padStart(4)} ms   ${ok ? "ok" : "OVER"}`,
  );
  return ok;
}

async function main() {
  const doc = buildBoard();
  const board = readBoard(doc);
  const input = {
    workshop: { title: "Bench workshop — 500 notes", date: "2027-03-01", facilitator: "Ana" },
    roster: FIXTURE_ROSTER,
    board,
    anonymous: false,
  };
  const fonts = loadExportFonts();
  console.log(
    `${board.scenarios.length} notes, ${board.risks.length} risks, ${board.roadmap.length} roadmap items; ${RUNS} runs each after ${WARM_UP} warm-up runs, judged on the median. Times include building the summary.\n`,
  );
  const results = [
    await time("summary model", 200, () => buildSummary(input)),
    await time("pdf", 1000, () => summaryToPdf(buildSummary(input), { fonts })),
    await time("docx", 200, () => summaryToDocx(buildSummary(input))),
    await time("markdown", 200, () =>
      summaryToMarkdown(buildSummary(input), { matrixSvg: "m.svg", timelineSvg: "t.svg" }),
    ),
    await time("json", 200, () =>
      workshopToJson({
        workshop: { id: "w", title: "Bench", date: null, objectiveDraft: null },
        roster: [...FIXTURE_ROSTER],
        board,
        anonymous: false,
        exportedAt: AT,
      }),
    ),
    await time("csv scenarios", 200, () => scenariosToCsv(buildSummary(input))),
    await time("csv roadmap", 200, () => roadmapToCsv(buildSummary(input))),
    await time("ics", 200, () => summaryToIcs(buildSummary(input), { uid: "u", stamp: AT })),
    await time("svg matrix + timeline", 200, () => {
      const s = buildSummary(input);
      return pictureToSvg(matrixPicture(s)) + pictureToSvg(timelinePicture(s));
    }),
  ];
  if (results.some((ok) => !ok)) process.exitCode = 1;
}

void main();
