// Fast scoring. Everything about a career that does not depend on the person (standardised vectors,
// centred and normalised vectors for correlations, Big Five weights, VAK shares) is computed once per
// process into Float64Arrays; scoring a person is then ~30 multiply-adds per career. The formulas are
// those of similarity.ts (the readable reference; a unit test keeps both in agreement).
import type { CalibrationData } from "./calibration";
import { DIMENSIONS, MODELS, dimensionsOf, type Model } from "./models";
import { standardise, type CareerProfile, type OccupationNorms } from "./profiles";
import { QUESTIONS } from "./questions";
import { HOLLAND_SHAPE_WEIGHT as SHAPE_WEIGHT_EXPORT, normalCdf, type TraitNorms } from "./similarity";

// Imported bindings can compile to getter calls (CommonJS interop); the hot loop reads a local copy.
const HOLLAND_SHAPE_WEIGHT = SHAPE_WEIGHT_EXPORT;

/** Lists in a career file that a reason can point to (the page quotes the career's own text). */
export const CONTENT_FIELDS = ["interests", "strengths", "technical", "human", "paths"] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

export interface ScoredCareer {
  id: string;
  title: string;
  profile: CareerProfile;
  /** How many entries each list of the career file has; absent for occupations without a file. */
  content?: Partial<Record<ContentField, number>>;
}

const NH = DIMENSIONS.holland.length;
const NC = DIMENSIONS.chaside.length;
const NM = DIMENSIONS.mmmg.length;
const NB = DIMENSIONS.bigFive.length;
const NV = DIMENSIONS.vak.length;
/** Model order of every per-model array: MODELS. */
export const MODEL_COUNT = MODELS.length;

/** A profile with (population) SD below this is flat: its correlation with anything is 0. */
const FLAT_SD = 1e-9;

export interface ScoringCatalog {
  size: number;
  careers: readonly ScoredCareer[];
  ids: readonly string[];
  /** Career's own 0-1 RIASEC profile, centred and scaled to unit length (zeros when flat). n × 6. */
  hollandUnit: Float64Array;
  /** Indexes (0-5) of the career's two strongest RIASEC types, ties in RIASEC order. n × 2. */
  hollandTop: Uint8Array;
  /** Standardised (z) vectors against occupation norms, per model: n × dims. */
  z: Record<Model, Float64Array>;
  /** z-vectors centred and scaled to unit length, for the CHASIDE and motivations correlations. */
  chasideUnit: Float64Array;
  mmmgUnit: Float64Array;
  /** Big Five: a_j / Σa with a_j = |z_j| (all zero when the job is distinctive on nothing). n × 5. */
  bigFiveWeight: Float64Array;
  /** VAK demand shares from the percentile of each mode (normal CDF of z). n × 3. */
  vakShares: Float64Array;
  /** 1 when the career's model is estimated by the gap rule. n × 5 (MODELS order). */
  estimated: Uint8Array;
  /**
   * What scoring reads, one contiguous row of ROW numbers per career (layout: ROW_* offsets), so the
   * hot loop walks memory in order instead of gathering from seven arrays.
   */
  rows: Float64Array;
}

// Row layout of ScoringCatalog.rows: Holland unit vector, the two strongest Holland types (as numbers),
// CHASIDE and motivations unit vectors, Big Five z and weights, VAK shares.
const ROW_HOLLAND = 0;
const ROW_TOP = ROW_HOLLAND + NH;
const ROW_CHASIDE = ROW_TOP + 2;
const ROW_MMMG = ROW_CHASIDE + NC;
const ROW_BIG_FIVE_Z = ROW_MMMG + NM;
const ROW_BIG_FIVE_WEIGHT = ROW_BIG_FIVE_Z + NB;
const ROW_VAK = ROW_BIG_FIVE_WEIGHT + NB;
const ROW = ROW_VAK + NV;

