// Seeded simulated respondents: the provisional reference population for calibration and the
// influence audit until pilot data exist. Deterministic for a given seed.
import { MODELS, dimensionsOf } from "./models";
import { QUESTIONS, SCALE } from "./questions";

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draw (Box-Muller). */
export function gaussian(random: () => number): number {
  const u = 1 - random(); // (0, 1], so the log is finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * How simulated answers are drawn (provisional, documented on /methodology):
 * every dimension of every model gets an independent latent N(0,1) (a random RIASEC profile plus
 * random values, traits and preferences); each item's latent is its loading-weighted sum, normalised;
 * answer = round(centre + bias + slope·latent + noise·N(0,1)), clipped to 1-5.
 */
export const SIMULATION = { centre: 3.2, biasSd: 0.3, slope: 1.0, noiseSd: 0.7 } as const;
export type SimulationSettings = { centre: number; biasSd: number; slope: number; noiseSd: number };

export function simulateRespondent(random: () => number): number[] {
  const latent = new Map<string, number>();
  for (const model of MODELS) {
    for (const dimension of dimensionsOf(model)) latent.set(`${model}.${dimension}`, gaussian(random));
  }
  const bias = SIMULATION.biasSd * gaussian(random);
  return QUESTIONS.map((question) => {
    let sum = 0;
    let squares = 0;
    for (const { model, dimension, weight } of question.loadings) {
      sum += weight * (latent.get(`${model}.${dimension}`) ?? 0);
      squares += weight * weight;
    }
    const itemLatent = squares > 0 ? sum / Math.sqrt(squares) : 0;
    const answer = Math.round(
      SIMULATION.centre + bias + SIMULATION.slope * itemLatent + SIMULATION.noiseSd * gaussian(random),
    );
    return Math.min(SCALE.max, Math.max(SCALE.min, answer));
  });
}

export function simulateRespondents(count: number, seed: number): number[][] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => simulateRespondent(random));
}

/** Answers drawn uniformly from 1-5, independent across items: isolates the key's own structure. */
export function uniformRespondents(count: number, seed: number): number[][] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () =>
    QUESTIONS.map(() => SCALE.min + Math.floor(random() * (SCALE.max - SCALE.min + 1))),
  );
}
