// Scoring benchmark (bench part "scoring", in-process half): time of assess() for one answer set
// against the real catalog and against synthetic catalogs of 1,400 and 10,000 careers whose profiles
// are real O*NET occupation profiles (cycled). Also splits the time into its stages, so a slow stage
// can be named. Run: npx tsx --conditions=react-server bench/parts/scoring-in-process.ts OUT.json
import { writeFileSync } from "node:fs";
import { assess } from "@/lib/assessment/assess";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import {
  buildCatalog,
  personVectors,
  rawScoresInto,
  weightVector,
  MODEL_COUNT,
  type ScoredCareer,
} from "@/lib/assessment/catalog";
import { explainMatch } from "@/lib/assessment/explain";
import { buildOccupationProfiles } from "@/lib/assessment/profiles";
import { RETEST, retestStability } from "@/lib/assessment/stability";
import { scoredCareers } from "@/lib/assessment-data";
import { loadOnetSignals } from "@/lib/data/onet";
import { summarize, type Summary } from "../stats";

const ANSWERS = [4, 2, 5, 3, 1, 4, 4, 2, 5, 3, 3, 4, 2, 1, 5, 4, 3, 2, 4, 5, 3];

/** Runs fn after a warm-up until both minRuns and minMs are reached (bounded by maxRuns). */
function timeRuns(
  fn: () => unknown,
  opts: { warmup: number; minRuns: number; minMs: number; maxRuns: number },
): Summary {
  for (let i = 0; i < opts.warmup; i++) fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < opts.maxRuns && (samples.length < opts.minRuns || performance.now() - start < opts.minMs)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

function syntheticCatalog(size: number, profiles: ScoredCareer["profile"][]): ScoredCareer[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `synthetic-${String(i + 1).padStart(5, "0")}`,
    title: `Synthetic Career ${String(i + 1).padStart(5, "0")}`,
    profile: profiles[i % profiles.length],
  })).filter((c): c is ScoredCareer => c.profile !== undefined);
}

export interface ScoringRow {
  label: string;
  careers: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  perCareerUs: number;
  stages: { standardiseMs: number; matchMs: number; explainMs: number; sortMs: number };
}

/** catalog = one-time build per process; match = similarities of every career; sort = retests; explain = all cards. */
function stageTimes(catalog: ScoredCareer[]): ScoringRow["stages"] {
  const opts = { warmup: 3, minRuns: 15, minMs: 500, maxRuns: 500 };
  const standardiseMs = timeRuns(() => buildCatalog(catalog, CALIBRATION.occupationNorms), opts).median;
  const built = buildCatalog(catalog, CALIBRATION.occupationNorms);
  const weights = weightVector(CALIBRATION.rawWeights);
  const raw = new Float64Array(built.size);
  const sims = new Float64Array(built.size * MODEL_COUNT);
  const matchMs = timeRuns(
    () => rawScoresInto(built, personVectors(ANSWERS, CALIBRATION.personNorms.bigFive), weights, raw, sims),
    opts,
  ).median;
  const candidates = Int32Array.from({ length: Math.min(RETEST.candidates, built.size) }, (_, i) => i);
  const sortMs = timeRuns(
    () => retestStability(built, ANSWERS, candidates, weights, CALIBRATION.personNorms.bigFive),
    opts,
  ).median;
  const explainMs =
    timeRuns(() => {
      const result = assess(ANSWERS, catalog);
      for (const card of result.careers) if (card.tier !== null) explainMatch(result, card.careerId);
    }, opts).median - timeRuns(() => assess(ANSWERS, catalog), opts).median;
  return { standardiseMs, matchMs, explainMs: Math.max(0, explainMs), sortMs };
}

function main(): void {
  const out = process.argv[2];
  const real = scoredCareers();
  const profiles = [...buildOccupationProfiles(loadOnetSignals()).values()];
  const catalogs: [string, ScoredCareer[]][] = [
    [`real catalog`, real],
    ["synthetic 1,400", syntheticCatalog(1400, profiles)],
    ["synthetic 10,000", syntheticCatalog(10000, profiles)],
  ];
  const rows: ScoringRow[] = [];
  for (const [label, catalog] of catalogs) {
    const big = catalog.length > 2000;
    const s = timeRuns(() => assess(ANSWERS, catalog), {
      warmup: big ? 5 : 20,
      minRuns: big ? 30 : 200,
      minMs: 2000,
      maxRuns: 5000,
    });
    const row: ScoringRow = {
      label,
      careers: catalog.length,
      runs: s.count,
      medianMs: s.median,
      p90Ms: s.p90,
      minMs: s.min,
      perCareerUs: (s.median * 1000) / catalog.length,
      stages: stageTimes(catalog),
    };
    rows.push(row);
    console.log(
      `${label} (${catalog.length}): median ${s.median.toFixed(3)} ms over ${s.count} runs; stages ${JSON.stringify(row.stages)}`,
    );
  }
  if (out) writeFileSync(out, JSON.stringify({ answers: ANSWERS.join(""), rows }, null, 2));
}

main();
