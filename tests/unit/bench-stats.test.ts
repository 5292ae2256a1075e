// Pure helpers of the benchmarks and quality tests: percentiles, wrk output parsing, and the
// synthetic career generator (its files must pass the real validator).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixed, pageLabel } from "@/bench/md";
import { median, parseWrk, percentile, summarize, wrkDurationMs } from "@/bench/stats";
import { FLOOR_PAGE, floorLine, targetsSection } from "@/bench/targets";
import { validateCareers } from "@/lib/content/validate";
import { loadOccupations } from "@/lib/data/onet";
import { occupationsWithInterests, syntheticCareer, syntheticSlug } from "@/scripts/gen-synthetic-careers";

const WRK_OUTPUT = `Running 10s test @ http://127.0.0.1:3311/careers/backend-developer
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    40.12ms   12.30ms 180.55ms   80.00%
    Req/Sec   400.10     50.20   500.00     70.00%
  Latency Distribution
     50%   38.50ms
     75%   45.00ms
     90%  812.00us
     99%    1.02s
  7990 requests in 10.01s, 500.00MB read
  Socket errors: connect 0, read 3, write 0, timeout 7
  Non-2xx or 3xx responses: 12
Requests/sec:    798.20
Transfer/sec:     49.95MB
`;

describe("bench stats", () => {
  it("computes nearest-rank percentiles and medians", () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    expect(summarize([3, 1, 2])).toMatchObject({ count: 3, min: 1, median: 2, max: 3, mean: 2 });
  });

  it("reads wrk durations in every unit", () => {
    expect(wrkDurationMs("812.00us")).toBeCloseTo(0.812);
    expect(wrkDurationMs("38.50ms")).toBe(38.5);
    expect(wrkDurationMs("1.02s")).toBe(1020);
    expect(wrkDurationMs("2.00m")).toBe(120000);
    expect(Number.isNaN(wrkDurationMs("fast"))).toBe(true);
  });

  it("parses wrk --latency output, including socket errors and non-2xx counts", () => {
    const r = parseWrk(WRK_OUTPUT);
    expect(r.requests).toBe(7990);
    expect(r.requestsPerSec).toBe(798.2);
    expect(r.latencyAvgMs).toBeCloseTo(40.12);
    expect(r.p50Ms).toBe(38.5);
    expect(r.p90Ms).toBeCloseTo(0.812);
    expect(r.p99Ms).toBe(1020);
    expect(r.non2xx3xx).toBe(12);
    expect(r.socketErrors).toEqual({ connect: 0, read: 3, write: 0, timeout: 7 });
  });

  it("treats missing error lines as zero (wrk prints them only when non-zero)", () => {
    const clean = WRK_OUTPUT.replace(/ {2}Socket errors.*\n/, "").replace(/ {2}Non-2xx.*\n/, "");
    const r = parseWrk(clean);
    expect(r.non2xx3xx).toBe(0);
    expect(r.socketErrors).toEqual({ connect: 0, read: 0, write: 0, timeout: 0 });
  });
});

describe("synthetic career generator", () => {
  const occupations = occupationsWithInterests(
    readFileSync(path.join(process.cwd(), "content", "data", "occupations.csv"), "utf8"),
  );

  it("uses only O*NET rows with interest data and valid Holland codes", () => {
    expect(occupations.length).toBeGreaterThan(100);
    for (const o of occupations) expect(o.riasec).toMatch(/^(?!.*(.).*\1)[RIASEC]{1,3}$/);
  });

  it("writes files that pass the real schema and cross-file validation, clearly marked synthetic", () => {
    const total = 40;
    const sources = Array.from({ length: total }, (_, i) => ({
      path: `bench/tmp/x/careers/${syntheticSlug(i + 1)}.md`,
      raw: syntheticCareer(i + 1, total, occupations[i % occupations.length] ?? occupations[0]!),
    }));
    const careers = validateCareers(sources, new Set(loadOccupations().keys()));
    expect(careers).toHaveLength(total);
    expect(careers[0]?.slug).toBe("synthetic-00001");
    expect(careers[0]?.title).toBe("Synthetic Career 00001");
    for (const c of careers) {
      expect(c.summary).toMatch(/synthetic/i);
      expect(c.paths).toHaveLength(4);
      expect(c.faq).toHaveLength(4);
      expect(c.schools).toHaveLength(3);
    }
  });
});