/** Copies career i's scoring inputs into its row (after every per-model array is filled). */
function packRow(catalog: ScoringCatalog, i: number): void {
  const row = catalog.rows.subarray(i * ROW, i * ROW + ROW);
  row.set(catalog.hollandUnit.subarray(i * NH, i * NH + NH), ROW_HOLLAND);
  row[ROW_TOP] = catalog.hollandTop[i * 2] ?? 0;
  row[ROW_TOP + 1] = catalog.hollandTop[i * 2 + 1] ?? 0;
  row.set(catalog.chasideUnit.subarray(i * NC, i * NC + NC), ROW_CHASIDE);
  row.set(catalog.mmmgUnit.subarray(i * NM, i * NM + NM), ROW_MMMG);
  row.set(catalog.z.bigFive.subarray(i * NB, i * NB + NB), ROW_BIG_FIVE_Z);
  row.set(catalog.bigFiveWeight.subarray(i * NB, i * NB + NB), ROW_BIG_FIVE_WEIGHT);
  row.set(catalog.vakShares.subarray(i * NV, i * NV + NV), ROW_VAK);
}

/** Writes (v − mean)/(√n·sd) into out (unit length), or zeros when v is flat. */
function unitCentred(values: readonly number[], out: Float64Array, offset: number): void {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  for (let j = 0; j < n; j++) out[offset + j] = sd < FLAT_SD ? 0 : ((values[j] ?? 0) - mean) / (Math.sqrt(n) * sd);
}

export function buildCatalog(careers: readonly ScoredCareer[], norms: OccupationNorms): ScoringCatalog {
  const n = careers.length;
  const catalog: ScoringCatalog = {
    size: n,
    careers,
    ids: careers.map((career) => career.id),
    hollandUnit: new Float64Array(n * NH),
    hollandTop: new Uint8Array(n * 2),
    z: {
      holland: new Float64Array(n * NH),
      chaside: new Float64Array(n * NC),
      mmmg: new Float64Array(n * NM),
      bigFive: new Float64Array(n * NB),
      vak: new Float64Array(n * NV),
    },
    chasideUnit: new Float64Array(n * NC),
    mmmgUnit: new Float64Array(n * NM),
    bigFiveWeight: new Float64Array(n * NB),
    vakShares: new Float64Array(n * NV),
    estimated: new Uint8Array(n * MODEL_COUNT),
    rows: new Float64Array(n * ROW),
  };
  careers.forEach((career, i) => {
    const models = career.profile.models;
    const holland = DIMENSIONS.holland.map((d) => models.holland[d] ?? 0);
    unitCentred(holland, catalog.hollandUnit, i * NH);
    const top = holland
      .map((value, order) => ({ value, order }))
      .sort((a, b) => b.value - a.value || a.order - b.order);
    catalog.hollandTop[i * 2] = top[0]?.order ?? 0;
    catalog.hollandTop[i * 2 + 1] = top[1]?.order ?? 0;
    for (const model of MODELS) {
      const dims = dimensionsOf(model);
      const z = standardise(model, models[model], norms);
      dims.forEach((d, j) => (catalog.z[model][i * dims.length + j] = z[d] ?? 0));
    }
    unitCentred(Array.from(catalog.z.chaside.subarray(i * NC, i * NC + NC)), catalog.chasideUnit, i * NC);
    unitCentred(Array.from(catalog.z.mmmg.subarray(i * NM, i * NM + NM)), catalog.mmmgUnit, i * NM);
    let weightSum = 0;
    for (let j = 0; j < NB; j++) weightSum += Math.abs(catalog.z.bigFive[i * NB + j] ?? 0);
    for (let j = 0; j < NB; j++) {
      catalog.bigFiveWeight[i * NB + j] = weightSum > 0 ? Math.abs(catalog.z.bigFive[i * NB + j] ?? 0) / weightSum : 0;
    }
    let shareSum = 0;
    for (let j = 0; j < NV; j++) shareSum += normalCdf(catalog.z.vak[i * NV + j] ?? 0);
    for (let j = 0; j < NV; j++) {
      catalog.vakShares[i * NV + j] = shareSum > 0 ? normalCdf(catalog.z.vak[i * NV + j] ?? 0) / shareSum : 1 / NV;
    }
    const estimated = new Set(career.profile.estimated.map((entry) => entry.model));
    MODELS.forEach((model, m) => (catalog.estimated[i * MODEL_COUNT + m] = estimated.has(model) ? 1 : 0));
    packRow(catalog, i);
  });
  return catalog;
}

