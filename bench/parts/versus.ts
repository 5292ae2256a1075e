// Versus part (opt-in: `npm run bench -- versus`): Lighthouse performance of an older commit and of the
// current build in the same minutes, runs interleaved (before, after, before, ...), so machine load hits
// both sides alike. The older commit (BENCH_BASE_REF, default 3655e90: the code of round 1's last bench) is
// checked out as a git worktree in bench/tmp/base, installed with `npm ci` and built with its own Next.
// Pages: the templates of tests/templates.ts that answer 200 on both sides (BENCH_VERSUS_PAGES narrows
// them, comma-separated names). Runs per page and side: BENCH_VERSUS_RUNS (default 5).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { TEMPLATES } from "@/tests/templates";
import { realCatalog } from "../catalogs";
import { fixed, pageLabel, table } from "../md";
import type { Part } from "../part";
import { httpGet, log, ROOT, run, startNext, TMP } from "../proc";
import { median } from "../stats";
import { runLighthouse } from "./lighthouse";

const BASE_REF = process.env.BENCH_BASE_REF ?? "3655e90";
const RUNS = Math.max(1, Number(process.env.BENCH_VERSUS_RUNS ?? 5));
const DEFAULT_PAGES = ["home", "catalog", "category", "career", "test", "result", "methodology"];
const PAGE_NAMES = (process.env.BENCH_VERSUS_PAGES ?? DEFAULT_PAGES.join(",")).split(",").map((s) => s.trim());

interface Sample {
  run: number;
  performance: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
}

/** A worktree of BASE_REF with its dependencies and a production build (reused when already there). */
function prepareBase(dir: string): string {
  const want = run("git", ["rev-parse", `${BASE_REF}^{commit}`]).stdout.trim();
  if (!want) throw new Error(`BENCH_BASE_REF=${BASE_REF} is not a commit of this repository`);
  const have = existsSync(dir) ? run("git", ["-C", dir, "rev-parse", "HEAD"]).stdout.trim() : "";
  if (have !== want) {
    run("git", ["worktree", "remove", "--force", dir]);
    rmSync(dir, { recursive: true, force: true });
    const added = run("git", ["worktree", "add", "--detach", "--force", dir, want]);
    if (added.status !== 0) throw new Error(`git worktree add failed: ${added.stderr}`);
  }
  if (!existsSync(path.join(dir, "node_modules", "next"))) {
    log(`npm ci in ${path.relative(ROOT, dir)} (${BASE_REF})`);
    const installed = run("npm", ["ci", "--prefix", dir], { timeoutMs: 600_000 });
    if (installed.status !== 0) throw new Error(`npm ci of ${BASE_REF} failed: ${installed.stderr.slice(-500)}`);
  }
  if (!existsSync(path.join(dir, ".next", "BUILD_ID"))) {
    log(`building ${BASE_REF}`);
    const built = run(process.execPath, [path.join(dir, "node_modules", "next", "dist", "bin", "next"), "build", dir], {
      env: { NEXT_TELEMETRY_DISABLED: "1" },
      timeoutMs: 900_000,
    });
    if (built.status !== 0) throw new Error(`build of ${BASE_REF} failed: ${built.stdout.slice(-800)}`);
  }
  return want.slice(0, 7);
}

function measure(url: string, file: string, runIndex: number): Sample {
  const out = runLighthouse(url, file, "performance");
  if ("error" in out) return { run: runIndex, performance: null, lcpMs: null, tbtMs: null };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = report.categories.performance?.score;
  return {
    run: runIndex,
    // A run whose trace was lost has no score: kept as null, left out of the median.
    performance: score === null || score === undefined ? null : Math.round(score * 100),
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? null,
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? null,
  };
}

const medianOf = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? median(present) : null;
};

export const versus: Part = {
  name: "versus",
  title: "Lighthouse against an older commit, same minutes",
  async run() {
    const real = await realCatalog();
    const baseDir = path.join(TMP, "base");
    const baseCommit = prepareBase(baseDir);
    const head = run("git", ["rev-parse", "--short=7", "HEAD"]).stdout.trim();
    const outDir = path.join(TMP, "versus");
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const before = await startNext({ name: "versus-base", port: 3341, checkout: baseDir, ...real });
    const after = await startNext({ name: "versus-now", port: 3342, ...real });
    const pages = [];
    try {
      for (const name of PAGE_NAMES) {
        const template = TEMPLATES.find((t) => t.name === name);
        if (!template) throw new Error(`no template named "${name}" in tests/templates.ts`);
        const statuses = await Promise.all(
          [before, after].map(async (s) => (await httpGet(`${s.url}${template.path}`)).status),
        );
        if (statuses.some((status) => status !== 200)) {
          log(`versus: skipping ${name} (statuses ${statuses.join(" / ")})`);
          continue;
        }
        pages.push({ name, path: template.path, before: [] as Sample[], after: [] as Sample[] });
      }
      for (let runIndex = 1; runIndex <= RUNS; runIndex++) {
        for (const page of pages) {
          log(`versus ${page.name} (run ${runIndex} of ${RUNS})`);
          for (const [side, server] of [
            ["before", before],
            ["after", after],
          ] as const) {
            const file = path.join(outDir, `${page.name.replace(/\W+/g, "-")}-${side}-${runIndex}.json`);
            page[side].push(measure(`${server.url}${page.path}`, file, runIndex));
          }
        }
      }
    } finally {
      await before.stop();
      await after.stop();
    }
    const rows = pages.map((page) => {
      const summary = (samples: Sample[]) => ({
        performance: medianOf(samples.map((s) => s.performance)),
        lcpMs: medianOf(samples.map((s) => s.lcpMs)),
        tbtMs: medianOf(samples.map((s) => s.tbtMs)),
        all: samples.map((s) => (s.performance === null ? "lost" : String(s.performance))).join(", "),
      });
      return {
        name: page.name,
        path: page.path,
        before: summary(page.before),
        after: summary(page.after),
        samples: page,
      };
    });
    const markdown = [
      `Lighthouse 12 performance (mobile preset) of ${baseCommit} (BENCH_BASE_REF=${BASE_REF}) and of this checkout's real-catalog build (\`${real.distDir}\`, made by the build part; HEAD is ${head}), both served by \`next start -H 127.0.0.1\` on this machine at the same time, runs interleaved: ${RUNS} per page and side (BENCH_VERSUS_RUNS). Medians; "lost" is a run whose trace Chromium lost (no score).`,
      "",
      table(
        [
          "page",
          "before (median)",
          "after (median)",
          "before (runs)",
          "after (runs)",
          "LCP ms before → after",
          "TBT ms before → after",
        ],
        rows.map((r) => [
          pageLabel(r.name, r.path),
          fixed(r.before.performance, 0),
          fixed(r.after.performance, 0),
          r.before.all,
          r.after.all,
          `${fixed(r.before.lcpMs, 0)} → ${fixed(r.after.lcpMs, 0)}`,
          `${fixed(r.before.tbtMs, 0)} → ${fixed(r.after.tbtMs, 0)}`,
        ]),
      ),
    ].join("\n");
    return { markdown, data: { baseRef: BASE_REF, baseCommit, head, runs: RUNS, rows } };
  },
};
