// Career profiles: turns raw O*NET descriptors into one 0-1 vector per model through the crosswalks,
// fills missing tables by a stated gap rule, applies reasoned overrides, and computes the occupation
// norms used to standardise profiles for matching. Pure: the caller memoises.
import type { OnetSignals } from "@/lib/data/types";
import {
  ABILITIES_TO_VAK,
  CHASIDE_BLEND,
  CHASIDE_D_BUMP,
  KNOWLEDGE_TO_CHASIDE,
  ONET_SCALES,
  RELATED_OCCUPATIONS_FOR_GAPS,
  RIASEC_PROXY_FOR_CHASIDE,
  SOC_GROUP_STAND_INS,
  WORK_STYLE_CLIP_PERCENTILES,
  WORK_STYLES_TO_BIG_FIVE,
  WORK_VALUES_TO_MMMG,
  type Composite,
} from "./crosswalks";
import { DIMENSIONS, MODELS, dimensionsOf, isModel, type Model } from "./models";

/** Dimension → value. Career and person profiles are 0-1; standardised vectors are z-scores. */
export type ModelVector = Record<string, number>;

export interface CareerProfile {
  code: string;
  /** 0-1 per dimension, for display and as the input of matching (score.ts standardises it). */
  models: Record<Model, ModelVector>;
  /** Models filled by the gap rule because O*NET lacks the table; worded on career pages per locale. */
  estimated: { model: Model; basis: GapBasis }[];
  /** Models (or some of their dimensions) replaced by a career file, with the file's reason. */
  overridden: { model: Model; reason: string }[];
}

/**
 * How a missing model was estimated, as data: from `count` related occupations, from the occupations of
 * a SOC major group (`standIn`: the closest group with data, e.g. 33 for military 55), from all
 * occupations, or (CHASIDE) from knowledge ratings whose interest part is itself estimated.
 */
export type GapBasis =
  | { kind: "related"; count: number }
  | { kind: "group"; group: string; standIn: boolean }
  | { kind: "all" }
  | { kind: "interests-estimated" };

export interface ProfileOverride {
  model: Model;
  /** 0-1 per dimension; dimensions not listed keep the derived value. */
  values: Record<string, number>;
  reason: string;
}

/** Mean and standard deviation of each dimension across occupations (computeOccupationNorms). */
export type OccupationNorms = Record<Model, Record<string, { mean: number; sd: number }>>;

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const toUnit = (value: number, scale: { min: number; max: number }): number =>
  clamp01((value - scale.min) / (scale.max - scale.min));

/**
 * Weighted mean of 0-1 element values; a negative weight counts the element reversed (1 − x) so the
 * result stays in 0-1. Elements absent from the data are skipped; null when none is present.
 */
function composite(weights: Composite, valueOf: (element: string) => number | undefined): number | null {
  let sum = 0;
  let weightSum = 0;
  for (const [element, weight] of Object.entries(weights)) {
    const value = valueOf(element);
    if (value === undefined) continue;
    sum += Math.abs(weight) * (weight < 0 ? 1 - value : value);
    weightSum += Math.abs(weight);
  }
  return weightSum === 0 ? null : sum / weightSum;
}

/** Linear-interpolation percentile of an ascending array (p in 0-1). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

function isEmpty(record: Record<string, number>): boolean {
  return Object.keys(record).length === 0;
}

/** Clip bounds per work style across every occupation that has work styles (methodology §3.2). */
function workStyleClipBounds(signals: Iterable<OnetSignals>): Map<string, { low: number; high: number }> {
  const byStyle = new Map<string, number[]>();
  for (const occupation of signals) {
    for (const [style, value] of Object.entries(occupation.workStylesImpact)) {
      const list = byStyle.get(style) ?? [];
      list.push(value);
      byStyle.set(style, list);
    }
  }
  const bounds = new Map<string, { low: number; high: number }>();
  for (const [style, values] of byStyle) {
    const sorted = [...values].sort((a, b) => a - b);
    bounds.set(style, {
      low: percentile(sorted, WORK_STYLE_CLIP_PERCENTILES.low),
      high: percentile(sorted, WORK_STYLE_CLIP_PERCENTILES.high),
    });
  }
  return bounds;
}

