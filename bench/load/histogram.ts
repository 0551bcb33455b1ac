// Latency histogram: 10 µs buckets up to 1 s, then 1 ms buckets up to 60 s (anything above lands
// in the last bucket; the exact maximum is kept separately).

const FINE_BUCKETS = 100_000;
const COARSE_BUCKETS = 59_000;

export type Histogram = { counts: Uint32Array; max: number; total: number };

export function createHistogram(): Histogram {
  return { counts: new Uint32Array(FINE_BUCKETS + COARSE_BUCKETS), max: 0, total: 0 };
}

function bucketOf(ms: number): number {
  if (ms < 1000) return Math.max(0, Math.floor(ms * 100));
  return FINE_BUCKETS + Math.min(COARSE_BUCKETS - 1, Math.floor(ms - 1000));
}

function valueOf(bucket: number): number {
  if (bucket < FINE_BUCKETS) return (bucket + 0.5) / 100;
  return 1000 + (bucket - FINE_BUCKETS) + 0.5;
}

export function record(histogram: Histogram, ms: number): void {
  const bucket = bucketOf(ms);
  histogram.counts[bucket] = (histogram.counts[bucket] ?? 0) + 1;
  histogram.total += 1;
  if (ms > histogram.max) histogram.max = ms;
}

export function toSparse(histogram: Histogram): [number, number][] {
  const pairs: [number, number][] = [];
  histogram.counts.forEach((count, bucket) => {
    if (count > 0) pairs.push([bucket, count]);
  });
  return pairs;
}

export function addSparse(histogram: Histogram, pairs: [number, number][], max: number): void {
  for (const [bucket, count] of pairs) {
    histogram.counts[bucket] = (histogram.counts[bucket] ?? 0) + count;
    histogram.total += count;
  }
  histogram.max = Math.max(histogram.max, max);
}

/** The value below which `p` percent of the samples fall (bucket midpoint), or null when empty. */
export function percentile(histogram: Histogram, p: number): number | null {
  if (histogram.total === 0) return null;
  const rank = Math.ceil((p / 100) * histogram.total);
  let seen = 0;
  for (let bucket = 0; bucket < histogram.counts.length; bucket++) {
    seen += histogram.counts[bucket] ?? 0;
    if (seen >= rank) return Math.min(valueOf(bucket), histogram.max);
  }
  return histogram.max;
}
