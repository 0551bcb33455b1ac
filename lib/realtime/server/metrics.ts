const WINDOW = 512;

/** Rolling window of recent durations (ms) with a percentile read-out. */
export type LatencyWindow = { record(ms: number): void; percentile(p: number): number | null };

export function createLatencyWindow(size = WINDOW): LatencyWindow {
  const samples: number[] = [];
  let next = 0;
  return {
    record(ms) {
      if (samples.length < size) samples.push(ms);
      else samples[next] = ms;
      next = (next + 1) % size;
    },
    percentile(p) {
      if (samples.length === 0) return null;
      const sorted = [...samples].sort((a, b) => a - b);
      const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
      return sorted[Math.max(0, index)] ?? null;
    },
  };
}

export type Metrics = {
  connectionsOpened: number;
  upgradesRefused: Record<string, number>;
  closedByCode: Record<string, number>;
  updatesPersisted: number;
  writesDropped: number;
  /** Refused updates by reason ("locked", "not-yours", "invalid"…). */
  refusedByReason: Record<string, number>;
  awarenessEntriesDropped: number;
  /** Of those, states above the size cap. */
  awarenessOversizeDropped: number;
  compactions: number;
  persistenceErrors: number;
  /** Times the server stopped reading its sockets behind a full commit queue. */
  readPauses: number;
  /** Receipt of an update to the moment it is relayed (includes the group commit). */
  relayLatency: LatencyWindow;
  /** Duration of one group-commit statement. */
  commitLatency: LatencyWindow;
  /** Arrival of an update (queued for the group commit) to its row being committed. */
  commitLag: LatencyWindow;
};

export function createMetrics(): Metrics {
  return {
    connectionsOpened: 0,
    upgradesRefused: {},
    closedByCode: {},
    updatesPersisted: 0,
    writesDropped: 0,
    refusedByReason: {},
    awarenessEntriesDropped: 0,
    awarenessOversizeDropped: 0,
    compactions: 0,
    persistenceErrors: 0,
    readPauses: 0,
    relayLatency: createLatencyWindow(),
    commitLatency: createLatencyWindow(),
    commitLag: createLatencyWindow(),
  };
}

export function countBy(record: Record<string, number>, key: string | number): void {
  record[key] = (record[key] ?? 0) + 1;
}
