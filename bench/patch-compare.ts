// Run inside a copy of the tree by the bench part "patches": times assess() as that copy's result page
// calls it, and prints a digest of the ranking so run.ts can check that the current and the proposed
// trees give identical results. Usage (cwd = the copy):
//   tsx --conditions=react-server bench/patch-compare.ts current|proposed
import { createHash } from "node:crypto";
import { assess, type ScoredCareer } from "@/lib/assessment/assess";
import { explainMatch } from "@/lib/assessment/explain";
import { buildOccupationProfiles } from "@/lib/assessment/profiles";
import { loadOnetSignals } from "@/lib/data/onet";
import { median } from "./stats";

const ANSWERS = [4, 2, 5, 3, 1, 4, 4, 2, 5, 3, 3, 4, 2, 1, 5, 4, 3, 2, 4, 5, 3];

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
  const careers: ScoredCareer[] = [];
  for (let i = 0; i < n; i++) {
    const profile = profiles[i % profiles.length];
    if (profile) careers.push({ id: `c${i}`, title: `Career ${i}`, profile });
  }
  // The call the result page makes: the result, then the explanation of every card and the chosen career c5.
  const call = () => {
    const result = assess(ANSWERS, careers);
    const shown = result.careers.filter((c) => c.tier !== null || c.careerId === "c5");
    return { result, shown: shown.map((c) => ({ ...c, explanation: explainMatch(result, c.careerId) })) };
  };
  const ms = time(call, n > 2000 ? 30 : 200);
  const { result, shown } = call();
  const digest = createHash("sha256")
    .update(JSON.stringify(result.careers.map((m) => [m.careerId, m.index, m.stability])))
    .update(JSON.stringify(shown))
    .digest("hex")
    .slice(0, 16);
  rows.push({ careers: n, ms, digest });
}
console.log(JSON.stringify(rows));
