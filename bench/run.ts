// Benchmark runner: npm run bench [-- part...] → bench/run.sh → here. Runs the parts named on the
// command line (default: build scoring http weight lighthouse, in that order; "profile" and "versus" are opt-in;
// "report" only reassembles), saves each as <results>/parts/<part>.json and writes latest.md and
// latest.json from every part file. Environment: BENCH_SCALES, BENCH_REAL_DIST (bench/catalogs.ts),
// BENCH_QUICK (bench/part.ts), BENCH_RESULTS_DIR (bench/report.ts).
import { mkdirSync } from "node:fs";
import type { Part } from "./part";
import { build } from "./parts/build";
import { http } from "./parts/http";
import { lighthouse } from "./parts/lighthouse";
import { profile } from "./parts/profile";
import { scoring } from "./parts/scoring";
import { versus } from "./parts/versus";
import { weight } from "./parts/weight";
import { log, TMP } from "./proc";
import { assemble, writePart } from "./report";

const DEFAULT_PARTS: Part[] = [build, scoring, http, weight, lighthouse];
const PARTS: Part[] = [...DEFAULT_PARTS, profile, versus];

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => name !== "report" && !PARTS.some((p) => p.name === name));
  if (unknown.length) {
    console.error(
      `unknown part(s): ${unknown.join(", ")}; choose from ${[...PARTS.map((p) => p.name), "report"].join(", ")}`,
    );
    process.exit(2);
  }
  const selected = requested.length ? PARTS.filter((p) => requested.includes(p.name)) : DEFAULT_PARTS;
  mkdirSync(TMP, { recursive: true });
  let failed = false;
  for (const part of selected) {
    const start = Date.now();
    log(`=== ${part.name} ===`);
    try {
      const result = await part.run();
      writePart({ name: part.name, date: new Date().toISOString(), durationS: (Date.now() - start) / 1000, ...result });
      console.log(`\n${result.markdown}\n`);
    } catch (error) {
      failed = true;
      console.error(`part ${part.name} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  assemble(PARTS);
  if (failed) process.exit(1);
}

void main();
