"use client";

import { useId, useMemo } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopMembers } from "@/components/workshop/use-workshop-members";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { noteLabel } from "@/lib/documents/note-label";
import { computeSpreads, type ScenarioSpread } from "@/lib/documents/blind-placement";
import { placeOnMatrix } from "@/lib/documents/matrix";
import type { MatrixPosition } from "@/lib/documents/records";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useControl } from "@/lib/documents/use-control";
import { useRevealedPlacements } from "@/lib/documents/use-votes";
import { FUNCTION_LABELS, TeamFunctionSchema } from "@/lib/workshops/roles";
import { usePrivatePlacements, type PrivatePlacements } from "./use-private-placements";

// The blind round's private matrix and its reveal: loaded only while a round runs (see
// blind-placement-round.tsx), so the matrix step ships without them.
const selectScenarios = (snapshot: BoardSnapshot) => snapshot.scenarios;

// One colour and one letter per function: the letter keeps the chart readable without colour.
const FUNCTION_MARKS: Record<string, { colour: string; letter: string }> = {
  product: { colour: "#4f46e5", letter: "P" },
  design: { colour: "#a21caf", letter: "D" },
  engineering: { colour: "#0369a1", letter: "E" },
  "data-science": { colour: "#0f766e", letter: "S" },
  marketing: { colour: "#c2410c", letter: "M" },
  "legal-compliance": { colour: "#be123c", letter: "L" },
  "customer-support": { colour: "#15803d", letter: "C" },
  other: { colour: "#475569", letter: "O" },
};

function functionLabel(fn: string): string {
  const parsed = TeamFunctionSchema.safeParse(fn);
  return parsed.success ? FUNCTION_LABELS[parsed.data] : "Other";
}

function markOf(fn: string): { colour: string; letter: string } {
  return FUNCTION_MARKS[fn] ?? { colour: "#475569", letter: "O" };
}

function percent(fraction: number): number {
  return Math.round(fraction * 100);
}

function describe(position: MatrixPosition): string {
  return `value ${percent(position.value)}%, feasibility ${percent(position.feasibility)}%`;
}

function spreadWord(spread: number): string {
  if (spread >= 0.5) return "wide";
  if (spread >= 0.2) return "some";
  return "narrow";
}

function shortLabel(text: string): string {
  return noteLabel(text, { fallback: "empty scenario", length: "long" });
}
/** Everyone's own matrix while the round runs (their placements stay private). */
export function PrivateMatrix({ roundId }: { roundId: string }) {
  const { docs, role, self } = useWorkshopRoom();
  const scenarios = useBoardSelector(docs.board, selectScenarios);
  const [mine, place] = usePrivatePlacements(roundId, self.userId);
  const placedCount = Object.keys(mine).length;

  if (role === "observer") {
    return <p className="text-slate-700">The team is placing ideas privately.</p>;
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-slate-700">
        Place each idea where you think it belongs. Only you can see this until the facilitator
        reveals everyone&apos;s placements. You have placed {placedCount} of {scenarios.length}.
      </p>
      <div className="grid gap-3 lg:grid-cols-[16rem_1fr]">
        <MiniMatrix placements={mine} order={scenarios.map((s) => s.id)} />
        <ol className="flex flex-col gap-2" aria-label="Your private placements">
          {scenarios.map((scenario, index) => (
            <PrivateSlider
              key={scenario.id}
              number={index + 1}
              label={shortLabel(scenario.text)}
              position={mine[scenario.id] ?? null}
              onPlace={(position) => place(scenario.id, position)}
            />
          ))}
        </ol>
      </div>
    </div>
  );
}

type PrivateSliderProps = {
  number: number;
  label: string;
  position: MatrixPosition | null;
  onPlace: (position: MatrixPosition) => void;
};

function PrivateSlider({ number, label, position, onPlace }: PrivateSliderProps) {
  const id = useId();
  const current = position ?? { value: 0.5, feasibility: 0.5 };
  return (
    <li
      className="flex flex-col gap-1 rounded border border-slate-200 p-2"
      data-testid="blind-idea"
    >
      <span className="font-medium">
        {number}. {label}
      </span>
      <span className="text-xs text-slate-600">
        {position ? `Placed: ${describe(position)}` : "Not placed yet"}
      </span>
      <div className="flex flex-wrap gap-4">
        <label htmlFor={`${id}-value`} className="flex items-center gap-2">
          Business value for {label}
          <input
            id={`${id}-value`}
            type="range"
            min={0}
            max={100}
            value={percent(current.value)}
            onChange={(event) => onPlace({ ...current, value: Number(event.target.value) / 100 })}
          />
        </label>
        <label htmlFor={`${id}-feasibility`} className="flex items-center gap-2">
          Feasibility for {label}
          <input
            id={`${id}-feasibility`}
            type="range"
            min={0}
            max={100}
            value={percent(current.feasibility)}
            onChange={(event) =>
              onPlace({ ...current, feasibility: Number(event.target.value) / 100 })
            }
          />
        </label>
      </div>
    </li>
  );
}

