// The person side of scoring: 21 answers → a 0-1 score per dimension of each model (methodology §2.2),
// with an uncertainty range from the number and loading weights of the items behind it, and a "lead"
// per model only where the top dimension(s) stand clear of the rest. Pure; returns data, never words.
import { MODELS, dimensionsOf, type Model } from "./models";
import type { ModelVector } from "./profiles";
import { QUESTIONS, QUESTION_COUNT, SCALE } from "./questions";

/** 0-1 per dimension of every model; 0.5 is neutral. */
export interface PersonProfile {
  models: Record<Model, ModelVector>;
}

export interface ItemShare {
  itemId: number;
  /** Loading weight of the item on this dimension (negative = reverse-keyed). */
  weight: number;
  /** |weight| / Σ|weight| over the dimension's items: the item's share of the dimension score. */
  share: number;
}

/** Per model and dimension, the items that feed it, with their share of the score. */
export type DimensionItems = Record<Model, Record<string, ItemShare[]>>;

export function buildDimensionItems(): DimensionItems {
  const result = Object.fromEntries(
    MODELS.map((model) => [model, Object.fromEntries(dimensionsOf(model).map((d) => [d, [] as ItemShare[]]))]),
  ) as DimensionItems;
  for (const question of QUESTIONS) {
    for (const { model, dimension, weight } of question.loadings) {
      result[model][dimension]?.push({ itemId: question.id, weight, share: 0 });
    }
  }
  for (const model of MODELS) {
    for (const items of Object.values(result[model])) {
      const total = items.reduce((sum, item) => sum + Math.abs(item.weight), 0);
      for (const item of items) item.share = total > 0 ? Math.abs(item.weight) / total : 0;
    }
  }
  return result;
}

/** Which items each dimension uses: the page can show Holland and CHASIDE as one interests block. */
export const DIMENSION_ITEMS: DimensionItems = buildDimensionItems();

/**
 * Holland and CHASIDE are both interest models scored from overlapping items, so they are not two
 * independent opinions: the items both use are listed here for the page's single "interests" block.
 */
export const INTEREST_BLOCK = {
  models: ["holland", "chaside"] as const,
  sharedItems: QUESTIONS.filter(
    (q) => q.loadings.some((l) => l.model === "holland") && q.loadings.some((l) => l.model === "chaside"),
  ).map((q) => q.id),
};

export function assertAnswers(answers: readonly number[]): void {
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
  const models = {} as Record<Model, ModelVector>;
  for (const model of MODELS) {
    const vector: ModelVector = {};
    for (const [dimension, items] of Object.entries(DIMENSION_ITEMS[model])) {
      let weighted = 0;
      let weights = 0;
      for (const { itemId, weight } of items) {
        weighted += weight * (((answers[itemId - 1] ?? 3) - 3) / 2);
        weights += Math.abs(weight);
      }
      vector[dimension] = weights > 0 ? (weighted / weights + 1) / 2 : 0.5;
    }
    models[model] = vector;
  }
  return { models };
}

/**
 * Reliability of one item, our assumption until pilot data exist: Spearman-Brown stepped down from the
 * O*NET Interest Profiler Short Form, α ≈ .81 over 10 items per RIASEC type (Rounds, Su, Lewis & Rivkin,
 * 2010): r₁ = α / (k − (k − 1)·α) = .81 / 2.71 ≈ .30. Applied to every model (interest items are the
 * best-studied case; the other models' short scales are no more reliable per item).
 */
export const RELIABILITY = {
  sourceAlpha: 0.81,
  sourceItems: 10,
  source: "Rounds, Su, Lewis & Rivkin (2010), O*NET Interest Profiler Short Form",
  singleItem: 0.3,
} as const;

/** Half-width of the uncertainty range in SEMs: ±1 SEM (about a 68 % band). Our choice. */
export const UNCERTAINTY_Z = 1;

/** A lead needs a gap above LEAD_Z × √(SEM_a² + SEM_b²) to the next dimension. Our choice. */
export const LEAD_Z = 1;

