/** How a server child tells the parent where it listens: one JSON line on stdout. */
export function announcePort(port: number): void {
  process.stdout.write(`${JSON.stringify({ benchPort: port })}\n`);
}

export function requestedPort(): number {
  return Number.parseInt(process.env.BENCH_PORT ?? "0", 10) || 0;
}
