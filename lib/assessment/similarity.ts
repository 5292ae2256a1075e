// Per-model similarity between a person and a career (methodology §4.1), each in 0-1, with the
// per-dimension detail. This is the readable reference implementation: catalog.ts computes the same
// numbers from precomputed typed arrays for speed, and a unit test keeps the two in agreement.
import { DIMENSIONS, dimensionsOf, type Model } from "./models";
import type { ModelVector } from "./profiles";

export interface CorrelationDetail {
  /** Pearson r of the two profiles (0 when either profile is flat). */
  r: number;
  /** c_j = (u_j − ū)(o_j − ō) / (n·s_u·s_o); they sum to r (methodology §4.3). */
  contributions: Record<string, number>;
  personDeviation: Record<string, number>;
  careerDeviation: Record<string, number>;
}

export interface BigFiveDetail {
  personZ: Record<string, number>;
  careerZ: Record<string, number>;
  /** a_j·(z_u − z_o)² / Σa: each trait's share of D². */
  terms: Record<string, number>;
}

export interface VakDetail {
  personShares: Record<string, number>;
  careerShares: Record<string, number>;
}

export interface Similarities {
  holland: { value: number; detail: CorrelationDetail };
  chaside: { value: number; detail: CorrelationDetail };
  mmmg: { value: number; detail: CorrelationDetail };
  bigFive: { value: number; detail: BigFiveDetail };
  vak: { value: number; detail: VakDetail };
}

/** RIASEC similarity = 0.8·shape + 0.2·level (methodology §4.1). */
export const HOLLAND_SHAPE_WEIGHT = 0.8;

/**
 * Person norms for the Big Five z-scores: mean and SD of each trait score over the simulated reference
 * respondents (CalibrationData.personNorms.bigFive), stated as such until pilot data exist.
 */
export type TraitNorms = Record<string, { mean: number; sd: number }>;

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

function valuesOf(vector: ModelVector, dimensions: readonly string[]): number[] {
  return dimensions.map((d) => vector[d] ?? 0);
}

/** Pearson correlation split into per-dimension contributions that add up to r. */
export function correlationDetail(
  person: ModelVector,
  career: ModelVector,
  dimensions: readonly string[],
): CorrelationDetail {
  const u = valuesOf(person, dimensions);
  const o = valuesOf(career, dimensions);
  const n = dimensions.length;
  const meanU = u.reduce((a, b) => a + b, 0) / n;
  const meanO = o.reduce((a, b) => a + b, 0) / n;
  const sdU = Math.sqrt(u.reduce((a, b) => a + (b - meanU) ** 2, 0) / n);
  const sdO = Math.sqrt(o.reduce((a, b) => a + (b - meanO) ** 2, 0) / n);
  const flat = sdU < 1e-9 || sdO < 1e-9;
  const contributions: Record<string, number> = {};
  const personDeviation: Record<string, number> = {};
  const careerDeviation: Record<string, number> = {};
  let r = 0;
  dimensions.forEach((dimension, j) => {
    const du = (u[j] ?? 0) - meanU;
    const dO = (o[j] ?? 0) - meanO;
    const c = flat ? 0 : (du * dO) / (n * sdU * sdO);
    personDeviation[dimension] = du;
    careerDeviation[dimension] = dO;
    contributions[dimension] = c;
    r += c;
  });
  return { r: Math.max(-1, Math.min(1, r)), contributions, personDeviation, careerDeviation };
}

/** The career's two strongest types, ties broken in RIASEC order. */
export function topTypes(career: ModelVector, count = 2): string[] {
  return [...DIMENSIONS.holland]
    .map((letter, order) => ({ letter, value: career[letter] ?? 0, order }))
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.letter);
}

/**
 * Shape (correlation) plus level: the person's mean 0-1 score on the career's top-2 types, so a flat,
 * all-low profile cannot match strongly. Uses the career's O*NET profile as rated, not standardised:
 * Holland congruence compares profile shapes directly.
 */
