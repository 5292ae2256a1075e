// The open scoring key served at /methodology/key.json: every item, its loadings, the model weights
// and the dimensions, so anyone can recompute a profile from a result URL by hand.
import { DIMENSIONS, MODEL_WEIGHTS, type Model } from "./models";
import { ASSESSMENT_VERSION, QUESTIONS, SCALE } from "./questions";

export interface AssessmentKey {
  version: string;
  scale: { min: number; max: number };
  items: { id: number; text: string; loadings: { model: Model; dimension: string; weight: number }[] }[];
  modelWeights: Record<Model, number>;
  dimensions: Record<Model, readonly string[]>;
}

export function buildAssessmentKey(): AssessmentKey {
  return {
    version: ASSESSMENT_VERSION,
    scale: { min: SCALE.min, max: SCALE.max },
    items: QUESTIONS.map((question) => ({
      id: question.id,
      text: question.text,
      loadings: question.loadings.map(({ model, dimension, weight }) => ({ model, dimension, weight })),
    })),
    modelWeights: { ...MODEL_WEIGHTS },
    dimensions: {
      holland: DIMENSIONS.holland,
      chaside: DIMENSIONS.chaside,
      mmmg: DIMENSIONS.mmmg,
      bigFive: DIMENSIONS.bigFive,
      vak: DIMENSIONS.vak,
    },
  };
}
