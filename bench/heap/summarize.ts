// Prints a sampled heap profile (.heapprofile, from sample-promoted.ts or DevTools) as the
// allocation sites with the most bytes: by the function that allocated, and including callees.
// npx tsx bench/heap/summarize.ts <file> [rows]
import { readFileSync } from "node:fs";

type ProfileNode = {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
};

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: npx tsx bench/heap/summarize.ts <file.heapprofile> [rows]");
  process.exit(2);
}
const rows = Number(rowsArg ?? 25);
const { head } = JSON.parse(readFileSync(file, "utf8")) as { head: ProfileNode };
const self = new Map<string, number>();
const inclusive = new Map<string, number>();

function siteOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.split("/").slice(-2).join("/")}:${lineNumber + 1}` : "(native)";
  return `${functionName || "(anonymous)"} ${where}`;
}

/** Bytes under `node`; a site counts once per path even when it recurses. */
function walk(node: ProfileNode, onPath: Set<string>): number {
  const site = siteOf(node);
  self.set(site, (self.get(site) ?? 0) + node.selfSize);
  const entered = !onPath.has(site);
  if (entered) onPath.add(site);
  let bytes = node.selfSize;
  for (const child of node.children) bytes += walk(child, onPath);
  if (entered) {
    onPath.delete(site);
    inclusive.set(site, (inclusive.get(site) ?? 0) + bytes);
  }
  return bytes;
}

const total = walk(head, new Set());
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1).padStart(7);
const top = (sites: Map<string, number>) =>
  [...sites]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([site, bytes]) => `${mb(bytes)} MB  ${site}`)
    .join("\n");
console.log(`${mb(total)} MB sampled\n\nby allocating function:\n${top(self)}`);
console.log(`\nincluding callees:\n${top(inclusive)}`);