/** At most this many dimensions form a lead (a three-letter code for Holland); our choice. */
export const MAX_LEAD: Record<Model, number> = { holland: 3, chaside: 2, mmmg: 2, bigFive: 2, vak: 1 };

/**
 * Items behind a dimension, counted by weight: n_eff = (Σ|w|)² / Σw² (Kish's effective count), so one
 * main item plus three 0.3 side loadings counts as about 2.1 items, not 4.
 */
export function effectiveItems(items: readonly ItemShare[]): number {
  const sum = items.reduce((s, item) => s + Math.abs(item.weight), 0);
  const squares = items.reduce((s, item) => s + item.weight * item.weight, 0);
  return squares > 0 ? (sum * sum) / squares : 0;
}

/** Spearman-Brown: reliability of n parallel items each with reliability r₁. */
export function spearmanBrown(n: number, single: number = RELIABILITY.singleItem): number {
  return n > 0 ? (n * single) / (1 + (n - 1) * single) : 0;
}

/** Spread of a dimension score in the reference population (CalibrationData.personNorms). */
export type PersonNorms = Record<Model, Record<string, { mean: number; sd: number }>>;

export interface DimensionUncertainty {
  effectiveItems: number;
  reliability: number;
  /** SEM = SD·√(1 − reliability), on the 0-1 score scale. */
  sem: number;
}

/** SEM per dimension, from the items behind it and the population SD of its score. */
export function dimensionUncertainty(norms: PersonNorms): Record<Model, Record<string, DimensionUncertainty>> {
  const result = {} as Record<Model, Record<string, DimensionUncertainty>>;
  for (const model of MODELS) {
    result[model] = {};
    for (const dimension of dimensionsOf(model)) {
      const n = effectiveItems(DIMENSION_ITEMS[model][dimension] ?? []);
      const reliability = spearmanBrown(n);
      const sd = norms[model][dimension]?.sd ?? 0;
      result[model][dimension] = { effectiveItems: n, reliability, sem: sd * Math.sqrt(1 - reliability) };
    }
  }
  return result;
}

export interface DimensionScore {
  score: number;
  low: number;
  high: number;
}

export type ProfileWithRanges = Record<Model, Record<string, DimensionScore>>;

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export function profileRanges(
  person: PersonProfile,
  uncertainty: Record<Model, Record<string, DimensionUncertainty>>,
): ProfileWithRanges {
  const result = {} as ProfileWithRanges;
  for (const model of MODELS) {
    result[model] = {};
    for (const dimension of dimensionsOf(model)) {
      const score = person.models[model][dimension] ?? 0.5;
      const half = UNCERTAINTY_Z * (uncertainty[model][dimension]?.sem ?? 0);
      result[model][dimension] = { score, low: clamp01(score - half), high: clamp01(score + half) };
    }
  }
  return result;
}

/**
 * The top k dimensions (k ≤ MAX_LEAD) for the smallest k whose k-th score beats the (k+1)-th by more
 * than the uncertainty of the difference; null when no such k exists ("no clear lead"). The dimensions
 * of a lead come in the model's own order: within a lead their order is not supported by the data.
 */
export function leadOf(
  model: Model,
  scores: ModelVector,
  uncertainty: Record<string, DimensionUncertainty>,
): string[] | null {
  const dims = dimensionsOf(model);
  const sorted = [...dims].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  for (let k = 1; k <= Math.min(MAX_LEAD[model], sorted.length - 1); k++) {
    const a = sorted[k - 1] ?? "";
    const b = sorted[k] ?? "";
    const gap = (scores[a] ?? 0) - (scores[b] ?? 0);
    const se = Math.hypot(uncertainty[a]?.sem ?? 0, uncertainty[b]?.sem ?? 0);
    if (gap > LEAD_Z * se) {
      const lead = new Set(sorted.slice(0, k));
      return dims.filter((d) => lead.has(d));
    }
  }
  return null;
}

export function leadsOf(
  person: PersonProfile,
  uncertainty: Record<Model, Record<string, DimensionUncertainty>>,
): Record<Model, string[] | null> {
  const result = {} as Record<Model, string[] | null>;
  for (const model of MODELS) result[model] = leadOf(model, person.models[model], uncertainty[model]);
  return result;
}
