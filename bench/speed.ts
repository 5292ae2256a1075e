// Micro-benchmark of assess(): one answer set against the real catalog and synthetic catalogs of 1,400
// and 10,000 careers (O*NET occupation profiles, cycled). Reports wall-clock median/p90 and CPU time
// per call (process.cpuUsage, GC threads included), because the shared bench machine's load inflates
// wall time. Targets (scoring brief): ≤ 2 ms at 1,400 careers, ≤ 15 ms at 10,000.
// Run: npx tsx --conditions=react-server bench/speed.ts [OUT.json]
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { assess, type ScoredCareer } from "@/lib/assessment/assess";
import { explainMatch } from "@/lib/assessment/explain";
import { buildOccupationProfiles } from "@/lib/assessment/profiles";
import { scoredCareers } from "@/lib/assessment-data";
import { loadOnetSignals } from "@/lib/data/onet";

const ANSWERS = [4, 2, 5, 3, 1, 4, 4, 2, 5, 3, 3, 4, 2, 1, 5, 4, 3, 2, 4, 5, 3];

function measure(fn: () => unknown, runs: number) {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const wall: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  wall.sort((a, b) => a - b);
  return {
    runs,
    wallMedianMs: wall[Math.floor(runs / 2)] ?? 0,
    wallP90Ms: wall[Math.floor(runs * 0.9)] ?? 0,
    wallMinMs: wall[0] ?? 0,
    cpuMsPerCall: (cpu.user + cpu.system) / 1000 / runs,
  };
}

const profiles = [...buildOccupationProfiles(loadOnetSignals()).values()];
const synthetic = (size: number): ScoredCareer[] =>
  Array.from({ length: size }, (_, i) => ({
    id: `synthetic-${String(i + 1).padStart(5, "0")}`,
    title: `Synthetic ${i + 1}`,
    profile: profiles[i % profiles.length] ?? profiles[0]!,
  }));

const rows = [];
for (const [label, careers] of [
  ["real catalog", scoredCareers()],
  ["synthetic 1,400", synthetic(1400)],
  ["synthetic 10,000", synthetic(10000)],
] as const) {
  const runs = careers.length > 2000 ? 100 : 400;
  const assessOnly = measure(() => assess(ANSWERS, careers), runs);
  const withCards = measure(() => {
    const result = assess(ANSWERS, careers);
    for (const c of result.careers) if (c.tier !== null) explainMatch(result, c.careerId);
  }, runs);
  const row = { label, careers: careers.length, assess: assessOnly, assessAndExplainCards: withCards };
  rows.push(row);
  console.log(
    `${label.padEnd(17)} ${String(careers.length).padStart(6)}: assess median ${assessOnly.wallMedianMs.toFixed(2)} ms` +
      ` (p90 ${assessOnly.wallP90Ms.toFixed(2)}, min ${assessOnly.wallMinMs.toFixed(2)}), CPU ${assessOnly.cpuMsPerCall.toFixed(2)} ms/call;` +
      ` + explain every card: median ${withCards.wallMedianMs.toFixed(2)} ms, CPU ${withCards.cpuMsPerCall.toFixed(2)} ms/call`,
  );
}
console.log(
  `load average during run: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} (2 shared cores)`,
);
const out = process.argv[2];
if (out) writeFileSync(out, JSON.stringify({ answers: ANSWERS.join(""), loadavg: loadavg(), rows }, null, 2));
