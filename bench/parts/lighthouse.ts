// Lighthouse part: Lighthouse 12 (mobile preset) on each English page template that answers 200
// (tests/templates.ts) except "about" and "test for a career" (same layouts as methodology and test),
// against `next start` of the real catalog. Needs Chromium (bench/run.sh installs it).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { TEMPLATES } from "@/tests/templates";
import { realCatalog } from "../catalogs";
import { fixed, pageLabel, table } from "../md";
import type { Part } from "../part";
import { log, run, startNext, TMP } from "../proc";

const PAGES = TEMPLATES.filter(
  (t) => t.status === 200 && !t.name.startsWith("es ") && t.name !== "about" && t.name !== "test for a career",
);

interface LighthouseJson {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      score: number | null;
      displayValue?: string;
      details?: { items?: { description?: string; sourceLocation?: { url?: string } }[] };
    }
  >;
  runWarnings?: string[];
}

/** Runs per page: Lighthouse's simulated throttling varies from run to run on a shared 2-core machine. */
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

type MeasuredRow = {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  failingSeo: string[];
  failingBestPractices: string[];
  failingAccessibility: string[];
  consoleErrors: string[];
  attempts: number;
  warnings: string[];
};
type LighthouseRow = MeasuredRow | { name: string; path: string; error: string };
type ReportedRow = (MeasuredRow & { allPerformance: number[] }) | { name: string; path: string; error: string };

/** The run with the median performance score, carrying every run's score; an error if no run worked. */
function medianRun(runs: LighthouseRow[]): ReportedRow {
  const measured = runs.filter((r): r is MeasuredRow => !("error" in r));
  if (measured.length === 0) {
    const last = runs[runs.length - 1]!;
    return { name: last.name, path: last.path, error: "error" in last ? last.error : "no run" };
  }
  const sorted = [...measured].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...median, allPerformance: measured.map((r) => r.performance) };
}

/**
 * One Lighthouse run (mobile preset) of `url` into `file`. Headless Chromium occasionally loses the trace
 * (NO_NAVSTART): one retry, and the number of attempts is returned so the report can say so.
 */
export function runLighthouse(url: string, file: string, categories: string): { attempts: number } | { error: string } {
  const once = () =>
    run(
      "npx",
      [
        "--yes",
        "lighthouse@12",
        url,
        "--quiet",
        "--output=json",
        `--output-path=${file}`,
        `--only-categories=${categories}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
      ],
      { env: { CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, timeoutMs: 240_000 },
    );
  let out = once();
  let attempts = 1;
  if (out.status !== 0 || !existsSync(file)) {
    attempts++;
    out = once();
  }
  if (out.status !== 0 || !existsSync(file)) return { error: (out.stderr || out.stdout).split("\n").slice(-5).join(" ") };
  return { attempts };
}

export const lighthouse: Part = {
  name: "lighthouse",
  title: "5. Lighthouse 12 (mobile)",
  async run() {
    const real = await realCatalog();
    const outDir = path.join(TMP, "lighthouse");
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const server = await startNext({ name: "lighthouse", port: 3331, ...real });
    const rows: ReportedRow[] = [];
    try {
      for (const { name, path: pagePath } of PAGES) {
        const url = `${server.url}${pagePath}`;
        const runs: LighthouseRow[] = [];
        for (let runIndex = 0; runIndex < RUNS; runIndex++) {
          const file = path.join(outDir, `${name.replace(/\W+/g, "-")}-${runIndex + 1}.json`);
          log(`lighthouse ${name} (run ${runIndex + 1} of ${RUNS})`);
          const out = runLighthouse(url, file, "performance,accessibility,best-practices,seo");
          if ("error" in out) {
            runs.push({ name, path: pagePath, error: out.error });
            continue;
          }
          const attempts = out.attempts;
          const report = JSON.parse(readFileSync(file, "utf8")) as LighthouseJson;
          const score = (c: string) => {
            const s = report.categories[c]?.score;
            return s === null || s === undefined ? NaN : Math.round(s * 100);
          };
          const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
          // Weighted audits below a full score in the non-performance categories, by id.
          const failing = (category: string) =>
            (report.categories[category]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0)
              .map((ref) => ref.id)
              .filter((id) => {
                const s = report.audits[id]?.score;
                return s !== null && s !== undefined && s < 1;
              });
          const consoleErrors = (report.audits["errors-in-console"]?.details?.items ?? []).map((item) =>
            `${item.description ?? ""} ${item.sourceLocation?.url?.replace(server.url, "") ?? ""}`.trim(),
          );
          runs.push({
            name,
            path: pagePath,
            performance: score("performance"),
            accessibility: score("accessibility"),
            bestPractices: score("best-practices"),
            seo: score("seo"),
            lcpMs: audit("largest-contentful-paint"),
            tbtMs: audit("total-blocking-time"),
            cls: audit("cumulative-layout-shift"),
            fcpMs: audit("first-contentful-paint"),
            failingSeo: failing("seo"),
            failingBestPractices: failing("best-practices"),
            failingAccessibility: failing("accessibility"),
            consoleErrors,
            attempts,
            warnings: report.runWarnings ?? [],
          });
        }
        rows.push(medianRun(runs));
      }
    } finally {
      await server.stop();
    }
    const version = run("npx", ["--yes", "lighthouse@12", "--version"]).stdout.trim();
    const markdown = [
      `Lighthouse ${version} (default mobile preset: emulated Moto G Power, simulated slow 4G throttling), Debian Chromium headless, against \`next start -H 127.0.0.1\` of the real catalog (${real.careers} careers). Each page is measured ${RUNS} times (BENCH_LIGHTHOUSE_RUNS); the table shows the run with the median performance score, as Lighthouse's own guidance on variability recommends, and the range of all runs.`,
      "",
      table(
        [
          "page",
          "performance (median)",
          "performance (all runs)",
          "accessibility",
          "best practices",
          "SEO",
          "LCP (ms)",
          "TBT (ms)",
          "CLS",
          "FCP (ms)",
          "audits below 1",
        ],
        rows.map((r) =>
          "error" in r
            ? [r.name, "error", "", "", "", "", "", "", "", "", r.error]
            : [
                pageLabel(r.name, r.path, 32),
                r.performance,
                r.allPerformance.join(", "),
                r.accessibility,
                r.bestPractices,
                r.seo,
                fixed(r.lcpMs, 0),
                fixed(r.tbtMs, 0),
                fixed(r.cls, 3),
                fixed(r.fcpMs, 0),
                [...r.failingAccessibility, ...r.failingBestPractices, ...r.failingSeo].join(", ") || "none",
              ],
        ),
      ),
      "",
      `Console errors seen: ${[...new Set(rows.flatMap((r) => ("consoleErrors" in r ? r.consoleErrors : [])))].map((e) => `\`${e}\``).join("; ") || "none"}.`,
      "",
      "The result page is `noindex` on purpose (personal answers in the URL), so Lighthouse's `is-crawlable` SEO audit fails there by design.",
    ].join("\n");
    return { markdown, data: { version, rows } };
  },
};
