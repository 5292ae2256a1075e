// Response-quality checks (methodology §2.4-2.5). Answer sets that carry no information about the
// person (one answer everywhere, a repeating pattern, mostly "not sure", agreeing with opposite
// statements) are `withheld`: no band, tier or fit label. Returns codes only; the page words them.
import { DIMENSIONS } from "./models";
import type { ModelVector } from "./profiles";
import { OPPOSITE_PAIRS } from "./questions";

/** Provisional thresholds (methodology §2.4 unless noted), to be tuned with pilot data. */
export const QUALITY_RULES = {
  /** Longest run of one answer, or the SD of the 21 answers below this: straight-lining. */
  straightRun: 10,
  minAnswerSd: 0.5,
  /** Our choice: answers that repeat with a period of 2-5 items (4545…, 12341234…) carry no content. */
  maxPatternPeriod: 5,
  /** "Not sure" on at least this many of the 21 items (our choice: two thirds). */
  neutralCount: 14,
  /** Agreeing (≥ 4) with both halves of this many opposite pairs, or a mean above this on their 8 items. */
  acquiescentPairs: 3,
  acquiescentMean: 4.0,
  /** |r6 − (6 − r14)| + |r5 − (6 − r15)| at or above this: the two cleanest reversed pairs contradict. */
  inconsistencySum: 5,
  /** SD of the six 0-1 RIASEC scores below this = flat interests (our choice; ~5th percentile simulated). */
  flatRiasecSd: 0.08,
  /** More than this share of answers at 1 or 5: a style, noted but not held against the result. */
  extremeShare: 0.85,
} as const;

/** Every flag the result can carry, in the order the page should list them. */
export const QUALITY_FLAGS = [
  "no-variation",
  "straight-lining",
  "repeating-pattern",
  "mostly-neutral",
  "acquiescent",
  "inconsistent",
  "flat-interests",
  "unstable-ranking",
  "extreme",
] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

/** Flags that mean the answers say too little about the person to suggest careers: result withheld. */
export const WITHHOLDING_FLAGS: readonly QualityFlag[] = [
  "no-variation",
  "straight-lining",
  "repeating-pattern",
  "mostly-neutral",
  "acquiescent",
  "inconsistent",
];

/** Flags that lower confidence without withholding; `extreme` is only noted (a style, not an error). */
export const CAUTION_FLAGS: readonly QualityFlag[] = ["flat-interests", "unstable-ranking"];
// "unstable-ranking" is raised by assess(): no career reaches the `likely` tier (stability.ts), so the
// list is fragile under retest noise.

const answerAt = (answers: readonly number[], id: number): number => answers[id - 1] ?? 3;

export function longestRun(answers: readonly number[]): number {
  let longest = 0;
  let run = 0;
  answers.forEach((answer, i) => {
    run = i > 0 && answer === answers[i - 1] ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

export function standardDeviation(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

export function hasNoVariation(answers: readonly number[]): boolean {
  return answers.every((answer) => answer === answers[0]);
}

export function isStraightLining(answers: readonly number[]): boolean {
  return longestRun(answers) >= QUALITY_RULES.straightRun || standardDeviation(answers) < QUALITY_RULES.minAnswerSd;
}

/** True when the answers repeat with some period 2..maxPatternPeriod (period 1 is no-variation). */
export function hasRepeatingPattern(answers: readonly number[]): boolean {
  for (let period = 2; period <= QUALITY_RULES.maxPatternPeriod; period++) {
    let repeats = true;
    for (let i = period; i < answers.length && repeats; i++) repeats = answers[i] === answers[i - period];
    if (repeats && !hasNoVariation(answers)) return true;
  }
  return false;
}

export function isMostlyNeutral(answers: readonly number[]): boolean {
  return answers.filter((answer) => answer === 3).length >= QUALITY_RULES.neutralCount;
}

/** Agreeing (≥ 4) with both halves of 3+ opposite pairs, or a mean above 4 on those 8 items. */
export function isAcquiescent(answers: readonly number[]): boolean {
  let bothAgreed = 0;
  let sum = 0;
  for (const [a, b] of OPPOSITE_PAIRS) {
    const first = answerAt(answers, a);
    const second = answerAt(answers, b);
    if (first >= 4 && second >= 4) bothAgreed++;
    sum += first + second;
  }
  return (
    bothAgreed >= QUALITY_RULES.acquiescentPairs || sum / (OPPOSITE_PAIRS.length * 2) > QUALITY_RULES.acquiescentMean
  );
}

/** |r6 − (6 − r14)| + |r5 − (6 − r15)|: the two cleanest reverse-keyed pairs should roughly mirror. */
export function isInconsistent(answers: readonly number[]): boolean {
  const gap =
    Math.abs(answerAt(answers, 6) - (6 - answerAt(answers, 14))) +
    Math.abs(answerAt(answers, 5) - (6 - answerAt(answers, 15)));
  return gap >= QUALITY_RULES.inconsistencySum;
}

export function hasFlatInterests(holland: ModelVector): boolean {
  return standardDeviation(DIMENSIONS.holland.map((letter) => holland[letter] ?? 0.5)) < QUALITY_RULES.flatRiasecSd;
}

export function isExtreme(answers: readonly number[]): boolean {
  const extremes = answers.filter((answer) => answer === 1 || answer === 5).length;
  return extremes / Math.max(1, answers.length) > QUALITY_RULES.extremeShare;
}

/** The withholding flags these answers trip, in QUALITY_FLAGS order; empty = the result can be shown. */
export function withholdingFlags(answers: readonly number[]): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (hasNoVariation(answers)) flags.push("no-variation");
  if (isStraightLining(answers)) flags.push("straight-lining");
  if (hasRepeatingPattern(answers)) flags.push("repeating-pattern");
  if (isMostlyNeutral(answers)) flags.push("mostly-neutral");
  if (isAcquiescent(answers)) flags.push("acquiescent");
  if (isInconsistent(answers)) flags.push("inconsistent");
  return flags;
}

/** True when the answers must be left out of any calibration sample (methodology §2.4). */
export function isWithheld(answers: readonly number[]): boolean {
  return withholdingFlags(answers).length > 0;
}

export type ConfidenceLevel = "high" | "medium" | "low";

export interface Confidence {
  level: ConfidenceLevel;
  /** Codes from QUALITY_FLAGS; the page words them. */
  flags: QualityFlag[];
}

/**
 * Low: withheld, or two caution flags. Medium: one caution flag. High: none. `extreme` is listed
 * but never lowers the level.
 */
export function assessConfidence(
  answers: readonly number[],
  holland: ModelVector,
  rankingUnstable: boolean,
): Confidence {
  const flags = withholdingFlags(answers);
  const withheld = flags.length > 0;
  // A flat profile of a withheld answer set says nothing new, so it is not listed twice.
  if (!withheld && hasFlatInterests(holland)) flags.push("flat-interests");
  if (!withheld && rankingUnstable) flags.push("unstable-ranking");
  if (isExtreme(answers)) flags.push("extreme");
  const cautions = flags.filter((flag) => CAUTION_FLAGS.includes(flag)).length;
  const level: ConfidenceLevel = withheld || cautions >= 2 ? "low" : cautions === 1 ? "medium" : "high";
  return { level, flags };
}