/** A small picture of the private matrix; the sliders carry the same information in words. */
function MiniMatrix({
  placements,
  order,
}: {
  placements: PrivatePlacements;
  order: readonly string[];
}) {
  return (
    <svg
      viewBox="0 0 100 100"
      className="aspect-square w-full rounded border border-slate-300"
      aria-hidden
    >
      <line x1="50" y1="0" x2="50" y2="100" stroke="#cbd5e1" />
      <line x1="0" y1="50" x2="100" y2="50" stroke="#cbd5e1" />
      {order.map((id, index) => {
        const position = placements[id];
        if (!position) return null;
        const x = 5 + position.feasibility * 90;
        const y = 95 - position.value * 90;
        return (
          <g key={id}>
            <circle cx={x} cy={y} r="4.5" fill="#1e293b" />
            <text x={x} y={y + 2} fontSize="5" textAnchor="middle" fill="#fff">
              {index + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The revealed placements, widest spreads first. */
export function Reveal({ roundId }: { roundId: string }) {
  const { docs } = useWorkshopRoom();
  const placements = useRevealedPlacements(docs.board, roundId);
  const scenarios = useBoardSelector(docs.board, selectScenarios);
  const spreads = useMemo(() => computeSpreads(placements), [placements]);
  const people = new Set(placements.map((p) => p.userId)).size;
  const functions = [...new Set(placements.map((p) => p.function))].sort();

  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="text-slate-700">
        {people} {people === 1 ? "person" : "people"} placed ideas. Widest disagreements first.
      </p>
      {functions.length > 0 ? (
        <ul aria-label="Functions" className="flex flex-wrap gap-3 text-xs">
          {functions.map((fn) => (
            <li key={fn} className="flex items-center gap-1">
              <FunctionMark fn={fn} />
              {functionLabel(fn)}
            </li>
          ))}
        </ul>
      ) : null}
      <ol className="flex flex-col gap-3" aria-label="Spread per idea, widest first">
        {spreads.map((spread) => (
          <SpreadItem
            key={spread.scenarioId}
            spread={spread}
            text={scenarios.find((s) => s.id === spread.scenarioId)?.text ?? ""}
          />
        ))}
      </ol>
    </div>
  );
}

function FunctionMark({ fn }: { fn: string }) {
  const mark = markOf(fn);
  return (
    <span
      aria-hidden
      className="inline-flex size-5 items-center justify-center rounded-full text-[10px] font-bold text-white"
      style={{ backgroundColor: mark.colour }}
    >
      {mark.letter}
    </span>
  );
}

function SpreadItem({ spread, text }: { spread: ScenarioSpread; text: string }) {
  const { docs, role } = useWorkshopRoom();
  const { anonymous, locked } = useControl(docs.control);
  // The roster plus people who joined after this page loaded (from server-stamped presence).
  const members = useWorkshopMembers();
  const names = new Map(members.map((member) => [member.userId, member.name]));
  const label = shortLabel(text);
  const spreadText = `Spread ${percent(spread.spread)}% (${spreadWord(spread.spread)})`;

  return (
    <li
      className="flex flex-col gap-2 rounded border border-slate-200 p-2"
      data-testid="spread-item"
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <h4 className="font-medium">{text.trim() || "Empty scenario"}</h4>
        <span className="text-xs font-semibold text-slate-700" data-testid="spread">
          {spreadText}
        </span>
      </div>
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <svg
          viewBox="0 0 100 100"
          className="aspect-square w-32 rounded border border-slate-300"
          role="img"
          aria-label={`${label}: ${spread.placements.length} placements, ${spreadText}`}
        >
          <line x1="50" y1="0" x2="50" y2="100" stroke="#cbd5e1" />
          <line x1="0" y1="50" x2="100" y2="50" stroke="#cbd5e1" />
          {spread.placements.map((p) => {
            const mark = markOf(p.function);
            const x = 8 + p.feasibility * 84;
            const y = 92 - p.value * 84;
            return (
              <g key={p.userId}>
                <circle cx={x} cy={y} r="7" fill={mark.colour} />
                <text x={x} y={y + 3} fontSize="9" textAnchor="middle" fill="#fff">
                  {mark.letter}
                </text>
              </g>
            );
          })}
        </svg>
        <ul className="flex flex-col gap-1 text-xs" aria-label={`Placements of ${label}`}>
          {spread.placements.map((p) => (
            <li key={p.userId} className="flex items-center gap-1" data-testid="revealed-placement">
              <FunctionMark fn={p.function} />
              <span>
                {functionLabel(p.function)}
                {anonymous ? "" : ` · ${names.get(p.userId) ?? "Someone"}`}: {describe(p)}
              </span>
            </li>
          ))}
          <li className="text-slate-600">Average: {describe(spread.mean)}</li>
        </ul>
      </div>
      {role === "facilitator" ? (
        <button
          type="button"
          disabled={locked}
          className={`${buttonStyles.secondary} self-start`}
          onClick={() =>
            placeOnMatrix(docs.board, { scenarioId: spread.scenarioId, ...spread.mean })
          }
        >
          Place {label} at the average
        </button>
      ) : null}
    </li>
  );
}