function vectorFromComposites(
  composites: Readonly<Record<string, Composite>>,
  valueOf: (element: string) => number | undefined,
): ModelVector | null {
  const vector: ModelVector = {};
  for (const [dimension, weights] of Object.entries(composites)) {
    const value = composite(weights, valueOf);
    if (value === null) return null;
    vector[dimension] = value;
  }
  return vector;
}

function hollandFromInterests(occupation: OnetSignals): ModelVector | null {
  const riasec = occupation.riasec;
  if (!riasec) return null;
  const vector: ModelVector = {};
  for (const letter of DIMENSIONS.holland) vector[letter] = toUnit(riasec[letter], ONET_SCALES.interests);
  return vector;
}

function bigFiveFromWorkStyles(
  occupation: OnetSignals,
  bounds: Map<string, { low: number; high: number }>,
): ModelVector | null {
  if (isEmpty(occupation.workStylesImpact)) return null;
  return vectorFromComposites(WORK_STYLES_TO_BIG_FIVE, (style) => {
    const value = occupation.workStylesImpact[style];
    const bound = bounds.get(style);
    if (value === undefined || !bound) return undefined;
    const range = bound.high - bound.low;
    return range > 0 ? clamp01((value - bound.low) / range) : 0.5;
  });
}

/** (EX − 1)/6. Centring within the occupation (§3.3) needs no step here: the correlation in similarity.ts centres. */
function mmmgFromWorkValues(occupation: OnetSignals): ModelVector | null {
  if (isEmpty(occupation.workValuesExtent)) return null;
  const vector: ModelVector = {};
  for (const [element, dimension] of Object.entries(WORK_VALUES_TO_MMMG)) {
    const value = occupation.workValuesExtent[element];
    if (value === undefined) return null;
    vector[dimension] = toUnit(value, ONET_SCALES.workValuesExtent);
  }
  return vector;
}

function importanceLookup(ratings: Record<string, number>): (element: string) => number | undefined {
  return (element) => {
    const value = ratings[element];
    return value === undefined ? undefined : toUnit(value, ONET_SCALES.importance);
  };
}

function chasideFromKnowledge(occupation: OnetSignals, holland: ModelVector): ModelVector | null {
  if (isEmpty(occupation.knowledgeImportance)) return null;
  const knowledge = vectorFromComposites(KNOWLEDGE_TO_CHASIDE, importanceLookup(occupation.knowledgeImportance));
  if (!knowledge) return null;
  const bump = CHASIDE_D_BUMP.socMajorGroups.some((group) => group === occupation.socMajorGroup)
    ? CHASIDE_D_BUMP.amount
    : 0;
  const vector: ModelVector = {};
  for (const area of DIMENSIONS.chaside) {
    const proxy = composite(RIASEC_PROXY_FOR_CHASIDE[area], (letter) => holland[letter]) ?? 0;
    const blended = CHASIDE_BLEND.knowledge * (knowledge[area] ?? 0) + CHASIDE_BLEND.riasec * proxy;
    vector[area] = clamp01(blended + (area === "D" ? bump : 0));
  }
  return vector;
}

function vakFromAbilities(occupation: OnetSignals): ModelVector | null {
  if (isEmpty(occupation.abilitiesImportance)) return null;
  return vectorFromComposites(ABILITIES_TO_VAK, importanceLookup(occupation.abilitiesImportance));
}

function meanVector(model: Model, vectors: readonly ModelVector[]): ModelVector {
  const mean: ModelVector = {};
  for (const dimension of dimensionsOf(model)) {
    let sum = 0;
    for (const vector of vectors) sum += vector[dimension] ?? 0;
    mean[dimension] = vectors.length > 0 ? sum / vectors.length : 0.5;
  }
  return mean;
}

/**
 * Gap rule: the mean of the first 10 O*NET related occupations that have the data, else the mean of
 * the SOC major group (or its stand-in group), else the mean of all occupations with the data.
 */
