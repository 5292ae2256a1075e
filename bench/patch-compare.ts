// Run inside a copy of the tree by the bench part "patches": times scoreAnswers as that copy's
// result page calls it, and prints a digest of the ranking so run.ts can check that the current and
// the proposed trees give identical results. Usage (cwd = the copy):
//   tsx --conditions=react-server bench/patch-compare.ts current|proposed
import { createHash } from "node:crypto";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import { buildOccupationProfiles } from "@/lib/assessment/profiles";
import {
  scoreAnswers as scoreAnswersAsTyped,
  standardiseCareer,
  type AssessmentResult,
  type ScoredCareer,
} from "@/lib/assessment/score";
import { loadOnetSignals } from "@/lib/data/onet";
import { median } from "./stats";

// Loosely typed, so this file compiles against both the current and a patched signature.
const scoreAnswers = scoreAnswersAsTyped as unknown as (
  answers: readonly number[],
  careers: readonly (ScoredCareer & { standardised?: unknown })[],
  calibration?: undefined,
  options?: { explainTop?: number; explainIds?: readonly string[] },
) => AssessmentResult;

const ANSWERS = [4, 2, 5, 3, 1, 4, 4, 2, 5, 3, 3, 4, 2, 1, 5, 4, 3, 2, 4, 5, 3];
const mode = process.argv[2] === "proposed" ? "proposed" : "current";

function time(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const profiles = [...buildOccupationProfiles(loadOnetSignals()).values()];
const rows = [];
for (const n of [74, 1400, 10000]) {
  const careers: (ScoredCareer & { standardised?: unknown })[] = [];
  for (let i = 0; i < n; i++) {
    const profile = profiles[i % profiles.length];
    if (!profile) continue;
    careers.push(
      mode === "proposed"
        ? {
            id: `c${i}`,
            title: `Career ${i}`,
            profile,
            standardised: standardiseCareer(profile, CALIBRATION.occupationNorms),
          }
        : { id: `c${i}`, title: `Career ${i}`, profile },
    );
  }
  // The call each tree's result page makes (top 10 shown, plus the chosen career c5).
  const call = () =>
    mode === "proposed"
      ? scoreAnswers(ANSWERS, careers, undefined, { explainTop: 10, explainIds: ["c5"] })
      : scoreAnswers(ANSWERS, careers);
  const ms = time(call, n > 2000 ? 30 : 200);
  const result = call();
  const shown = [...result.matches.slice(0, 10), result.matches.find((m) => m.careerId === "c5")];
  const digest = createHash("sha256")
    .update(JSON.stringify(result.matches.map((m) => [m.careerId, m.index, m.rawScore])))
    .update(JSON.stringify(shown))
    .digest("hex")
    .slice(0, 16);
  rows.push({ careers: n, ms, digest });
}
console.log(JSON.stringify(rows));