const catalogs = new WeakMap<readonly ScoredCareer[], WeakMap<OccupationNorms, ScoringCatalog>>();

/** The catalog of a career list, built once per process (per list and norms object). */
export function catalogFor(careers: readonly ScoredCareer[], calibration: CalibrationData): ScoringCatalog {
  let byNorms = catalogs.get(careers);
  if (!byNorms) {
    byNorms = new WeakMap();
    catalogs.set(careers, byNorms);
  }
  let catalog = byNorms.get(calibration.occupationNorms);
  if (!catalog) {
    catalog = buildCatalog(careers, calibration.occupationNorms);
    byNorms.set(calibration.occupationNorms, catalog);
  }
  return catalog;
}

/** The person side of every similarity, as small typed arrays (computed once per answer set). */
export interface PersonVectors {
  /** 0-1 scores per model, in DIMENSIONS order. */
  scores: Record<Model, Float64Array>;
  hollandUnit: Float64Array;
  chasideUnit: Float64Array;
  mmmgUnit: Float64Array;
  /** Big Five z-scores against the reference respondents' trait norms. */
  bigFiveZ: Float64Array;
  vakShares: Float64Array;
}

/** Item loadings flattened once: for item i, entries [model index, dimension index, weight]. */
const ITEM_LOADINGS = QUESTIONS.map((question) =>
  question.loadings.map(({ model, dimension, weight }) => ({
    model: MODELS.indexOf(model),
    dimension: dimensionsOf(model).indexOf(dimension),
    weight,
  })),
);
const ABS_WEIGHT_SUMS: Float64Array[] = MODELS.map((model) => {
  const sums = new Float64Array(dimensionsOf(model).length);
  for (const question of QUESTIONS) {
    for (const loading of question.loadings) {
      if (loading.model !== model) continue;
      const d = dimensionsOf(model).indexOf(loading.dimension);
      sums[d] = (sums[d] ?? 0) + Math.abs(loading.weight);
    }
  }
  return sums;
});

/** Person vectors straight from answers (no validation: callers validate once, retests stay in range). */
export function personVectors(answers: ArrayLike<number>, bigFiveNorms: TraitNorms): PersonVectors {
  const scores = {} as Record<Model, Float64Array>;
  MODELS.forEach((model) => (scores[model] = new Float64Array(dimensionsOf(model).length)));
  const person: PersonVectors = {
    scores,
    hollandUnit: new Float64Array(NH),
    chasideUnit: new Float64Array(NC),
    mmmgUnit: new Float64Array(NM),
    bigFiveZ: new Float64Array(NB),
    vakShares: new Float64Array(NV),
  };
  personVectorsInto(answers, bigFiveNorms, person);
  return person;
}

const SCORE_MODELS: readonly Model[] = [...MODELS];
const BIG_FIVE_TRAITS: readonly string[] = [...DIMENSIONS.bigFive];

/** personVectors without allocating: the retest loop reuses one PersonVectors. */
export function personVectorsInto(answers: ArrayLike<number>, bigFiveNorms: TraitNorms, out: PersonVectors): void {
  for (const model of SCORE_MODELS) out.scores[model].fill(0);
  for (let i = 0; i < ITEM_LOADINGS.length; i++) {
    const x = ((answers[i] ?? 3) - 3) / 2;
    for (const { model, dimension, weight } of ITEM_LOADINGS[i] ?? []) {
      const target = out.scores[SCORE_MODELS[model] ?? "holland"];
      target[dimension] = (target[dimension] ?? 0) + weight * x;
    }
  }
  SCORE_MODELS.forEach((model, m) => {
    const values = out.scores[model];
    const totals = ABS_WEIGHT_SUMS[m];
    for (let d = 0; d < values.length; d++) {
      const total = totals?.[d] ?? 0;
      values[d] = total > 0 ? ((values[d] ?? 0) / total + 1) / 2 : 0.5;
    }
  });
  deriveInto(out, bigFiveNorms);
}

