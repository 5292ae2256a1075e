// "Before → after" for the round-2 serving targets (issue 9): round 1's recorded bench figures
// (bench/results/baseline-round1.json, copied from its latest.md) next to this report's part files, with
// each target and whether it is met. Generated, so the figures quoted in notes are the measured ones.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fixed, table } from "./md";

interface Baseline {
  source: string;
  careers: number;
  scoringMs: Record<string, number>;
  resultServerMedianMs: Record<string, number>;
  resultHtmlKB: number;
  resultReqPerSec: number;
  resultWrk: string;
  careerHtmlKB: number;
  careerJsGzipKB: number;
  lighthouse: Record<string, number>;
  lighthouseRuns: number;
}

/** The page column of the http part's wrk row for the 400 page of a broken link. */
export const FLOOR_PAGE = "400 page of a broken link";

interface ScoringData {
  scoring: { careers: number; medianMs: number }[];
  renders: { careers: number; result: { median: number }; invalid: { median: number } }[];
}
interface HttpData {
  runs: {
    page: string;
    server: string;
    connections: number;
    seconds: number;
    result: { requestsPerSec: number; socketErrors: { timeout: number } };
  }[];
}
interface WeightData {
  rows: { name: string; htmlRaw: number; jsGzip: number }[];
}
interface LighthouseData {
  rows: ({ name: string; performance: number; allPerformance: number[] } | { name: string; error: string })[];
}

export type PartData = Partial<{
  scoring: ScoringData;
  http: HttpData;
  weight: WeightData;
  lighthouse: LighthouseData;
}>;

const kib = (bytes: number) => bytes / 1024;

type Row = [what: string, before: string, after: string, target: string, met: string];

function row(
  what: string,
  before: number | null,
  after: number | null,
  target: number,
  atMost: boolean,
  digits = 1,
): Row {
  const met = after === null ? "not measured" : (atMost ? after <= target : after >= target) ? "yes" : "no";
  return [
    what,
    before === null ? "n/a" : fixed(before, digits),
    after === null ? "not measured" : fixed(after, digits),
    `${atMost ? "≤" : "≥"} ${fixed(target, digits)}`,
    met,
  ];
}

/** The Markdown section; `data` holds the `data` of each part file present. */
export function targetsSection(baseline: Baseline, data: PartData): string {
  const scoringAt = (careers: number) => data.scoring?.scoring.find((r) => r.careers === careers)?.medianMs ?? null;
  const renderAt = (careers: number) => data.scoring?.renders.find((r) => r.careers === careers)?.result.median ?? null;
  const weightOf = (name: string) => data.weight?.rows.find((r) => r.name === name) ?? null;
  const resultRun = data.http?.runs.find((r) => r.page === "result page" && r.server === "next start") ?? null;
  const floorRun = data.http?.runs.find((r) => r.page === FLOOR_PAGE && r.server === "next start") ?? null;
  const floorTime = data.scoring?.renders.find((r) => r.careers === 1400)?.invalid.median ?? null;
  const floorPage = weightOf("result 400");
  const result = weightOf("result");
  const career = weightOf("career");
  const rows: Row[] = [
    row(
      "Scoring one answer set, 1,400 careers (ms, median)",
      baseline.scoringMs["1400"] ?? null,
      scoringAt(1400),
      2,
      true,
      2,
    ),
    row(
      "Scoring one answer set, 10,000 careers (ms, median)",
      baseline.scoringMs["10000"] ?? null,
      scoringAt(10000),
      15,
      true,
      2,
    ),
    row(
      "Result page server time, 1,400 careers (ms, median)",
      baseline.resultServerMedianMs["1400"] ?? null,
      renderAt(1400),
      15,
      true,
    ),
    row("Result page HTML (KB)", baseline.resultHtmlKB, result ? kib(result.htmlRaw) : null, 60, true),
    row(
      `Result page throughput, next start (req/s; before: ${baseline.resultWrk})`,
      baseline.resultReqPerSec,
      resultRun ? resultRun.result.requestsPerSec : null,
      baseline.resultReqPerSec * 4,
      false,
      0,
    ),
    row("Result page timeouts in that run", null, resultRun ? resultRun.result.socketErrors.timeout : null, 0, true, 0),
    row("Career page HTML (KB)", baseline.careerHtmlKB, career ? kib(career.htmlRaw) : null, 45, true),
    row("Career page JavaScript (KB gzip)", baseline.careerJsGzipKB, career ? kib(career.jsGzip) : null, 0, true),
  ];
  const lighthouseRows: Row[] = (data.lighthouse?.rows ?? []).map((r) => {
    const before = baseline.lighthouse[r.name] ?? null;
    if ("error" in r)
      return [
        `Lighthouse mobile performance: ${r.name}`,
        before === null ? "n/a" : String(before),
        r.error,
        "≥ 95",
        "no",
      ];
    const made = row(`Lighthouse mobile performance: ${r.name}`, before, r.performance, 95, false, 0);
    made[2] = `${r.performance} (runs: ${r.allPerformance.join(", ")})`;
    return made;
  });
  return [
    `Before: ${baseline.source}, a catalog of ${baseline.careers} careers; Lighthouse before is ${baseline.lighthouseRuns} run per page. After: the part files of this report (each section above says when it was measured; the real catalog has more careers now). Targets from issue 9.`,
    "",
    table(["measure", "before", "after", "target", "met"], [...rows, ...lighthouseRows]),
    "",
    floorLine(baseline.resultReqPerSec * 4, {
      reqPerSec: floorRun?.result.requestsPerSec ?? null,
      serverMs: floorTime,
      htmlKB: floorPage ? kib(floorPage.htmlRaw) : null,
    }),
  ].join("\n");
}

/**
 * What next start does for the smallest page it renders per request (the 400 page of a broken link: the
 * layout and a short message), measured in the same parts: no dynamic page, the result page included, can be
 * faster or lighter than this, so the line says where the result targets sit against it.
 */
export function floorLine(
  throughputTarget: number,
  floor: { reqPerSec: number | null; serverMs: number | null; htmlKB: number | null },
): string {
  const parts = [
    floor.reqPerSec === null
      ? "throughput not measured"
      : `${fixed(floor.reqPerSec, 0)} req/s under the same wrk settings (${floor.reqPerSec < throughputTarget ? "below" : "at or above"} the result page's throughput target of ${fixed(throughputTarget, 0)})`,
    floor.serverMs === null
      ? "server time not measured"
      : `${fixed(floor.serverMs, 1)} ms server time at 1,400 careers`,
    floor.htmlKB === null ? "size not measured" : `${fixed(floor.htmlKB, 1)} KB of HTML`,
  ];
  return `Floor of any page rendered per request, next start, same runs (the 400 page of a broken link): ${parts.join(", ")}.`;
}

/** Reads the baseline file next to the results, or returns null when it is missing. */
export function readBaseline(resultsDir: string): Baseline | null {
  const file = path.join(resultsDir, "baseline-round1.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Baseline) : null;
}
