// Maps a raw match score (0-1) onto the 0-100 match index with a frozen, monotone piecewise-linear
// curve fitted on a reference population (methodology §4.2). Never rescaled per user.
import type { ItemScoreShare } from "./influence";
import type { Model } from "./models";
import type { PersonNorms } from "./person";
import type { OccupationNorms } from "./profiles";
import type { SimulationSettings } from "./simulate";

/** [raw score, match index] pairs, raw strictly increasing. */
export type CalibrationKnots = readonly (readonly [number, number])[];

/** The frozen output of scripts/calibrate.ts (lib/assessment/calibration-data.ts). */
export interface CalibrationData {
  version: string;
  /** scoringFingerprint() when frozen: changes to items, weights or crosswalks invalidate the file. */
  fingerprint: string;
  seed: number;
  /** Simulated respondents kept (withheld answer sets are left out, methodology §2.4). */
  respondents: number;
  occupations: number;
  generated: string;
  /** How the reference respondents were simulated (simulate.ts), published with the result. */
  simulation: SimulationSettings;
  /** Fitted raw weights: S = Σ rawWeights·similarity (influence.ts). */
  rawWeights: Record<Model, number>;
  /** Measured influence of each model at rawWeights; the design weights are the target. */
  influence: Record<Model, number>;
  weightFit: { iterations: number; maxError: number };
  /**
   * Mean and SD of each 0-1 dimension score over the reference respondents: the Big Five person norms
   * (z-scores) and the SD behind each dimension's SEM. Simulated, not measured on people.
   */
  personNorms: PersonNorms;
  /** Share of a career's score variance one item explains (uniform random answers × occupations). */
  itemScoreShares: { respondents: number; seed: number; items: ItemScoreShare[] };
  /** Raw-score quantiles of the reference person × occupation pairs. */
  quantiles: { p50: number; p90: number; p99: number };
  knots: CalibrationKnots;
  /** Median similarity of each model over the reference pairs: "above this" means the model helped. */
  similarityMedians: Record<Model, number>;
  /** Per-dimension occupation means and SDs used to standardise career profiles for matching. */
  occupationNorms: OccupationNorms;
}

export const INDEX_CAP = 97;
export const INDEX_FLOOR = 0;

/**
 * Where reference quantiles land on the index: the median pair shows as 50, the 90th percentile as 80,
 * the 99th as 92 (methodology §4.2). Below the median the index follows the percentile, so 30 means
 * "lower than 70 % of person-career pairs".
 */
export const QUANTILE_TARGETS: readonly (readonly [number, number])[] = [
  [0.01, 1],
  [0.1, 10],
  [0.25, 25],
  [0.5, 50],
  [0.75, 67],
  [0.9, 80],
  [0.95, 86],
  [0.99, 92],
  [0.999, 96],
];

export type Band = "strong" | "good" | "possible" | "weak";

/** Lowest index of each band (methodology §4.2); anything below `possible` is `weak`. */
export const BAND_THRESHOLDS = { strong: 75, good: 60, possible: 45 } as const;

export function bandOf(index: number): Band {
  if (index >= BAND_THRESHOLDS.strong) return "strong";
  if (index >= BAND_THRESHOLDS.good) return "good";
  if (index >= BAND_THRESHOLDS.possible) return "possible";
  return "weak";
}

function quantileOfSorted(sorted: readonly number[], q: number): number {
  const position = q * (sorted.length - 1);
  const lower = Math.floor(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[Math.ceil(position)] ?? low;
  return low + (high - low) * (position - lower);
}

/** Knots from a sample of raw scores; ties in the sample are nudged apart so the map stays monotone. */
export function fitKnots(rawScores: readonly number[]): CalibrationKnots {
  const sorted = Float64Array.from(rawScores).sort();
  const values = Array.from(sorted);
  const knots: [number, number][] = [];
  for (const [q, index] of QUANTILE_TARGETS) {
    let raw = quantileOfSorted(values, q);
    const previous = knots[knots.length - 1];
    if (previous && raw <= previous[0]) raw = previous[0] + 1e-6;
    knots.push([raw, index]);
  }
  return knots;
}

export function rawQuantiles(rawScores: readonly number[]): { p50: number; p90: number; p99: number } {
  const values = Array.from(Float64Array.from(rawScores).sort());
  return {
    p50: quantileOfSorted(values, 0.5),
    p90: quantileOfSorted(values, 0.9),
    p99: quantileOfSorted(values, 0.99),
  };
}

/** Unrounded index: linear between knots, extended along the end segments, then floored and capped. */
export function indexFromRawUnrounded(raw: number, knots: CalibrationKnots): number {
  const first = knots[0];
  const last = knots[knots.length - 1];
  if (!first || !last) return INDEX_FLOOR;
  let segment: readonly [readonly [number, number], readonly [number, number]] | undefined;
  for (let i = 1; i < knots.length; i++) {
    const a = knots[i - 1];
    const b = knots[i];
    if (!a || !b) continue;
    segment = [a, b];
    if (raw <= b[0]) break;
  }
  if (raw < first[0] && knots[1]) segment = [first, knots[1]];
  if (!segment) return INDEX_FLOOR;
  const [[x0, y0], [x1, y1]] = segment;
  const value = x1 > x0 ? y0 + ((raw - x0) * (y1 - y0)) / (x1 - x0) : y1;
  return Math.min(INDEX_CAP, Math.max(INDEX_FLOOR, value));
}

/** The displayed match index: an integer 0-97. */
export function indexFromRaw(raw: number, knots: CalibrationKnots): number {
  return Math.round(indexFromRawUnrounded(raw, knots));
}