/** Unit-length centred copy of `values` into `out` (zeros when flat), without allocating. */
function unitCentredInto(values: Float64Array, out: Float64Array): void {
  const n = values.length;
  let mean = 0;
  for (let j = 0; j < n; j++) mean += values[j] ?? 0;
  mean /= n;
  let ss = 0;
  for (let j = 0; j < n; j++) ss += ((values[j] ?? 0) - mean) ** 2;
  const sd = Math.sqrt(ss / n);
  for (let j = 0; j < n; j++) out[j] = sd < FLAT_SD ? 0 : ((values[j] ?? 0) - mean) / (Math.sqrt(n) * sd);
}

function deriveInto(person: PersonVectors, bigFiveNorms: TraitNorms): void {
  const { scores } = person;
  unitCentredInto(scores.holland, person.hollandUnit);
  unitCentredInto(scores.chaside, person.chasideUnit);
  unitCentredInto(scores.mmmg, person.mmmgUnit);
  for (let j = 0; j < NB; j++) {
    const norm = bigFiveNorms[BIG_FIVE_TRAITS[j] ?? ""];
    person.bigFiveZ[j] = norm && norm.sd > 0 ? ((scores.bigFive[j] ?? 0.5) - norm.mean) / norm.sd : 0;
  }
  let total = 0;
  for (let j = 0; j < NV; j++) total += Math.max(0, scores.vak[j] ?? 0);
  for (let j = 0; j < NV; j++) person.vakShares[j] = total > 0 ? Math.max(0, scores.vak[j] ?? 0) / total : 1 / NV;
}

