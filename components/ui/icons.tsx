import type { SVGProps } from "react";

// Lucide's drawings (ISC licence), as plain SVG. lucide-react's runtime adds 7.5 kB gzipped to
// every route that shows one icon, which put the workshop route over its 250 kB budget; these
// cost a few hundred bytes. Icons always sit next to words, so they are hidden from readers.

type IconProps = Omit<SVGProps<SVGSVGElement>, "children">;

function icon(shapes: readonly string[], rect?: boolean) {
  return function Icon(props: IconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 24 24"
        width="24"
        height="24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        {...props}
      >
        {rect ? <rect width="18" height="11" x="3" y="11" rx="2" ry="2" /> : null}
        {shapes.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  };
}

export const Lock = icon(["M7 11V7a5 5 0 0 1 10 0v4"], true);
export const LockOpen = icon(["M7 11V7a5 5 0 0 1 9.9-1"], true);
export const EyeOff = icon([
  "M10.733 5.076a10.744 10.744 0 0 1 11.205 6.575 1 1 0 0 1 0 .696 10.747 10.747 0 0 1-1.444 2.49",
  "M14.084 14.158a3 3 0 0 1-4.242-4.242",
  "M17.479 17.499a10.75 10.75 0 0 1-15.417-5.151 1 1 0 0 1 0-.696 10.75 10.75 0 0 1 4.446-5.143",
  "m2 2 20 20",
]);
export const Undo2 = icon([
  "M9 14 4 9l5-5",
  "M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11",
]);
export const Redo2 = icon([
  "m15 14 5-5-5-5",
  "M20 9H9.5A5.5 5.5 0 0 0 4 14.5A5.5 5.5 0 0 0 9.5 20H13",
]);
export const Bell = icon([
  "M10.268 21a2 2 0 0 0 3.464 0",
  "M3.262 15.326A1 1 0 0 0 4 17h16a1 1 0 0 0 .74-1.673C19.41 13.956 18 12.499 18 8A6 6 0 0 0 6 8c0 4.499-1.411 5.956-2.738 7.326",
]);
export const BellOff = icon([
  "M10.268 21a2 2 0 0 0 3.464 0",
  "M17 17H4a1 1 0 0 1-.74-1.673C4.59 13.956 6 12.499 6 8a6 6 0 0 1 .258-1.742",
  "m2 2 20 20",
  "M8.668 3.01A6 6 0 0 1 18 8c0 2.687.77 4.653 1.707 6.05",
]);
export const Hand = icon([
  "M18 11V6a2 2 0 0 0-2-2a2 2 0 0 0-2 2",
  "M14 10V4a2 2 0 0 0-2-2a2 2 0 0 0-2 2v2",
  "M10 10.5V6a2 2 0 0 0-2-2a2 2 0 0 0-2 2v8",
  "M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.86-5.99-2.34l-3.6-3.6a2 2 0 0 1 2.83-2.82L7 15",
]);
export const TriangleAlert = icon([
  "m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3",
  "M12 9v4",
  "M12 17h.01",
]);
export const X = icon(["M18 6 6 18", "m6 6 12 12"]);
export const MousePointer2 = icon([
  "M4.037 4.688a.495.495 0 0 1 .651-.651l16 6.5a.5.5 0 0 1-.063.947l-6.124 1.58a2 2 0 0 0-1.438 1.435l-1.579 6.126a.5.5 0 0 1-.947.063z",
]);
// Lucide's zoom-in / zoom-out; the lens's circle drawn as two arcs.
const LENS = ["M3 11a8 8 0 1 0 16 0a8 8 0 1 0-16 0", "m21 21-4.3-4.3", "M8 11h6"];
export const ZoomIn = icon([...LENS, "M11 8v6"]);
export const ZoomOut = icon(LENS);
