// The one result function, used by the result page and the JSON route: 21 answers and a career list in,
// a data-only result out (codes, ids and numbers; the page words everything through its dictionary).
import { CALIBRATION } from "./calibration-data";
import { bandOf, indexFromRaw, type Band, type CalibrationData } from "./calibration";
import {
  MODEL_COUNT as MODEL_COUNT_EXPORT,
  catalogFor,
  personVectors,
  rawScoresInto,
  weightVector,
  type PersonVectors,
  type ScoredCareer,
  type ScoringCatalog,
} from "./catalog";
import { MODELS, type Model } from "./models";
import {
  assertAnswers,
  dimensionUncertainty,
  leadsOf,
  profilePerson,
  profileRanges,
  type DimensionUncertainty,
  type ProfileWithRanges,
} from "./person";
import { assessConfidence, withholdingFlags, type Confidence, type QualityFlag } from "./quality";
import { ASSESSMENT_VERSION } from "./questions";
import { RETEST, TIER_THRESHOLDS, retestStability, tierOf, type RetestSettings, type Tier } from "./stability";

export type { ScoredCareer } from "./catalog";
export type { Band } from "./calibration";
export type { Tier } from "./stability";
export type { QualityFlag, Confidence } from "./quality";
export type { DimensionScore, ProfileWithRanges } from "./person";

// Imported bindings can compile to getter calls (CommonJS interop); hot loops read local copies.
const MODEL_COUNT = MODEL_COUNT_EXPORT;
const MODEL_LIST: readonly Model[] = [...MODELS];

export interface ModelBreakdown {
  model: Model;
  /** 0-1 similarity of person and career in this model. */
  similarity: number;
  /** The fitted raw weight (CalibrationData.rawWeights), not the design weight. */
  weight: number;
  /** weight × similarity: this model's part of the raw score. */
  contribution: number;
  /** The career's profile for this model is estimated by the gap rule (O*NET lacks the table). */
  estimated: boolean;
}

export interface CareerResult {
  careerId: string;
  /** 0-97 match index from the frozen calibration; null when withheld. */
  index: number | null;
  band: Band | null;
  /** Stability tier; null when withheld or when the career is not among the stable or top careers. */
  tier: Tier | null;
  /** Share of simulated retests with this career in the top 10; null when withheld or not simulated. */
  stability: number | null;
  /** Per-model parts of the raw score; empty when withheld. */
  breakdown: ModelBreakdown[];
}

export interface AssessmentResult {
  version: string;
  withheld: boolean;
  /** The withholding flags that fired (codes); empty when not withheld. */
  withheldReasons: QualityFlag[];
  confidence: Confidence;
  /** 0-1 score with its uncertainty range for every model and dimension. */
  profile: ProfileWithRanges;
  /** Per model the clearly leading dimension(s), in the model's own order; null = no clear lead. */
  leads: Record<Model, string[] | null>;
  /** Every career: best first by raw score; by careerId when withheld (no order is implied then). */
  careers: CareerResult[];
}

export interface AssessOptions {
  /** Defaults to the frozen calibration of this version. */
  calibration?: CalibrationData;
  retest?: Partial<RetestSettings>;
}

/** Everything explainMatch needs that is not in the (JSON-safe) result. */
export interface AssessmentContext {
  catalog: ScoringCatalog;
  calibration: CalibrationData;
  person: PersonVectors;
  weights: Float64Array;
  positions: Map<string, number>;
}

const contexts = new WeakMap<AssessmentResult, AssessmentContext>();

export function contextOf(result: AssessmentResult): AssessmentContext | undefined {
  return contexts.get(result);
}

const uncertaintyCache = new WeakMap<CalibrationData, Record<Model, Record<string, DimensionUncertainty>>>();

/** SEMs per dimension for a calibration (its person norms), computed once. */
export function uncertaintyFor(calibration: CalibrationData): Record<Model, Record<string, DimensionUncertainty>> {
  let value = uncertaintyCache.get(calibration);
  if (!value) {
    value = dimensionUncertainty(calibration.personNorms);
    uncertaintyCache.set(calibration, value);
  }
  return value;
}

const positionsCache = new WeakMap<ScoringCatalog, Map<string, number>>();

