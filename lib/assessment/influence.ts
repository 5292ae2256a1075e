// True weights. A model's raw weight is not its influence: a model whose similarity varies a lot across
// careers moves the ranking more than its weight says. Influence of model m for one person is
// Cov_c(w_m·s_m, S) / Var_c(S) across careers c (S = Σ w·s, so the five shares sum to 1), averaged over
// the reference respondents. fitRawWeights finds raw weights whose influence matches the design
// weights; scripts/calibrate.ts freezes them. Also measures each item's share of a career's score variance.
import { MODEL_COUNT, personVectors, rawScoresInto, similaritiesInto, type ScoringCatalog } from "./catalog";
import { MODELS, type Model } from "./models";
import type { TraitNorms } from "./similarity";

/** Stop fitting when every model's influence is within this of its target (our choice). */
export const WEIGHT_FIT = { tolerance: 0.001, maxIterations: 500, exponent: 0.5 } as const;

/** Per respondent, the 5 × 5 covariance across careers of the five model similarities (row-major). */
export function similarityCovariances(
  catalog: ScoringCatalog,
  answerSets: readonly (readonly number[])[],
  bigFiveNorms: TraitNorms,
): Float64Array[] {
  const n = catalog.size;
  const sims = new Float64Array(n * MODEL_COUNT);
  return answerSets.map((answers) => {
    const person = personVectors(answers, bigFiveNorms);
    for (let i = 0; i < n; i++) similaritiesInto(catalog, person, i, sims, i * MODEL_COUNT);
    const means = new Float64Array(MODEL_COUNT);
    for (let i = 0; i < n; i++) for (let m = 0; m < MODEL_COUNT; m++) means[m]! += sims[i * MODEL_COUNT + m]!;
    for (let m = 0; m < MODEL_COUNT; m++) means[m]! /= n;
    const cov = new Float64Array(MODEL_COUNT * MODEL_COUNT);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < MODEL_COUNT; a++) {
        const da = sims[i * MODEL_COUNT + a]! - means[a]!;
        for (let b = a; b < MODEL_COUNT; b++)
          cov[a * MODEL_COUNT + b]! += da * (sims[i * MODEL_COUNT + b]! - means[b]!);
      }
    }
    for (let a = 0; a < MODEL_COUNT; a++) {
      for (let b = a; b < MODEL_COUNT; b++) {
        cov[a * MODEL_COUNT + b]! /= n;
        cov[b * MODEL_COUNT + a] = cov[a * MODEL_COUNT + b]!;
      }
    }
    return cov;
  });
}

/** Mean over respondents of Cov(w_m s_m, S)/Var(S); respondents with no score variance are skipped. */
export function influenceOf(covariances: readonly Float64Array[], weights: Float64Array): Float64Array {
  const total = new Float64Array(MODEL_COUNT);
  let used = 0;
  for (const cov of covariances) {
    const share = new Float64Array(MODEL_COUNT);
    let variance = 0;
    for (let m = 0; m < MODEL_COUNT; m++) {
      let c = 0;
      for (let k = 0; k < MODEL_COUNT; k++) c += weights[k]! * cov[m * MODEL_COUNT + k]!;
      share[m] = weights[m]! * c;
      variance += share[m]!;
    }
    if (!(variance > 0)) continue;
    for (let m = 0; m < MODEL_COUNT; m++) total[m]! += share[m]! / variance;
    used++;
  }
  return total.map((value) => (used > 0 ? value / used : 0));
}

export interface WeightFit {
  rawWeights: Record<Model, number>;
  influence: Record<Model, number>;
  iterations: number;
  maxError: number;
}

const toRecord = (values: Float64Array): Record<Model, number> =>
  Object.fromEntries(MODELS.map((model, m) => [model, values[m] ?? 0])) as Record<Model, number>;

/**
 * Multiplicative updates w_m ← w_m·(target_m / influence_m)^½, renormalised to sum 1, until every
 * influence is within WEIGHT_FIT.tolerance of its target. The square root damps the update: influence
 * grows roughly with w², so the full ratio would overshoot.
 */
export function fitRawWeights(covariances: readonly Float64Array[], target: Record<Model, number>): WeightFit {
  const goal = Float64Array.from(MODELS, (model) => target[model]);
  let weights = Float64Array.from(goal);
  let influence = influenceOf(covariances, weights);
  let iterations = 0;
  const error = () => Math.max(...MODELS.map((_, m) => Math.abs(influence[m]! - goal[m]!)));
  while (error() > WEIGHT_FIT.tolerance && iterations < WEIGHT_FIT.maxIterations) {
    const next = weights.map((w, m) => w * Math.pow(goal[m]! / Math.max(influence[m]!, 1e-6), WEIGHT_FIT.exponent));
    const sum = next.reduce((a, b) => a + b, 0);
    weights = next.map((w) => w / sum);
    influence = influenceOf(covariances, weights);
    iterations++;
  }
  return { rawWeights: toRecord(weights), influence: toRecord(influence), iterations, maxError: error() };
}

export function measureInfluence(
  covariances: readonly Float64Array[],
  weights: Record<Model, number>,
): Record<Model, number> {
  return toRecord(
    influenceOf(
      covariances,
      Float64Array.from(MODELS, (model) => weights[model]),
    ),
  );
}

export interface ItemScoreShare {
  itemId: number;
  /** Share (r²) of a career's score variance across respondents explained by this item: median over careers. */
  median: number;
  /** … and the largest over careers. */
  max: number;
}

function correlation(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/**
 * With independent uniform answers (which isolate the key's own structure), how much of each career's
 * score variance each single item explains. Replaces v1's 12 % target, which 21 items cannot reach.
 */
export function measureItemScoreShares(
  catalog: ScoringCatalog,
  answerSets: readonly (readonly number[])[],
  weights: Record<Model, number>,
  bigFiveNorms: TraitNorms,
): ItemScoreShare[] {
  const people = answerSets.map((answers) => personVectors(answers, bigFiveNorms));
  const w = Float64Array.from(MODELS, (model) => weights[model]);
  const scores = people.map(() => new Float64Array(catalog.size));
  const row = new Float64Array(catalog.size);
  people.forEach((person, p) => {
    rawScoresInto(catalog, person, w, row, null);
    scores[p]!.set(row);
  });
  const items = answerSets[0]?.length ?? 0;
  const columns = Array.from({ length: items }, (_, i) => Float64Array.from(answerSets, (a) => a[i] ?? 3));
  const shares = Array.from({ length: items }, () => new Float64Array(catalog.size));
  const careerScores = new Float64Array(people.length);
  for (let c = 0; c < catalog.size; c++) {
    for (let p = 0; p < people.length; p++) careerScores[p] = scores[p]![c]!;
    columns.forEach((column, i) => (shares[i]![c] = correlation(column, careerScores) ** 2));
  }
  return shares.map((values, i) => {
    const sorted = Float64Array.from(values).sort();
    return {
      itemId: i + 1,
      median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
      max: sorted[sorted.length - 1] ?? 0,
    };
  });
}
