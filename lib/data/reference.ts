// The official all-occupations reference for growth comparisons, and the rule that turns a projected
// change into words. Pure.

/**
 * Total U.S. employment, BLS Employment Projections 2024-34: 170.0 million (2024) to 175.2 million
 * (2034), +3.1%. Source: BLS news release USDL-25-1324, "Employment Projections — 2024-2034",
 * 28 August 2025. Typed here (with its source) because the official total is not the sum of the
 * pack's line items (that sum gives 2.7%: detailed lines omit some workers the total counts).
 */
export const ALL_OCCUPATIONS_PROJECTION = {
  employment2024Millions: 170.0,
  employment2034Millions: 175.2,
  changePct: 3.1,
  source: "BLS news release USDL-25-1324 (Employment Projections 2024-34), 28 August 2025",
  url: "https://www.bls.gov/news.release/ecopro.nr0.htm",
} as const;

export type GrowthComparison = "shrinking" | "slower" | "similar" | "faster" | "much-faster";

/**
 * Our rule (stated on the page): within ±1 percentage point of the all-occupations change is
 * "similar"; up to 4 points above is "faster", more is "much faster"; below by more than 1 point is
 * "slower", and any projected decline is "shrinking". The words are generated from the figures, never
 * typed in prose, so two careers with 4.5% and 4.6% can never get different words by accident.
 */
export const GROWTH_RULE = { similarBand: 1, muchFasterAbove: 4 } as const;

export function compareGrowth(changePct: number, allChangePct: number = ALL_OCCUPATIONS_PROJECTION.changePct): GrowthComparison {
  if (changePct < 0) return "shrinking";
  const diff = changePct - allChangePct;
  if (Math.abs(diff) <= GROWTH_RULE.similarBand) return "similar";
  if (diff < 0) return "slower";
  return diff > GROWTH_RULE.muchFasterAbove ? "much-faster" : "faster";
}