export function hollandSimilarity(person: ModelVector, career: ModelVector): Similarities["holland"] {
  const detail = correlationDetail(person, career, DIMENSIONS.holland);
  const top = topTypes(career);
  const level = top.reduce((sum, letter) => sum + (person[letter] ?? 0), 0) / top.length;
  const value = HOLLAND_SHAPE_WEIGHT * ((detail.r + 1) / 2) + (1 - HOLLAND_SHAPE_WEIGHT) * level;
  return { value: clamp01(value), detail };
}

/** (r + 1)/2 of the person's profile against the career's standardised profile (CHASIDE, motivations). */
export function correlationSimilarity(
  model: "chaside" | "mmmg",
  person: ModelVector,
  careerZ: ModelVector,
): { value: number; detail: CorrelationDetail } {
  const detail = correlationDetail(person, careerZ, dimensionsOf(model));
  return { value: clamp01((detail.r + 1) / 2), detail };
}

/**
 * exp(−D²/2) with D² = Σ a_j (z_u − z_o)² / Σ a_j and a_j = |z_o|: only traits on which the job is
 * distinctive count. A job distinctive on nothing fits everyone (similarity 1).
 */
export function bigFiveSimilarity(
  person: ModelVector,
  careerZ: ModelVector,
  norms: TraitNorms,
): Similarities["bigFive"] {
  const personZ: Record<string, number> = {};
  const terms: Record<string, number> = {};
  let weightSum = 0;
  for (const trait of DIMENSIONS.bigFive) weightSum += Math.abs(careerZ[trait] ?? 0);
  let d2 = 0;
  for (const trait of DIMENSIONS.bigFive) {
    const norm = norms[trait];
    const zu = norm && norm.sd > 0 ? ((person[trait] ?? 0.5) - norm.mean) / norm.sd : 0;
    const zo = careerZ[trait] ?? 0;
    personZ[trait] = zu;
    const term = weightSum > 0 ? (Math.abs(zo) * (zu - zo) ** 2) / weightSum : 0;
    terms[trait] = term;
    d2 += term;
  }
  return { value: Math.exp(-d2 / 2), detail: { personZ, careerZ: { ...careerZ }, terms } };
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function shares(values: Record<string, number>): Record<string, number> {
  const total = DIMENSIONS.vak.reduce((sum, mode) => sum + Math.max(0, values[mode] ?? 0), 0);
  const result: Record<string, number> = {};
  for (const mode of DIMENSIONS.vak) {
    result[mode] = total > 0 ? Math.max(0, values[mode] ?? 0) / total : 1 / 3;
  }
  return result;
}

/**
 * 1 − ½Σ|p_u − p_o| over seeing / listening / doing shares. The career's shares come from its
 * percentile on each demand (normal CDF of the z-score): the raw importance levels are similar for
 * every job, so only how it compares with other jobs says which mode it leans on.
 */
export function vakSimilarity(person: ModelVector, careerZ: ModelVector): Similarities["vak"] {
  const personShares = shares(person);
  const percentiles: Record<string, number> = {};
  for (const mode of DIMENSIONS.vak) percentiles[mode] = normalCdf(careerZ[mode] ?? 0);
  const careerShares = shares(percentiles);
  let distance = 0;
  for (const mode of DIMENSIONS.vak) distance += Math.abs((personShares[mode] ?? 0) - (careerShares[mode] ?? 0));
  return { value: clamp01(1 - distance / 2), detail: { personShares, careerShares } };
}

/** Every model's similarity. `career` is the 0-1 profile, `careerZ` its standardised version. */
export function similarities(
  person: Record<Model, ModelVector>,
  career: Record<Model, ModelVector>,
  careerZ: Record<Model, ModelVector>,
  bigFiveNorms: TraitNorms,
): Similarities {
  return {
    holland: hollandSimilarity(person.holland, career.holland),
    chaside: correlationSimilarity("chaside", person.chaside, careerZ.chaside),
    mmmg: correlationSimilarity("mmmg", person.mmmg, careerZ.mmmg),
    bigFive: bigFiveSimilarity(person.bigFive, careerZ.bigFive, bigFiveNorms),
    vak: vakSimilarity(person.vak, careerZ.vak),
  };
}