/** The centred/normalised, z and share forms of a person's 0-1 scores. */
export function derivePersonVectors(scores: Record<Model, Float64Array>, bigFiveNorms: TraitNorms): PersonVectors {
  const person: PersonVectors = {
    scores,
    hollandUnit: new Float64Array(NH),
    chasideUnit: new Float64Array(NC),
    mmmgUnit: new Float64Array(NM),
    bigFiveZ: new Float64Array(NB),
    vakShares: new Float64Array(NV),
  };
  deriveInto(person, bigFiveNorms);
  return person;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Similarity of the person with career i for every model, written to sims[offset … offset + 4]
 * (MODELS order). Returns nothing: the caller owns the buffers so the hot loop allocates nothing.
 */
export function similaritiesInto(
  catalog: ScoringCatalog,
  person: PersonVectors,
  i: number,
  sims: Float64Array,
  offset: number,
): void {
  rowSimilarities(catalog.rows, i * ROW, person, sims, offset);
}

/** The five similarities of the career whose row starts at `base` (formulas of similarity.ts). */
function rowSimilarities(
  rows: Float64Array,
  base: number,
  person: PersonVectors,
  sims: Float64Array,
  offset: number,
): void {
  // Holland: 0.8·(r + 1)/2 + 0.2·(mean 0-1 score on the career's two strongest types).
  const hollandUnit = person.hollandUnit;
  let r = 0;
  for (let j = 0; j < NH; j++) r += hollandUnit[j]! * rows[base + ROW_HOLLAND + j]!;
  const hollandScores = person.scores.holland;
  const level = (hollandScores[rows[base + ROW_TOP]!]! + hollandScores[rows[base + ROW_TOP + 1]!]!) / 2;
  sims[offset] = clamp01(HOLLAND_SHAPE_WEIGHT * ((clampR(r) + 1) / 2) + (1 - HOLLAND_SHAPE_WEIGHT) * level);
  const chasideUnit = person.chasideUnit;
  r = 0;
  for (let j = 0; j < NC; j++) r += chasideUnit[j]! * rows[base + ROW_CHASIDE + j]!;
  sims[offset + 1] = clamp01((clampR(r) + 1) / 2);
  const mmmgUnit = person.mmmgUnit;
  r = 0;
  for (let j = 0; j < NM; j++) r += mmmgUnit[j]! * rows[base + ROW_MMMG + j]!;
  sims[offset + 2] = clamp01((clampR(r) + 1) / 2);
  const bigFiveZ = person.bigFiveZ;
  let d2 = 0;
  for (let j = 0; j < NB; j++) {
    const diff = bigFiveZ[j]! - rows[base + ROW_BIG_FIVE_Z + j]!;
    d2 += rows[base + ROW_BIG_FIVE_WEIGHT + j]! * diff * diff;
  }
  sims[offset + 3] = Math.exp(-d2 / 2);
  const vakShares = person.vakShares;
  let distance = 0;
  for (let j = 0; j < NV; j++) distance += Math.abs(vakShares[j]! - rows[base + ROW_VAK + j]!);
  sims[offset + 4] = clamp01(1 - distance / 2);
}

function clampR(r: number): number {
  return r < -1 ? -1 : r > 1 ? 1 : r;
}

/** Raw score S = Σ_m w_m·s_m of every career (or only `subset`), into raw[k] for the k-th career scored. */
export function rawScoresInto(
  catalog: ScoringCatalog,
  person: PersonVectors,
  weights: Float64Array,
  raw: Float64Array,
  sims: Float64Array | null,
  subset?: ArrayLike<number>,
): void {
  if (sims) {
    const count = subset ? subset.length : catalog.size;
    for (let k = 0; k < count; k++) {
      const offset = k * MODEL_COUNT;
      rowSimilarities(catalog.rows, (subset ? subset[k]! : k) * ROW, person, sims, offset);
      let s = 0;
      for (let m = 0; m < MODEL_COUNT; m++) s += weights[m]! * sims[offset + m]!;
      raw[k] = s;
    }
    return;
  }
  rawScoresOnly(catalog.rows, subset ?? null, catalog.size, person, weights, raw);
}

/**
 * The retest loop's kernel: rowSimilarities and the weighted sum fused, with the person's vectors and
 * the five weights held in locals (measured: 64 retests of 200 careers 1.13 → 0.96 ms). Same operations
 * in the same order as rowSimilarities, so the scores are bit-identical to the general path; a unit test
 * (assessment-score) compares the two, so a change to one formula must be made in both.
 */
function rawScoresOnly(
  rows: Float64Array,
  subset: ArrayLike<number> | null,
  size: number,
  person: PersonVectors,
  weights: Float64Array,
  raw: Float64Array,
): void {
  const hu = person.hollandUnit;
  const hs = person.scores.holland;
  const cu = person.chasideUnit;
  const mu = person.mmmgUnit;
  const bz = person.bigFiveZ;
  const vs = person.vakShares;
  const w0 = weights[0]!;
  const w1 = weights[1]!;
  const w2 = weights[2]!;
  const w3 = weights[3]!;
  const w4 = weights[4]!;
  const shape = HOLLAND_SHAPE_WEIGHT;
  const count = subset ? subset.length : size;
  for (let k = 0; k < count; k++) {
    const b = (subset ? subset[k]! : k) * ROW;
    let r = 0;
    for (let j = 0; j < NH; j++) r += hu[j]! * rows[b + j]!;
    const level = (hs[rows[b + ROW_TOP]!]! + hs[rows[b + ROW_TOP + 1]!]!) / 2;
    const s0 = clamp01(shape * ((clampR(r) + 1) / 2) + (1 - shape) * level);
    r = 0;
    for (let j = 0; j < NC; j++) r += cu[j]! * rows[b + ROW_CHASIDE + j]!;
    const s1 = clamp01((clampR(r) + 1) / 2);
    r = 0;
    for (let j = 0; j < NM; j++) r += mu[j]! * rows[b + ROW_MMMG + j]!;
    const s2 = clamp01((clampR(r) + 1) / 2);
    let d2 = 0;
    for (let j = 0; j < NB; j++) {
      const diff = bz[j]! - rows[b + ROW_BIG_FIVE_Z + j]!;
      d2 += rows[b + ROW_BIG_FIVE_WEIGHT + j]! * diff * diff;
    }
    const s3 = Math.exp(-d2 / 2);
    let distance = 0;
    for (let j = 0; j < NV; j++) distance += Math.abs(vs[j]! - rows[b + ROW_VAK + j]!);
    const s4 = clamp01(1 - distance / 2);
    raw[k] = w0 * s0 + w1 * s1 + w2 * s2 + w3 * s3 + w4 * s4;
  }
}

/** Model weights as a Float64Array in MODELS order. */
export function weightVector(weights: Record<Model, number>): Float64Array {
  return Float64Array.from(MODELS, (model) => weights[model]);
}
