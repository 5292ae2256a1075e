// The open scoring key served at /methodology/key.json: every item and loading, the design weights and
// the fitted raw weights with their measured influence, every norm with its source, and every constant
// the method uses, so anyone can recompute a result from a result URL by hand. Generated from the code
// and the frozen calibration, never retyped.
import { uncertaintyFor } from "./assess";
import { CALIBRATION } from "./calibration-data";
import { BAND_THRESHOLDS, INDEX_CAP, QUANTILE_TARGETS, type CalibrationData } from "./calibration";
import { EXPLAIN_RULES, FIT_BY_BAND, POINTER_FIELDS } from "./explain";
import { WEIGHT_FIT } from "./influence";
import { DIMENSIONS, MODEL_WEIGHTS, type Model } from "./models";
import {
  DIMENSION_ITEMS,
  INTEREST_BLOCK,
  LEAD_Z,
  MAX_LEAD,
  RELIABILITY,
  UNCERTAINTY_Z,
  type DimensionItems,
} from "./person";
import { CAUTION_FLAGS, QUALITY_FLAGS, QUALITY_RULES, WITHHOLDING_FLAGS } from "./quality";
import { ASSESSMENT_VERSION, OPPOSITE_PAIRS, QUESTIONS, SCALE } from "./questions";
import { HOLLAND_SHAPE_WEIGHT } from "./similarity";
import { RETEST, TIER_THRESHOLDS } from "./stability";

/** Where a number comes from: a publication, O*NET data, our simulation, or our own choice. */
export type Basis = "published" | "onet-data" | "simulated" | "our-choice";

export interface AssessmentKey {
  version: string;
  scale: { min: number; max: number };
  items: { id: number; text: string; loadings: { model: Model; dimension: string; weight: number }[] }[];
  dimensions: Record<Model, readonly string[]>;
  /** Intended share of each model in the ranking (methodology §4.2): the target of the weight fit. */
  designWeights: Record<Model, number>;
  /** Weights actually used in S = Σ w·similarity, fitted so that influence matches designWeights. */
  rawWeights: Record<Model, number>;
  /** Measured Cov(w_m·s_m, S)/Var(S) across careers, averaged over the reference respondents. */
  influence: Record<Model, number>;
  weightFit: { basis: Basis; tolerance: number; exponent: number; iterations: number; maxError: number };
  /** Per dimension, its items with their share (|w|/Σ|w|) of the dimension score. */
  dimensionItems: DimensionItems;
  /** Holland and CHASIDE share these items: show them as one interests block. */
  interestBlock: { models: readonly Model[]; sharedItems: number[] };
  /** Per item, the share of a career's score variance it explains (uniform random answers): median and max over careers. */
  itemScoreShares: CalibrationData["itemScoreShares"] & { basis: Basis };
  uncertainty: {
    reliability: typeof RELIABILITY & { basis: Basis };
    rangeZ: number;
    leadZ: number;
    maxLead: Record<Model, number>;
    perDimension: Record<Model, Record<string, { effectiveItems: number; reliability: number; sem: number }>>;
  };
  norms: {
    person: { basis: Basis; source: string; values: CalibrationData["personNorms"] };
    occupation: { basis: Basis; source: string; values: CalibrationData["occupationNorms"] };
  };
  simulation: {
    basis: Basis;
    settings: CalibrationData["simulation"];
    seed: number;
    respondents: number;
    occupations: number;
  };
  matchIndex: {
    hollandShapeWeight: number;
    quantileTargets: readonly (readonly [number, number])[];
    knots: CalibrationData["knots"];
    cap: number;
    bands: typeof BAND_THRESHOLDS;
  };
  quality: {
    rules: typeof QUALITY_RULES;
    oppositePairs: readonly (readonly [number, number])[];
    flags: readonly string[];
    withholding: readonly string[];
    caution: readonly string[];
  };
  retest: typeof RETEST & { basis: Basis; seed: string };
  tiers: Record<string, number>;
  explanations: { rules: typeof EXPLAIN_RULES; fitByBand: typeof FIT_BY_BAND; pointerFields: typeof POINTER_FIELDS };
}

export function buildAssessmentKey(calibration: CalibrationData = CALIBRATION): AssessmentKey {
  return {
    version: ASSESSMENT_VERSION,
    scale: { min: SCALE.min, max: SCALE.max },
    items: QUESTIONS.map((question) => ({
      id: question.id,
      text: question.text,
      loadings: question.loadings.map(({ model, dimension, weight }) => ({ model, dimension, weight })),
    })),
    dimensions: {
      holland: DIMENSIONS.holland,
      chaside: DIMENSIONS.chaside,
      mmmg: DIMENSIONS.mmmg,
      bigFive: DIMENSIONS.bigFive,
      vak: DIMENSIONS.vak,
    },
    designWeights: { ...MODEL_WEIGHTS },
    rawWeights: { ...calibration.rawWeights },
    influence: { ...calibration.influence },
    weightFit: {
      basis: "simulated",
      tolerance: WEIGHT_FIT.tolerance,
      exponent: WEIGHT_FIT.exponent,
      ...calibration.weightFit,
    },
    dimensionItems: DIMENSION_ITEMS,
    interestBlock: { models: INTEREST_BLOCK.models, sharedItems: INTEREST_BLOCK.sharedItems },
    itemScoreShares: { basis: "simulated", ...calibration.itemScoreShares },
    uncertainty: {
      reliability: { ...RELIABILITY, basis: "published" },
      rangeZ: UNCERTAINTY_Z,
      leadZ: LEAD_Z,
      maxLead: MAX_LEAD,
      perDimension: uncertaintyFor(calibration),
    },
    norms: {
      person: {
        basis: "simulated",
        source: "Mean and SD of each 0-1 dimension score over the simulated reference respondents (not real people)",
        values: calibration.personNorms,
      },
      occupation: {
        basis: "onet-data",
        source: "Mean and SD of each dimension over the O*NET occupations with interest data, own ratings only",
        values: calibration.occupationNorms,
      },
    },
    simulation: {
      basis: "our-choice",
      settings: calibration.simulation,
      seed: calibration.seed,
      respondents: calibration.respondents,
      occupations: calibration.occupations,
    },
    matchIndex: {
      hollandShapeWeight: HOLLAND_SHAPE_WEIGHT,
      quantileTargets: QUANTILE_TARGETS,
      knots: calibration.knots,
      cap: INDEX_CAP,
      bands: BAND_THRESHOLDS,
    },
    quality: {
      rules: QUALITY_RULES,
      oppositePairs: OPPOSITE_PAIRS,
      flags: QUALITY_FLAGS,
      withholding: WITHHOLDING_FLAGS,
      caution: CAUTION_FLAGS,
    },
    retest: { ...RETEST, basis: "our-choice", seed: "FNV-1a hash of the 21-digit answer string" },
    tiers: { ...TIER_THRESHOLDS },
    explanations: { rules: EXPLAIN_RULES, fitByBand: FIT_BY_BAND, pointerFields: POINTER_FIELDS },
  };
}
