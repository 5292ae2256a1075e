// Small pure helpers shared by the bench scripts (unit-tested in tests/unit/bench-stats.test.ts).

export interface Summary {
  count: number;
  min: number;
  median: number;
  p90: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile (p in 0-100) of an unsorted sample; NaN for an empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

/** Median as the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return {
    count: values.length,
    min: values.length ? Math.min(...values) : NaN,
    median: median(values),
    p90: percentile(values, 90),
    max: values.length ? Math.max(...values) : NaN,
    mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN,
  };
}

/** wrk's duration strings ("812.00us", "3.21ms", "1.02s", "2.00m") in milliseconds. */
export function wrkDurationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) return NaN;
  const value = Number(match[1]);
  const unit = match[2];
  return unit === "us" ? value / 1000 : unit === "ms" ? value : unit === "s" ? value * 1000 : value * 60_000;
}

export interface WrkResult {
  requests: number;
  requestsPerSec: number;
  latencyAvgMs: number;
  p50Ms: number;
  p75Ms: number;
  p90Ms: number;
  p99Ms: number;
  non2xx3xx: number;
  socketErrors: { connect: number; read: number; write: number; timeout: number };
  transferPerSec: string;
}

/** Parses the text wrk prints with --latency. Missing lines count as zero (wrk omits them then). */
export function parseWrk(output: string): WrkResult {
  const grab = (re: RegExp) => re.exec(output)?.[1];
  const latency = (pct: string) => wrkDurationMs(grab(new RegExp(`^\\s*${pct}%\\s+(\\S+)`, "m")) ?? "");
  const sockets = /Socket errors:\s*connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const requests = Number(grab(/(\d+) requests in /) ?? NaN);
  return {
    requests,
    requestsPerSec: Number(grab(/Requests\/sec:\s*([\d.]+)/) ?? NaN),
    latencyAvgMs: wrkDurationMs(grab(/^\s*Latency\s+(\S+)/m) ?? ""),
    p50Ms: latency("50"),
    p75Ms: latency("75"),
    p90Ms: latency("90"),
    p99Ms: latency("99"),
    non2xx3xx: Number(grab(/Non-2xx or 3xx responses:\s*(\d+)/) ?? 0),
    socketErrors: {
      connect: Number(sockets?.[1] ?? 0),
      read: Number(sockets?.[2] ?? 0),
      write: Number(sockets?.[3] ?? 0),
      timeout: Number(sockets?.[4] ?? 0),
    },
    transferPerSec: grab(/Transfer\/sec:\s*(\S+)/) ?? "",
  };
}