function positionsOf(catalog: ScoringCatalog): Map<string, number> {
  let positions = positionsCache.get(catalog);
  if (!positions) {
    positions = new Map(catalog.ids.map((id, i) => [id, i]));
    positionsCache.set(catalog, positions);
  }
  return positions;
}

const byId = (ids: readonly string[]) => (a: number, b: number) => {
  const x = ids[a] ?? "";
  const y = ids[b] ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Scores 21 answers (integers 1-5; throws otherwise: validate with parseResultQuery first) against
 * every career. Deterministic: the same answers give the same result, stability included.
 */
export function assess(
  answers: readonly number[],
  careers: readonly ScoredCareer[],
  options: AssessOptions = {},
): AssessmentResult {
  assertAnswers(answers);
  const calibration = options.calibration ?? CALIBRATION;
  const settings: RetestSettings = { ...RETEST, ...options.retest };
  const catalog = catalogFor(careers, calibration);
  const weights = weightVector(calibration.rawWeights);
  const person = profilePerson(answers);
  const uncertainty = uncertaintyFor(calibration);
  const profile = profileRanges(person, uncertainty);
  const vectors = personVectors(answers, calibration.personNorms.bigFive);
  const n = catalog.size;
  const sims = new Float64Array(n * MODEL_COUNT);
  const raw = new Float64Array(n);
  rawScoresInto(catalog, vectors, weights, raw, sims);
  const context: AssessmentContext = {
    catalog,
    calibration,
    person: vectors,
    weights,
    positions: positionsOf(catalog),
  };

  const withheldReasons = withholdingFlags(answers);
  if (withheldReasons.length > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort(byId(catalog.ids));
    const result: AssessmentResult = {
      version: ASSESSMENT_VERSION,
      withheld: true,
      withheldReasons,
      confidence: assessConfidence(answers, person.models.holland, false),
      profile,
      leads: Object.fromEntries(MODELS.map((model) => [model, null])) as Record<Model, string[] | null>,
      careers: order.map((i) => ({
        careerId: catalog.ids[i] ?? "",
        index: null,
        band: null,
        tier: null,
        stability: null,
        breakdown: [],
      })),
    };
    contexts.set(result, context);
    return result;
  }

  // Rank on the unrounded score; ties by Holland, then CHASIDE similarity, then career id (§4.2).
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const tieById = byId(catalog.ids);
  order.sort(
    (a, b) =>
      (raw[b] ?? 0) - (raw[a] ?? 0) ||
      (sims[b * MODEL_COUNT] ?? 0) - (sims[a * MODEL_COUNT] ?? 0) ||
      (sims[b * MODEL_COUNT + 1] ?? 0) - (sims[a * MODEL_COUNT + 1] ?? 0) ||
      tieById(a, b),
  );
  const candidates = order.slice(0, Math.min(settings.candidates, n));
  const stability = retestStability(catalog, answers, candidates, weights, calibration.personNorms.bigFive, settings);
  const rankingUnstable = !stability.some((value) => value >= TIER_THRESHOLDS.likely);

  const results: CareerResult[] = new Array<CareerResult>(n);
  for (let rank = 0; rank < n; rank++) {
    const i = order[rank] ?? 0;
    const index = indexFromRaw(raw[i] ?? 0, calibration.knots);
    const stable = rank < candidates.length ? (stability[rank] ?? 0) : null;
    const breakdown: ModelBreakdown[] = new Array<ModelBreakdown>(MODEL_COUNT);
    for (let m = 0; m < MODEL_COUNT; m++) {
      const similarity = sims[i * MODEL_COUNT + m] ?? 0;
      const weight = weights[m] ?? 0;
      breakdown[m] = {
        model: MODEL_LIST[m] ?? "holland",
        similarity,
        weight,
        contribution: weight * similarity,
        estimated: catalog.estimated[i * MODEL_COUNT + m] === 1,
      };
    }
    results[rank] = {
      careerId: catalog.ids[i] ?? "",
      index,
      band: bandOf(index),
      tier: stable === null ? null : tierOf(stable, rank < settings.top),
      stability: stable,
      breakdown,
    };
  }
  const result: AssessmentResult = {
    version: ASSESSMENT_VERSION,
    withheld: false,
    withheldReasons: [],
    confidence: assessConfidence(answers, person.models.holland, rankingUnstable),
    profile,
    leads: leadsOf(person, uncertainty),
    careers: results,
  };
  contexts.set(result, context);
  return result;
}