describe("targetsSection (bench before → after)", () => {
  const baseline = {
    source: "test baseline",
    careers: 74,
    scoringMs: { "1400": 25, "10000": 190 },
    resultServerMedianMs: { "1400": 42 },
    resultHtmlKB: 164,
    resultReqPerSec: 62,
    resultWrk: "wrk",
    careerHtmlKB: 93,
    careerJsGzipKB: 173.5,
    lighthouse: { career: 95 },
    lighthouseRuns: 1,
  };
  const rowOf = (md: string, start: string) => md.split("\n").find((line) => line.startsWith(`| ${start}`)) ?? "";

  it("marks each target met or not from the measured figures", () => {
    const md = targetsSection(baseline, {
      scoring: {
        scoring: [
          { careers: 1400, medianMs: 1.5 },
          { careers: 10000, medianMs: 16 },
        ],
        renders: [],
      },
      weight: { rows: [{ name: "career", htmlRaw: 40 * 1024, jsGzip: 0 }] },
      lighthouse: { rows: [{ name: "career", performance: 94, allPerformance: [94, 96, 93] }] },
    });
    expect(rowOf(md, "Scoring one answer set, 1,400")).toMatch(/\| 25\.00 \| 1\.50 \| ≤ 2\.00 \| yes \|$/);
    expect(rowOf(md, "Scoring one answer set, 10,000")).toMatch(/\| no \|$/);
    expect(rowOf(md, "Career page HTML")).toMatch(/\| 93\.0 \| 40\.0 \| ≤ 45\.0 \| yes \|$/);
    expect(rowOf(md, "Lighthouse mobile performance: career")).toMatch(
      /\| 95 \| 94 \(runs: 94, 96, 93\) \| ≥ 95 \| no \|$/,
    );
  });

  it("says what was not measured instead of inventing a figure", () => {
    const md = targetsSection(baseline, {});
    expect(rowOf(md, "Result page server time")).toMatch(/\| not measured \| ≤ 15\.0 \| not measured \|$/);
    expect(rowOf(md, "Result page throughput")).toContain("not measured");
    expect(md).toContain("throughput not measured, server time not measured, size not measured.");
  });

  it("sets the result targets against the smallest page rendered per request, from the same parts", () => {
    const md = targetsSection(baseline, {
      scoring: { scoring: [], renders: [{ careers: 1400, result: { median: 18 }, invalid: { median: 6.7 } }] },
      http: {
        runs: [
          {
            page: FLOOR_PAGE,
            server: "next start",
            connections: 32,
            seconds: 20,
            result: { requestsPerSec: 220.4, socketErrors: { timeout: 0 } },
          },
        ],
      },
      weight: { rows: [{ name: "result 400", htmlRaw: 18.5 * 1024, jsGzip: 170 }] },
    });
    expect(md).toContain(
      "(the 400 page of a broken link): 220 req/s under the same wrk settings (below the result page's throughput target of 248), 6.7 ms server time at 1,400 careers, 18.5 KB of HTML.",
    );
  });

  it("says when the floor reaches the throughput target", () => {
    expect(floorLine(248, { reqPerSec: 300, serverMs: null, htmlKB: null })).toContain(
      "300 req/s under the same wrk settings (at or above",
    );
  });
});

describe("report cells", () => {
  it("labels a page by name and path, cutting long paths", () => {
    expect(pageLabel("career", "/careers/backend-developer")).toBe("career `/careers/backend-developer`");
    expect(pageLabel("result", `/test/result?a=${"4".repeat(21)}&career=x`, 32)).toBe(
      `result \`/test/result?a=${"4".repeat(17)}…\``,
    );
    expect(pageLabel("x", "/".repeat(40))).toBe(`x \`${"/".repeat(40)}\``);
  });

  it("shows a missing number as n/a", () => {
    expect(fixed(null, 0)).toBe("n/a");
    expect(fixed(97.6, 0)).toBe("98");
  });
});
