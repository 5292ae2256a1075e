// Scoring part: assess() timed in-process (scoring-in-process.ts, run with tsx under the react-server
// condition) and the server time of the result, career and catalog pages under `next start` of every
// built catalog (the real one, and 1,400 / 10,000 careers when the build part built them).
import { readFileSync } from "node:fs";
import path from "node:path";
import { builtScales, realCatalog } from "../catalogs";
import { fixed, kb, table } from "../md";
import { templatePath, type Part } from "../part";
import { log, ROOT, run, startNext, timeRequests, TMP } from "../proc";

interface InProcessRow {
  label: string;
  careers: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  perCareerUs: number;
  stages: Record<string, number>;
}

export const scoring: Part = {
  name: "scoring",
  title: "2. Scoring",
  async run() {
    const real = await realCatalog();
    const resultPath = templatePath("result");
    const careerPath = templatePath("career");
    const invalidResultPath = templatePath("result 400");
    const out = path.join(TMP, "scoring.json");
    log("scoring in-process (tsx)");
    const result = run(
      process.execPath,
      [
        path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
        "--conditions=react-server",
        "bench/parts/scoring-in-process.ts",
        out,
      ],
      { env: { RUMBO_CONTENT_DIR: real.contentDir } },
    );
    if (result.status !== 0) throw new Error(`scoring benchmark failed: ${result.stderr}`);
    const inProcess = (JSON.parse(readFileSync(out, "utf8")) as { rows: InProcessRow[] }).rows;

    const renders = [];
    for (const [i, catalog] of [real, ...builtScales()].entries()) {
      log(`result page render time: ${catalog.label}`);
      const server = await startNext({ name: `render-${i}`, port: 3301 + i, ...catalog });
      try {
        renders.push({
          label: catalog.label,
          careers: catalog.careers,
          result: await timeRequests(`${server.url}${resultPath}`, 50, 5),
          // A small page rendered per request (the 400 page of a broken result link): the framework's
          // own per-request cost, which no change to the result page can go below.
          invalid: await timeRequests(`${server.url}${invalidResultPath}`, 50, 5),
          career: await timeRequests(`${server.url}${careerPath}`, 50, 5),
          catalog: await timeRequests(`${server.url}/careers`, 20, 3),
        });
      } finally {
        await server.stop();
      }
    }

    const markdown = [
      "In-process `assess` (one answer set against every career; warm-up first, then at least 2 s of runs):",
      "",
      table(
        [
          "catalog",
          "careers",
          "runs",
          "median (ms)",
          "p90 (ms)",
          "min (ms)",
          "µs per career",
          "catalog build, once per process (ms)",
          "similarities, all careers (ms)",
          "explain every card (ms)",
          "retests (ms)",
        ],
        inProcess.map((r) => [
          r.label,
          r.careers,
          r.runs,
          fixed(r.medianMs, 3),
          fixed(r.p90Ms, 3),
          fixed(r.minMs, 3),
          fixed(r.perCareerUs, 2),
          fixed(r.stages.standardiseMs, 2),
          fixed(r.stages.matchMs, 2),
          fixed(r.stages.explainMs, 2),
          fixed(r.stages.sortMs, 2),
        ]),
      ),
      "",
      "Median/p90/min: one `assess` call against every career (catalog already built, retests included), as the result page makes it. Stage columns time each stage on its own over the same catalog (medians), to show where the time goes.",
      "",
      `Server time per request (\`next start\`, sequential requests from Node's http client, time to the last byte; 5 warm-up requests, then 50; catalog 3 + 20). Result URL: \`${resultPath}\`; the 400 page (\`${invalidResultPath}\`) is a small page rendered per request, so its time is the framework's floor for any dynamic page.`,
      "",
      table(
        [
          "build",
          "careers",
          "result median (ms)",
          "result p90 (ms)",
          "result status",
          "result HTML (KB)",
          "400 page median (ms)",
          "400 page HTML (KB)",
          "static career page median (ms)",
          "/careers median (ms)",
          "/careers HTML (KB)",
        ],
        renders.map((r) => [
          r.label,
          r.careers,
          fixed(r.result.median, 1),
          fixed(r.result.p90, 1),
          r.result.statuses.join(", "),
          kb(r.result.bytes),
          fixed(r.invalid.median, 1),
          kb(r.invalid.bytes),
          fixed(r.career.median, 1),
          fixed(r.catalog.median, 1),
          kb(r.catalog.bytes),
        ]),
      ),
    ].join("\n");
    return { markdown, data: { scoring: inProcess, renders } };
  },
};
