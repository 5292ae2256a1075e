// Scores 21 answers: the person's 0-1 profile per model (methodology §2.2), a raw match against every
// career (§4.1-4.2), the calibrated 0-100 index, reasons, caution and confidence. Pure and deterministic.
import { CALIBRATION } from "./calibration-data";
import { bandOf, indexFromRaw, type Band, type CalibrationData } from "./calibration";
import { assessConfidence, type Confidence } from "./confidence";
import { explainCaution, explainReasons } from "./explain";
import { MODELS, MODEL_WEIGHTS, dimensionLabel, dimensionsOf, type Model } from "./models";
import { standardise, type CareerProfile, type ModelVector, type OccupationNorms } from "./profiles";
import { ASSESSMENT_VERSION, QUESTIONS, QUESTION_COUNT, SCALE } from "./questions";
import { similarities, type Similarities } from "./similarity";

export type { Confidence } from "./confidence";

/** 0-1 per dimension; 0.5 is neutral. */
export interface PersonProfile {
  models: Record<Model, ModelVector>;
}

export interface ModelBreakdown {
  model: Model;
  similarity: number;
  weight: number;
  contribution: number;
  /** True when this career's profile for the model is estimated by the gap rule. */
  estimated: boolean;
}

export interface Match {
  careerId: string;
  rawScore: number;
  /** 0-97 integer, calibrated on a reference population; never a percentage or probability. */
  index: number;
  band: Band;
  breakdown: ModelBreakdown[];
  reasons: string[];
  caution: string;
  /** Within 3 index points of the career ranked just above: show as "similar fit", no implied order. */
  similarToPrevious: boolean;
}

export interface AssessmentResult {
  version: string;
  person: PersonProfile;
  confidence: Confidence;
  matches: Match[];
}

export interface ScoredCareer {
  id: string;
  title: string;
  profile: CareerProfile;
}

function assertAnswers(answers: readonly number[]): void {
  if (answers.length !== QUESTION_COUNT) {
    throw new RangeError(`expected ${QUESTION_COUNT} answers, got ${answers.length}`);
  }
  answers.forEach((answer, i) => {
    if (!Number.isInteger(answer) || answer < SCALE.min || answer > SCALE.max) {
      throw new RangeError(`answer ${i + 1} is ${answer}; answers must be integers from 1 to 5`);
    }
  });
}

/**
 * x_i = (r_i − 3)/2; d_j = Σ w_ij·x_i / Σ|w_ij|; reported as (d_j + 1)/2. Throws on invalid answers:
 * pages validate with parseResultQuery first, so this only fires on a programming error.
 */
export function profilePerson(answers: readonly number[]): PersonProfile {
  assertAnswers(answers);
  const sums = new Map<string, { weighted: number; weights: number }>();
  QUESTIONS.forEach((question, i) => {
    const x = ((answers[i] ?? 3) - 3) / 2;
    for (const { model, dimension, weight } of question.loadings) {
      const key = `${model}.${dimension}`;
      const entry = sums.get(key) ?? { weighted: 0, weights: 0 };
      entry.weighted += weight * x;
      entry.weights += Math.abs(weight);
      sums.set(key, entry);
    }
  });
  const vector = (model: Model): ModelVector => {
    const result: ModelVector = {};
    for (const dimension of dimensionsOf(model)) {
      const entry = sums.get(`${model}.${dimension}`);
      const d = entry && entry.weights > 0 ? entry.weighted / entry.weights : 0;
      result[dimension] = (d + 1) / 2;
    }
    return result;
  };
  return {
    models: {
      holland: vector("holland"),
      chaside: vector("chaside"),
      mmmg: vector("mmmg"),
      bigFive: vector("bigFive"),
      vak: vector("vak"),
    },
  };
}

/** The standardised career profile used for matching (CHASIDE, motivations, Big Five and VAK). */
export function standardiseCareer(profile: CareerProfile, norms: OccupationNorms): Record<Model, ModelVector> {
  return {
    holland: standardise("holland", profile.models.holland, norms),
    chaside: standardise("chaside", profile.models.chaside, norms),
    mmmg: standardise("mmmg", profile.models.mmmg, norms),
    bigFive: standardise("bigFive", profile.models.bigFive, norms),
    vak: standardise("vak", profile.models.vak, norms),
  };
}

