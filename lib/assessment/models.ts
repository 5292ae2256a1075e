// The five models of the Rumbo assessment: their dimensions and weights. Pure constants with no words:
// every other assessment module keys its data by these names, and each locale's dictionary names them
// (lib/i18n/en-models.ts, lib/i18n/es.ts).

export const MODELS = ["holland", "chaside", "mmmg", "bigFive", "vak"] as const;
export type Model = (typeof MODELS)[number];

export const DIMENSIONS = {
  holland: ["R", "I", "A", "S", "E", "C"],
  chaside: ["C", "H", "A", "S", "I", "D", "E"],
  bigFive: ["O", "C", "E", "A", "ES"],
  mmmg: ["achievement", "independence", "recognition", "relationships", "support", "workingConditions"],
  vak: ["V", "A", "K"],
} as const;

export type Dimension<M extends Model> = (typeof DIMENSIONS)[M][number];

/**
 * Interests carry 60 % because they have the best-replicated links to choice, persistence and
 * satisfaction; VAK only describes how the work is done, so it gets 5 % (methodology §4.2).
 */
export const MODEL_WEIGHTS: Record<Model, number> = {
  holland: 0.4,
  chaside: 0.2,
  mmmg: 0.2,
  bigFive: 0.15,
  vak: 0.05,
};

/** The dimensions of a model as plain strings, for code that loops over any model. */
export function dimensionsOf(model: Model): readonly string[] {
  return DIMENSIONS[model];
}

export function isModel(value: string): value is Model {
  return MODELS.some((model) => model === value);
}
