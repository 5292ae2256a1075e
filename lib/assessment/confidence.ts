// Response-style checks and the confidence level of a result (methodology §2.4-2.5). They lower
// confidence and explain why in plain words; they never block a result.
import { DIMENSIONS } from "./models";
import { OPPOSITE_PAIRS } from "./questions";
import type { ModelVector } from "./profiles";

export interface Confidence {
  level: "high" | "medium" | "low";
  /** Plain sentences, shown next to the results. */
  flags: string[];
}

/** Provisional thresholds, to be tuned with pilot data. */
export const CONFIDENCE_RULES = {
  straightRun: 10,
  minAnswerSd: 0.5,
  /** "Not sure" on at least this many of the 21 items counts as all-neutral. */
  neutralCount: 14,
  acquiescentPairs: 3,
  acquiescentMean: 4.0,
  inconsistencySum: 5,
  /** SD of the six 0-1 RIASEC scores below this = flat profile (about the 5th percentile of simulated respondents). */
  flatRiasecSd: 0.08,
  extremeShare: 0.85,
} as const;

export const CONFIDENCE_FLAGS = {
  straightLining:
    "Many of your answers were the same in a row, so these results may not reflect you well. Try again, thinking about each statement on its own.",
  neutral:
    'You answered "Not sure" to most statements, so there is little to go on. Treat these results as a rough guide, or try again.',
  acquiescence:
    "You agreed with statements that point in opposite directions (for example, liking to lead and also preferring to stay in the background), so your results may lean towards whatever you agreed with.",
  inconsistency: "Some of your answers contradict each other, so the order of careers is less certain.",
  flatInterests:
    "Your interest answers are very even across all six interest areas, so small changes could reorder your list.",
  extreme:
    "Most of your answers were at the very ends of the scale. That is fine, but it can make differences between careers look bigger than they are.",
} as const;

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

export function isStraightLining(answers: readonly number[]): boolean {
  return (
    longestRun(answers) >= CONFIDENCE_RULES.straightRun || standardDeviation(answers) < CONFIDENCE_RULES.minAnswerSd
  );
}

export function isMostlyNeutral(answers: readonly number[]): boolean {
  return answers.filter((answer) => answer === 3).length >= CONFIDENCE_RULES.neutralCount;
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
    bothAgreed >= CONFIDENCE_RULES.acquiescentPairs ||
    sum / (OPPOSITE_PAIRS.length * 2) > CONFIDENCE_RULES.acquiescentMean
  );
}

/** |r6 − (6 − r14)| + |r5 − (6 − r15)|: the two cleanest reverse-keyed pairs should roughly mirror. */
export function isInconsistent(answers: readonly number[]): boolean {
  const gap =
    Math.abs(answerAt(answers, 6) - (6 - answerAt(answers, 14))) +
    Math.abs(answerAt(answers, 5) - (6 - answerAt(answers, 15)));
  return gap >= CONFIDENCE_RULES.inconsistencySum;
}

export function hasFlatInterests(holland: ModelVector): boolean {
  return standardDeviation(DIMENSIONS.holland.map((letter) => holland[letter] ?? 0.5)) < CONFIDENCE_RULES.flatRiasecSd;
}

export function isExtreme(answers: readonly number[]): boolean {
  const extremes = answers.filter((answer) => answer === 1 || answer === 5).length;
  return extremes / Math.max(1, answers.length) > CONFIDENCE_RULES.extremeShare;
}

/** True when the answers should be left out of any calibration sample (methodology §2.4). */
export function hasResponseQualityFlag(answers: readonly number[]): boolean {
  return isStraightLining(answers) || isMostlyNeutral(answers) || isAcquiescent(answers) || isInconsistent(answers);
}

/**
 * Low: straight-lining or mostly "Not sure", or two or more other warning signs. Medium: one warning
 * sign. Extreme answering is mentioned but does not lower confidence (it is a style, not an error).
 */
export function assessConfidence(answers: readonly number[], holland: ModelVector): Confidence {
  const flags: string[] = [];
  const neutral = isMostlyNeutral(answers);
  // All "Not sure" is also a straight line; one message about it is enough.
  const straight = !neutral && isStraightLining(answers);
  if (straight) flags.push(CONFIDENCE_FLAGS.straightLining);
  if (neutral) flags.push(CONFIDENCE_FLAGS.neutral);
  let warnings = 0;
  if (isAcquiescent(answers)) {
    flags.push(CONFIDENCE_FLAGS.acquiescence);
    warnings++;
  }
  if (isInconsistent(answers)) {
    flags.push(CONFIDENCE_FLAGS.inconsistency);
    warnings++;
  }
  if (!neutral && hasFlatInterests(holland)) {
    flags.push(CONFIDENCE_FLAGS.flatInterests);
    warnings++;
  }
  if (isExtreme(answers)) flags.push(CONFIDENCE_FLAGS.extreme);
  const level = straight || neutral || warnings >= 2 ? "low" : warnings === 1 ? "medium" : "high";
  return { level, flags };
}