function fillGap(
  model: Model,
  occupation: OnetSignals,
  own: Map<string, ModelVector>,
): { vector: ModelVector; basis: GapBasis } {
  const related = occupation.relatedCodes
    .flatMap((code) => {
      const vector = own.get(code);
      return vector ? [vector] : [];
    })
    .slice(0, RELATED_OCCUPATIONS_FOR_GAPS);
  if (related.length > 0) {
    return {
      vector: meanVector(model, related),
      basis: { kind: "related", count: related.length },
    };
  }
  const standIn = SOC_GROUP_STAND_INS[occupation.socMajorGroup];
  const group = standIn ?? occupation.socMajorGroup;
  const sameGroup = [...own].filter(([code]) => code.startsWith(`${group}-`)).map(([, vector]) => vector);
  if (sameGroup.length > 0) {
    return { vector: meanVector(model, sameGroup), basis: { kind: "group", group, standIn: standIn !== undefined } };
  }
  return { vector: meanVector(model, [...own.values()]), basis: { kind: "all" } };
}

/** Builds a profile for every occupation in `signals`, filling missing tables by the gap rule. */
export function buildOccupationProfiles(signals: Map<string, OnetSignals>): Map<string, CareerProfile> {
  const bounds = workStyleClipBounds(signals.values());
  const own: Record<Model, Map<string, ModelVector>> = {
    holland: new Map(),
    chaside: new Map(),
    mmmg: new Map(),
    bigFive: new Map(),
    vak: new Map(),
  };
  for (const occupation of signals.values()) {
    const holland = hollandFromInterests(occupation);
    if (holland) own.holland.set(occupation.code, holland);
    const bigFive = bigFiveFromWorkStyles(occupation, bounds);
    if (bigFive) own.bigFive.set(occupation.code, bigFive);
    const mmmg = mmmgFromWorkValues(occupation);
    if (mmmg) own.mmmg.set(occupation.code, mmmg);
    const vak = vakFromAbilities(occupation);
    if (vak) own.vak.set(occupation.code, vak);
  }

  // Holland is filled first because CHASIDE borrows 30 % of each area from the RIASEC profile.
  const hollandFilled = new Map<string, { vector: ModelVector; basis: GapBasis | null }>();
  for (const occupation of signals.values()) {
    const vector = own.holland.get(occupation.code);
    hollandFilled.set(occupation.code, vector ? { vector, basis: null } : fillGap("holland", occupation, own.holland));
  }
  const partlyEstimatedChaside = new Set<string>();
  for (const occupation of signals.values()) {
    const holland = hollandFilled.get(occupation.code);
    if (!holland) continue;
    const chaside = chasideFromKnowledge(occupation, holland.vector);
    if (!chaside) continue;
    own.chaside.set(occupation.code, chaside);
    if (holland.basis !== null) partlyEstimatedChaside.add(occupation.code);
  }

  const profiles = new Map<string, CareerProfile>();
  for (const occupation of signals.values()) {
    const estimated: CareerProfile["estimated"] = [];
    const vectorFor = (model: Model): ModelVector => {
      const vector = own[model].get(occupation.code);
      if (vector) return vector;
      const filled = model === "holland" ? hollandFilled.get(occupation.code) : undefined;
      const gap =
        filled && filled.basis !== null
          ? { vector: filled.vector, basis: filled.basis }
          : fillGap(model, occupation, own[model]);
      estimated.push({ model, basis: gap.basis });
      return gap.vector;
    };
    const models: Record<Model, ModelVector> = {
      holland: vectorFor("holland"),
      chaside: vectorFor("chaside"),
      mmmg: vectorFor("mmmg"),
      bigFive: vectorFor("bigFive"),
      vak: vectorFor("vak"),
    };
    if (partlyEstimatedChaside.has(occupation.code)) {
      estimated.push({ model: "chaside", basis: { kind: "interests-estimated" } });
    }
    profiles.set(occupation.code, { code: occupation.code, models, estimated, overridden: [] });
  }
  return profiles;
}

