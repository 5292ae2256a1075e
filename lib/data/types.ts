// Typed shapes of the vendored open data (O*NET 30.x, BLS Employment Projections 2024-34, SOC 2018).
// Pure types and constants: no I/O, so the assessment core and pages can share them.

export const RIASEC_LETTERS = ["R", "I", "A", "S", "E", "C"] as const;
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];

/** One O*NET occupation joined with its BLS projection row (null fields = no value in the source). */
export interface Occupation {
  code: string; // O*NET-SOC, e.g. "15-1252.00"
  title: string;
  socCode: string; // 6-digit SOC 2018, e.g. "15-1252"
  socMajorGroup: string;
  socMajorGroupName: string;
  jobZone: number | null; // 1-5
  careerCluster: string | null;
  /** O*NET Occupational Interests (OI scale, 1-7), or null when O*NET has no interest data. */
  riasec: Record<RiasecLetter, number> | null;
  highPoints: RiasecLetter[];
  bls: BlsProjection | null;
}

/** BLS Employment Projections 2024-34, Table 1.2 (median wage from OEWS May 2024). */
export interface BlsProjection {
  title: string;
  employment2024: number | null;
  employment2034: number | null;
  changePct: number | null;
  openingsAnnual: number | null;
  medianWageAnnual2024: number | null;
  medianWageIsLowerBound: boolean;
  typicalEntryEducation: string | null;
}

/** O*NET Required Level of Education (RL) summary. */
export interface EducationSummary {
  modeCategory: number;
  modeLabel: string;
  modePct: number;
  distribution: { category: number; label: string; pct: number }[];
}

/**
 * Raw O*NET descriptors of one occupation, the input of the assessment crosswalks.
 * Keys are O*NET element names (e.g. "Stress Tolerance"); values keep O*NET's own scales.
 */
export interface OnetSignals {
  code: string;
  socMajorGroup: string;
  /** Interests OI, 1-7; null when missing. */
  riasec: Record<RiasecLetter, number> | null;
  /** Work Styles Impact (WI), -3..+3 (2025 taxonomy). Empty when missing. */
  workStylesImpact: Record<string, number>;
  /** Work Values Extent (EX), 1-7. Empty when missing. */
  workValuesExtent: Record<string, number>;
  /** Knowledge importance (IM), 1-5. Empty when missing. */
  knowledgeImportance: Record<string, number>;
  /** Abilities importance (IM), 1-5. Empty when missing. */
  abilitiesImportance: Record<string, number>;
  /** O*NET related occupations in O*NET's order (most related first). */
  relatedCodes: string[];
}

export const ONET_ATTRIBUTION =
  "This page includes information from the O*NET 30.1 and 30.0 Databases by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";
export const ONET_MODIFIED =
  "Rumbo has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.";
export const BLS_SOURCE =
  "Source: Employment Projections program, U.S. Bureau of Labor Statistics (occupational projections 2024-34, Table 1.2; median wages from the Occupational Employment and Wage Statistics program, May 2024).";
