// Stability tiers (methodology §2.5): how often a career stays in the person's top 10 when the answers
// are nudged as a retest would nudge them. Deterministic per answer string, and cheap: all careers are
// scored once, only the K best are rescored in each simulated retest.
import { personVectors, personVectorsInto, rawScoresInto, type ScoringCatalog } from "./catalog";
import { SCALE } from "./questions";
import type { TraitNorms } from "./similarity";
import { mulberry32 } from "./simulate";

// Local copies: imported bindings can compile to getter calls inside the retest loop.
const MIN_ANSWER = SCALE.min;
const MAX_ANSWER = SCALE.max;

/**
 * Retest noise model (provisional, methodology §2.5; to be tuned in the pilot): in each simulated retest
 * every answer independently moves one step with probability .3, up or down with equal chance, and
 * stays within 1-5 (a move past the end leaves it where it was).
 * `candidates`: only the K best careers of the unjittered answers are rescored (our choice, measured
 * over 923 occupations by rescoring every career in each retest: careers outside the best 200 take
 * 0.9 % of retest top-10 places on average, 4 % at the 90th percentile; outside the best 60, 5.9 % and 15 %).
 * `runs`: 64 retests (our choice: a stability of .5 has a simulation SE of about .06).
 */
export const RETEST = { moveProbability: 0.3, step: 1, runs: 64, candidates: 200, top: 10 } as const;
export type RetestSettings = { moveProbability: number; step: number; runs: number; candidates: number; top: number };

export const TIERS = ["very-likely", "likely", "worth-a-look"] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Minimum stability per tier (our choice). `worth-a-look` also takes every career in the top 10 of the
 * unjittered answers, so every shown result has at least one tiered career.
 */
export const TIER_THRESHOLDS: Record<Tier, number> = { "very-likely": 0.8, likely: 0.5, "worth-a-look": 0.2 };

export function tierOf(stability: number, inTopOfAnswers: boolean): Tier | null {
  if (stability >= TIER_THRESHOLDS["very-likely"]) return "very-likely";
  if (stability >= TIER_THRESHOLDS.likely) return "likely";
  if (stability >= TIER_THRESHOLDS["worth-a-look"] || inTopOfAnswers) return "worth-a-look";
  return null;
}

/** FNV-1a of the answer string ("a" parameter): the same link always shows the same tiers. */
export function seedFromAnswers(answers: readonly number[]): number {
  let hash = 2166136261;
  const text = answers.join("");
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

/**
 * Share of retests in which each candidate (catalog indexes, best first) is in the top `settings.top`
 * of the candidates. Ties in a retest go to the candidate ranked higher on the unjittered answers.
 */
export function retestStability(
  catalog: ScoringCatalog,
  answers: readonly number[],
  candidates: Int32Array,
  weights: Float64Array,
  bigFiveNorms: TraitNorms,
  settings: RetestSettings = RETEST,
): Float64Array {
  const k = candidates.length;
  const counts = new Float64Array(k);
  const raw = new Float64Array(k);
  const topIndex = new Int32Array(Math.max(1, settings.top));
  const topValue = new Float64Array(Math.max(1, settings.top));
  const nudged = new Int8Array(answers.length);
  const random = mulberry32(seedFromAnswers(answers));
  const top = Math.min(settings.top, k);
  const person = personVectors(answers, bigFiveNorms);
  for (let run = 0; run < settings.runs; run++) {
    for (let i = 0; i < answers.length; i++) {
      const answer = answers[i] ?? 3;
      if (random() >= settings.moveProbability) {
        nudged[i] = answer;
        continue;
      }
      const moved = answer + (random() < 0.5 ? -settings.step : settings.step);
      nudged[i] = moved < MIN_ANSWER || moved > MAX_ANSWER ? answer : moved;
    }
    personVectorsInto(nudged, bigFiveNorms, person);
    rawScoresInto(catalog, person, weights, raw, null, candidates);
    // Top `top` by insertion (no full sort); strictly greater to enter, so ties keep the unjittered order.
    let filled = 0;
    for (let c = 0; c < k; c++) {
      const value = raw[c] ?? 0;
      if (filled === top && value <= (topValue[top - 1] ?? 0)) continue;
      let position = filled < top ? filled++ : top - 1;
      while (position > 0 && value > (topValue[position - 1] ?? 0)) {
        topValue[position] = topValue[position - 1] ?? 0;
        topIndex[position] = topIndex[position - 1] ?? 0;
        position--;
      }
      topValue[position] = value;
      topIndex[position] = c;
    }
    for (let i = 0; i < filled; i++) counts[topIndex[i] ?? 0]! += 1;
  }
  return counts.map((count) => count / settings.runs);
}
