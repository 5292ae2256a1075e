// The reference population behind every frozen number of a scoring version: seeded simulated
// respondents × O*NET occupations. From it come the Big Five person norms and dimension SDs, the fitted
// raw weights and their measured influence, the match-index knots and the per-item score shares.
// scripts/calibrate.ts freezes the output; tests recompute it at small N.
import { fitKnots, rawQuantiles, type CalibrationData } from "./calibration";
import { buildCatalog, MODEL_COUNT, personVectors, similaritiesInto, weightVector } from "./catalog";
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
} from "./crosswalks";
import { fitRawWeights, measureItemScoreShares, similarityCovariances, WEIGHT_FIT } from "./influence";
import { DIMENSIONS, MODELS, MODEL_WEIGHTS, dimensionsOf, type Model } from "./models";
import { profilePerson, type PersonNorms } from "./person";
import { computeOccupationNorms, type CareerProfile } from "./profiles";
import { QUALITY_RULES, isWithheld } from "./quality";
import { QUESTIONS } from "./questions";
import { HOLLAND_SHAPE_WEIGHT } from "./similarity";
import { SIMULATION, simulateRespondents, uniformRespondents } from "./simulate";

export type ReferenceDistribution = Omit<CalibrationData, "version" | "generated" | "fingerprint">;

/**
 * FNV-1a hash of everything the frozen calibration depends on besides the O*NET data (which the
 * norms check covers): the item key, design weights, crosswalks and scoring constants.
 */
export function scoringFingerprint(): string {
  const text = JSON.stringify({
    items: QUESTIONS.map((q) => ({ id: q.id, loadings: q.loadings })),
    dimensions: DIMENSIONS,
    designWeights: MODEL_WEIGHTS,
    // Listed one by one: a module namespace object serialises differently across bundlers.
    crosswalks: [
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
    ],
    constants: { HOLLAND_SHAPE_WEIGHT, SIMULATION, QUALITY_RULES, WEIGHT_FIT },
  });
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] ?? 0) + (sorted[Math.ceil(middle)] ?? 0)) / 2;
}

/** Mean and SD (n − 1) of every dimension score over the given answer sets. */
export function computePersonNorms(answerSets: readonly (readonly number[])[]): PersonNorms {
  const people = answerSets.map(profilePerson);
  const norms = {} as PersonNorms;
  for (const model of MODELS) {
    norms[model] = {};
    for (const dimension of dimensionsOf(model)) {
      const values = people.map((p) => p.models[model][dimension] ?? 0.5);
      const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
      const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1);
      norms[model][dimension] = { mean, sd: Math.sqrt(variance) };
    }
  }
  return norms;
}

export interface ReferenceOptions {
  /** Uniform random respondents for the per-item score shares (0 = skip). */
  itemShareRespondents?: number;
}

/**
 * Simulates `respondents` people (seeded), drops withheld answer sets, and derives every frozen number.
 * Order matters: person norms feed the Big Five similarity, which feeds the weight fit, which feeds the
 * reference raw scores and so the knots.
 */
export function buildReferenceDistribution(
  profiles: readonly CareerProfile[],
  respondents: number,
  seed: number,
  options: ReferenceOptions = {},
): ReferenceDistribution {
  const answerSets = simulateRespondents(respondents, seed).filter((answers) => !isWithheld(answers));
  const personNorms = computePersonNorms(answerSets);
  const occupationNorms = computeOccupationNorms(profiles);
  const catalog = buildCatalog(
    profiles.map((profile) => ({ id: profile.code, title: profile.code, profile })),
    occupationNorms,
  );
  const covariances = similarityCovariances(catalog, answerSets, personNorms.bigFive);
  const fit = fitRawWeights(covariances, MODEL_WEIGHTS);
  const weights = weightVector(fit.rawWeights);

  const pairs = answerSets.length * catalog.size;
  const raw = new Float64Array(pairs);
  const perModel = MODELS.map(() => new Float64Array(pairs));
  const sims = new Float64Array(MODEL_COUNT);
  let k = 0;
  for (const answers of answerSets) {
    const person = personVectors(answers, personNorms.bigFive);
    for (let i = 0; i < catalog.size; i++, k++) {
      similaritiesInto(catalog, person, i, sims, 0);
      let s = 0;
      for (let m = 0; m < MODEL_COUNT; m++) {
        s += (weights[m] ?? 0) * (sims[m] ?? 0);
        const column = perModel[m];
        if (column) column[k] = sims[m] ?? 0;
      }
      raw[k] = s;
    }
  }
  const scores = Array.from(raw);
  const itemShareRespondents = options.itemShareRespondents ?? 0;
  return {
    seed,
    respondents: answerSets.length,
    occupations: profiles.length,
    simulation: { ...SIMULATION },
    rawWeights: fit.rawWeights,
    influence: fit.influence,
    weightFit: { iterations: fit.iterations, maxError: fit.maxError },
    personNorms,
    quantiles: rawQuantiles(scores),
    knots: fitKnots(scores),
    similarityMedians: Object.fromEntries(
      MODELS.map((model, m) => [model, median(perModel[m] ?? new Float64Array(0))]),
    ) as Record<Model, number>,
    occupationNorms,
    itemScoreShares: {
      respondents: itemShareRespondents,
      seed: seed + 1,
      items:
        itemShareRespondents > 0
          ? measureItemScoreShares(
              catalog,
              uniformRespondents(itemShareRespondents, seed + 1),
              fit.rawWeights,
              personNorms.bigFive,
            )
          : [],
    },
  };
}
