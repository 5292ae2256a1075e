// Rank stability by simulation (methodology §2.5): nudge the answers as a retest would and count how
// often each career stays in the top 10, e.g. "stays in your top 10 in 8 of 10 simulations".
import { CALIBRATION } from "./calibration-data";
import type { CalibrationData } from "./calibration";
import { SCALE } from "./questions";
import { matchRaw, profilePerson, standardiseCareer, type ScoredCareer } from "./score";
import { mulberry32 } from "./simulate";

export interface StabilityOptions {
  runs?: number;
  /** Chance that each answer moves one step up or down in a run (provisional retest noise). */
  moveProbability?: number;
  top?: number;
  /** Defaults to a hash of the answers, so the same result URL always shows the same numbers. */
  seed?: number;
}

function hashAnswers(answers: readonly number[]): number {
  let hash = 2166136261;
  for (const answer of answers) hash = Math.imul(hash ^ answer, 16777619) >>> 0;
  return hash;
}

/** Share of runs (0-1) in which each career lands in the top `top`; careers never there are absent. */
export function estimateTopStability(
  answers: readonly number[],
  careers: readonly ScoredCareer[],
  options: StabilityOptions = {},
  calibration: CalibrationData = CALIBRATION,
): Map<string, number> {
  const runs = options.runs ?? 200;
  const moveProbability = options.moveProbability ?? 0.3;
  const top = options.top ?? 10;
  const random = mulberry32(options.seed ?? hashAnswers(answers));
  const standardised = careers.map((career) => standardiseCareer(career.profile, calibration.occupationNorms));
  const counts = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    const nudged = answers.map((answer) => {
      if (random() >= moveProbability) return answer;
      const step = random() < 0.5 ? -1 : 1;
      return Math.min(SCALE.max, Math.max(SCALE.min, answer + step));
    });
    const person = profilePerson(nudged);
    const scored = careers.map((career, i) => {
      const z = standardised[i];
      return { id: career.id, raw: z ? matchRaw(person, career.profile, z).raw : 0 };
    });
    scored.sort((a, b) => b.raw - a.raw || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const { id } of scored.slice(0, top)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return new Map([...counts].map(([id, count]) => [id, count / runs]));
}