/** Problems with career-file overrides, in plain words; empty when they can be applied. */
export function findOverrideProblems(overrides: readonly ProfileOverride[]): string[] {
  const problems: string[] = [];
  overrides.forEach((override, i) => {
    // Callers may pass parsed YAML, so check the model at runtime before using it as a key.
    if (!isModel(override.model)) {
      problems.push(`override ${i + 1}: unknown model "${String(override.model)}"; use ${MODELS.join(", ")}`);
      return;
    }
    const known = dimensionsOf(override.model);
    for (const [dimension, value] of Object.entries(override.values)) {
      if (!known.includes(dimension)) {
        problems.push(
          `override ${i + 1} (${override.model}): "${dimension}" is not a dimension; use ${known.join(", ")}`,
        );
      }
      if (!(value >= 0 && value <= 1)) {
        problems.push(`override ${i + 1} (${override.model}.${dimension}): ${value} is outside 0-1`);
      }
    }
    if (override.reason.trim() === "") problems.push(`override ${i + 1} (${override.model}): a reason is required`);
  });
  return problems;
}

/**
 * Replaces derived dimensions with a career file's values. Throws with every problem listed, because a
 * bad override is a content error that must stop the build rather than silently change scores.
 */
export function applyOverrides(profile: CareerProfile, overrides: readonly ProfileOverride[]): CareerProfile {
  if (overrides.length === 0) return profile;
  const problems = findOverrideProblems(overrides);
  if (problems.length > 0) throw new Error(`Invalid profile overrides for ${profile.code}: ${problems.join("; ")}`);
  const models: Record<Model, ModelVector> = {
    holland: { ...profile.models.holland },
    chaside: { ...profile.models.chaside },
    mmmg: { ...profile.models.mmmg },
    bigFive: { ...profile.models.bigFive },
    vak: { ...profile.models.vak },
  };
  const overridden = [...profile.overridden];
  const fullyReplaced = new Set<Model>();
  for (const override of overrides) {
    Object.assign(models[override.model], override.values);
    overridden.push({ model: override.model, reason: override.reason });
    const covered = dimensionsOf(override.model).every((d) =>
      overrides.some((o) => o.model === override.model && d in o.values),
    );
    if (covered) fullyReplaced.add(override.model);
  }
  // A model the file replaces completely is no longer an estimate, so stop flagging it as one.
  const estimated = profile.estimated.filter((entry) => !fullyReplaced.has(entry.model));
  return { code: profile.code, models, estimated, overridden };
}

/**
 * Mean and SD of each dimension across the given profiles, skipping models a profile only has by
 * estimate (so gap-filled means do not shrink the spread). Used to standardise profiles for matching.
 */
export function computeOccupationNorms(profiles: Iterable<CareerProfile>): OccupationNorms {
  const samples: Record<Model, Record<string, number[]>> = {
    holland: {},
    chaside: {},
    mmmg: {},
    bigFive: {},
    vak: {},
  };
  for (const profile of profiles) {
    for (const model of MODELS) {
      if (profile.estimated.some((entry) => entry.model === model)) continue;
      for (const dimension of dimensionsOf(model)) {
        const value = profile.models[model][dimension];
        if (value === undefined) continue;
        (samples[model][dimension] ??= []).push(value);
      }
    }
  }
  const norms: OccupationNorms = { holland: {}, chaside: {}, mmmg: {}, bigFive: {}, vak: {} };
  for (const model of MODELS) {
    for (const dimension of dimensionsOf(model)) {
      const values = samples[model][dimension] ?? [];
      const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
      const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1);
      norms[model][dimension] = { mean, sd: Math.sqrt(variance) };
    }
  }
  return norms;
}

/** z-score of every dimension against occupation norms; a dimension with no spread scores 0. */
export function standardise(model: Model, vector: ModelVector, norms: OccupationNorms): ModelVector {
  const z: ModelVector = {};
  for (const dimension of dimensionsOf(model)) {
    const norm = norms[model][dimension];
    const value = vector[dimension] ?? 0.5;
    z[dimension] = norm && norm.sd > 0 ? (value - norm.mean) / norm.sd : 0;
  }
  return z;
}