/** S = Σ weight × similarity over the five models. */
export function rawScoreOf(sims: Similarities): number {
  return MODELS.reduce((sum, model) => sum + MODEL_WEIGHTS[model] * sims[model].value, 0);
}

/** Raw match of one person with one career, given pre-standardised career vectors. */
export function matchRaw(
  person: PersonProfile,
  profile: CareerProfile,
  careerZ: Record<Model, ModelVector>,
): { raw: number; similarities: Similarities } {
  const sims = similarities(person.models, profile.models, careerZ);
  return { raw: rawScoreOf(sims), similarities: sims };
}

interface Ranked {
  match: Match;
  raw: number;
  holland: number;
  chaside: number;
}

/** Higher unrounded score first, then Holland, then CHASIDE similarity, then career id (stable). */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.raw - a.raw ||
    b.holland - a.holland ||
    b.chaside - a.chaside ||
    (a.match.careerId < b.match.careerId ? -1 : a.match.careerId > b.match.careerId ? 1 : 0)
  );
}

/** Scores the answers against every career; `calibration` defaults to the frozen data of this version. */
export function scoreAnswers(
  answers: readonly number[],
  careers: readonly ScoredCareer[],
  calibration: CalibrationData = CALIBRATION,
): AssessmentResult {
  const person = profilePerson(answers);
  const confidence = assessConfidence(answers, person.models.holland);
  const ranked: Ranked[] = careers.map((career) => {
    const careerZ = standardiseCareer(career.profile, calibration.occupationNorms);
    const { raw, similarities: sims } = matchRaw(person, career.profile, careerZ);
    const estimated = new Set(career.profile.estimated.map((entry) => entry.model));
    const index = indexFromRaw(raw, calibration.knots);
    const explainInput = { title: career.title, similarities: sims, estimated, medians: calibration.similarityMedians };
    return {
      raw,
      holland: sims.holland.value,
      chaside: sims.chaside.value,
      match: {
        careerId: career.id,
        rawScore: raw,
        index,
        band: bandOf(index),
        breakdown: MODELS.map((model) => ({
          model,
          similarity: sims[model].value,
          weight: MODEL_WEIGHTS[model],
          contribution: MODEL_WEIGHTS[model] * sims[model].value,
          estimated: estimated.has(model),
        })),
        reasons: explainReasons(explainInput),
        caution: explainCaution(explainInput),
        similarToPrevious: false,
      },
    };
  });
  ranked.sort(compareRanked);
  const matches = ranked.map((entry) => entry.match);
  matches.forEach((match, i) => {
    const previous = matches[i - 1];
    match.similarToPrevious = previous !== undefined && previous.index - match.index <= 3;
  });
  return { version: ASSESSMENT_VERSION, person, confidence, matches };
}

/** Dimensions of a model from highest to lowest score, ties in the model's own order. */
function rankDimensions(model: Model, vector: ModelVector): string[] {
  return dimensionsOf(model)
    .map((dimension, order) => ({ dimension, value: vector[dimension] ?? 0, order }))
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .map((entry) => entry.dimension);
}

function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/**
 * Short profile for the top of the results page. topChaside and topValues are dimension keys
 * (look up names in DIMENSION_LABELS); the sentence already uses the names.
 */
export function summarizePerson(person: PersonProfile): {
  hollandCode: string;
  topChaside: string[];
  topValues: string[];
  sentence: string;
} {
  const holland = rankDimensions("holland", person.models.holland).slice(0, 3);
  const topChaside = rankDimensions("chaside", person.models.chaside).slice(0, 2);
  const topValues = rankDimensions("mmmg", person.models.mmmg).slice(0, 2);
  const sentence =
    `Your answers lean most towards ${listOf(holland.map((d) => dimensionLabel("holland", d).name))} activities` +
    `; your study-area interests point to ${listOf(topChaside.map((d) => dimensionLabel("chaside", d).name))}` +
    `; and what you want most from work is ${listOf(topValues.map((d) => dimensionLabel("mmmg", d).name.toLowerCase()))}.`;
  return { hollandCode: holland.join(""), topChaside, topValues, sentence };
}
