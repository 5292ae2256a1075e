// Benchmark runner (npm run bench → bench/run.sh → here). Parts: build, scoring, http, weight,
// lighthouse (default: all, in that order) and the opt-in "profile" (CPU profile of a 1,400-career
// build). Each part writes bench/results/parts/<part>.json; latest.md and latest.json are assembled
// from every part file, so rerunning one part keeps the others. Benchmarks report; they never fail
// on timings (only on a broken build or server, which would make the numbers meaningless).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fixed, kb, table } from "./md";
import {
  httpGet,
  log,
  nextBuild,
  parseBuildLog,
  ROOT,
  run,
  sleep,
  snapshotRealContent,
  startNext,
  startNextIn,
  startNginx,
  TMP,
  type BuildStats,
  type Server,
} from "./proc";
import { summarizeProfiles } from "./profile-summary";
import { parseWrk, summarize, type WrkResult } from "./stats";

const RESULTS = path.join(ROOT, "bench", "results");
const PARTS_DIR = path.join(RESULTS, "parts");
const ALL_PARTS = ["build", "scoring", "http", "weight", "lighthouse"] as const;
const EXTRA_PARTS = ["profile", "patches"] as const;
type PartName = (typeof ALL_PARTS)[number] | (typeof EXTRA_PARTS)[number];

const ANSWERS = "425314425334215432453";
const RESULT_PATH = `/test/result?a=${ANSWERS}&career=backend-developer`;
const CAREER_PATH = "/careers/backend-developer";

const REAL_CONTENT = path.join(TMP, "content-real");
const REAL_DIST = "bench/tmp/dist-real";
const SCALES = [1400, 10000] as const;

interface PartFile {
  name: PartName;
  date: string;
  durationS: number;
  markdown: string;
  data: unknown;
}

// ---------------------------------------------------------------------------------------------
// Builds

/** Builds the real catalog (a snapshot of content/careers); retries while writers are mid-edit. */
async function buildReal(): Promise<BuildStats> {
  for (let attempt = 1; ; attempt++) {
    const careers = snapshotRealContent(REAL_CONTENT);
    log(`building the real catalog (${careers} careers) into ${REAL_DIST}, attempt ${attempt}`);
    const stats = await nextBuild({
      contentDir: REAL_CONTENT,
      distDir: REAL_DIST,
      logFile: path.join(TMP, "build-real.log"),
      careers,
    });
    if (stats.ok) return stats;
    const contentProblem = /Invalid content|no career file/.test(stats.tail);
    if (!contentProblem || attempt >= 4) {
      throw new Error(`real build failed (see ${stats.logFile}):\n${stats.tail}`);
    }
    log("content is mid-edit (invalid content); waiting 120 s before retrying");
    await sleep(120_000);
  }
}

async function ensureRealBuild(): Promise<void> {
  if (existsSync(path.join(ROOT, REAL_DIST, "BUILD_ID")) && existsSync(REAL_CONTENT)) return;
  await buildReal();
}

function generate(total: number, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = run(process.execPath, [
    path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
    "scripts/gen-synthetic-careers.ts",
    String(total),
    outDir,
    "--with-real",
    `--real-dir=${path.join(REAL_CONTENT, "careers")}`,
  ]);
  if (result.status !== 0) throw new Error(`generator failed: ${result.stderr}`);
  log(result.stdout.trim());
}

async function partBuild(): Promise<Omit<PartFile, "name" | "date" | "durationS">> {
  const builds: BuildStats[] = [await buildReal()];
  for (const n of SCALES) {
    const contentDir = path.join(TMP, `content-${n}`);
    generate(n, contentDir);
    log(`building ${n} careers into bench/tmp/dist-${n}`);
    const stats = await nextBuild({
      contentDir,
      distDir: `bench/tmp/dist-${n}`,
      logFile: path.join(TMP, `build-${n}.log`),
      careers: n,
    });
    if (!stats.ok) throw new Error(`build of ${n} careers failed (see ${stats.logFile}):\n${stats.tail}`);
    builds.push(stats);
  }
  const small = builds.find((b) => b.careers === 1400);
  const large = builds.find((b) => b.careers === 10000);
  const ratio = small && large ? large.wallS / small.wallS : NaN;
  const genRatio = small?.staticGenS && large?.staticGenS ? large.staticGenS / small.staticGenS : NaN;
  const idealCareers = 10000 / 1400;
  const idealPages = small && large ? large.pages / small.pages : NaN;
  const markdown = [
    table(
      [
        "careers",
        "pages",
        "wall time (s)",
        "static generation (s)",
        "compile (s)",
        "typecheck (s)",
        "ms per page (static gen.)",
        "peak RSS largest process (MB)",
        "peak RSS all build processes (MB)",
      ],
      builds.map((b) => [
        b.careers,
        b.pages,
        fixed(b.wallS),
        fixed(b.staticGenS),
        fixed(b.compileS),
        fixed(b.typecheckS),
        b.staticGenS ? fixed((b.staticGenS * 1000) / b.pages) : "n/a",
        fixed(b.maxRssMB, 0),
        fixed(b.treeRssMB, 0),
      ]),
    ),
    "",
    `Ratio wall time 10,000 / 1,400: **${fixed(ratio, 2)}** (ideal linear by careers ${fixed(idealCareers, 2)}, by pages ${fixed(idealPages, 2)}). ` +
      `Static generation alone: **${fixed(genRatio, 2)}**. Compile and typecheck are roughly constant, so the wall-time ratio sits below the linear one; ` +
      "static generation is the part that scales with the catalog.",
    "",
    "Pages are counted from the build output line `Generating static pages using N worker (X/X)`. Peak RSS of the largest process is `/usr/bin/time -v` (it does not add up children); the all-processes peak is the sum of RSS over the build's process group sampled every 250 ms.",
  ].join("\n");
  return {
    markdown,
    data: {
      builds,
      ratio,
      staticGenerationRatio: genRatio,
      idealCareersRatio: idealCareers,
      idealPagesRatio: idealPages,
    },
  };
}

async function partProfile(): Promise<Omit<PartFile, "name" | "date" | "durationS">> {
  await ensureRealBuild();
  const contentDir = path.join(TMP, "content-1400");
  if (!existsSync(path.join(contentDir, "careers"))) generate(1400, contentDir);
  const profDir = path.join(TMP, "profile");
  rmSync(profDir, { recursive: true, force: true });
  log("building 1,400 careers with a CPU profiler in every Node process");
  const preload = path.join(ROOT, "bench", "cpu-profile-preload.cjs");
  process.env.RUMBO_CPU_PROFILE_DIR = profDir;
  const previous = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${previous ?? ""} --require ${preload}`.trim();
  let stats: BuildStats;
  try {
    stats = await nextBuild({
      contentDir,
      distDir: "bench/tmp/dist-profile",
      logFile: path.join(TMP, "build-profile.log"),
      careers: 1400,
    });
  } finally {
    delete process.env.RUMBO_CPU_PROFILE_DIR;
    if (previous === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = previous;
  }
  if (!stats.ok) throw new Error(`profiled build failed:\n${stats.tail}`);
  // Workers write their profile in an exit handler that can finish after the build command returns:
  // wait until the folder stops changing.
  let previousState = "";
  for (let i = 0; i < 30; i++) {
    await sleep(1000);
    const state = readdirSync(profDir)
      .map((f) => `${f}:${statSync(path.join(profDir, f)).size}`)
      .join(",");
    if (state === previousState && state.includes("processChild")) break;
    previousState = state;
  }
  const summary = summarizeProfiles(profDir, ROOT);
  rmSync(path.join(ROOT, "bench/tmp/dist-profile"), { recursive: true, force: true });
  return { markdown: summary.markdown, data: { build: stats, ...summary.data } };
}

/** A copy of the tree under bench/tmp (node_modules hard-linked), for before/after builds. */
function copyTree(dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(path.join(dest, "content"), { recursive: true });
  const items = [
    "app",
    "components",
    "lib",
    "public",
    "proxy.ts",
    "next.config.ts",
    "package.json",
    "tsconfig.json",
    "postcss.config.mjs",
    "next-env.d.ts",
  ];
  for (const item of items.filter((i) => existsSync(path.join(ROOT, i)))) {
    const r = run("cp", ["-r", path.join(ROOT, item), path.join(dest, item)]);
    if (r.status !== 0) throw new Error(`copy ${item}: ${r.stderr}`);
  }
  run("cp", ["-r", path.join(ROOT, "content", "data"), path.join(dest, "content", "data")]);
  const link = run("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dest, "node_modules")]);
  if (link.status !== 0) throw new Error(`hard-link node_modules: ${link.stderr}`);
}

async function partPatches(): Promise<Omit<PartFile, "name" | "date" | "durationS">> {
  await ensureRealBuild();
  const contentDir = path.join(TMP, "content-1400");
  if (!existsSync(path.join(contentDir, "careers"))) generate(1400, contentDir);
  const base = path.join(TMP, "patch-base");
  const patched = path.join(TMP, "patch-new");
  copyTree(base);
  copyTree(patched);
  const apply = run("python3", ["bench/patches/make.py", "apply", patched]);
  if (apply.status !== 0) throw new Error(`applying the patches failed: ${apply.stderr}`);
  const skipped = apply.stderr.trim();
  run("python3", ["bench/patches/make.py", "diff", RESULTS]);
  const tsc = run(process.execPath, [
    path.join(ROOT, "node_modules", "typescript", "bin", "tsc"),
    "--noEmit",
    "-p",
    patched,
  ]);

  // Builds run from inside each copy (its own next.config.ts, its own dist folder), at each scale of
  // BENCH_PATCH_CAREERS (default 1400,10000); the last build of each copy stays for the render test.
  const scales = (process.env.BENCH_PATCH_CAREERS ?? "1400,10000")
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const buildRows: { careers: number; label: string; stats: BuildStats }[] = [];
  for (const n of scales) {
    const scaleContent = path.join(TMP, `content-${n}`);
    if (!existsSync(path.join(scaleContent, "careers"))) generate(n, scaleContent);
    for (const [label, dir] of [
      ["current", base],
      ["proposed", patched],
    ] as const) {
      log(`building ${n} careers from the ${label} tree`);
      rmSync(path.join(dir, "dist"), { recursive: true, force: true });
      const child = run(
        "/usr/bin/time",
        ["-v", process.execPath, path.join(dir, "node_modules", "next", "dist", "bin", "next"), "build", dir],
        {
          env: { NEXT_TELEMETRY_DISABLED: "1", RUMBO_CONTENT_DIR: scaleContent, RUMBO_DIST_DIR: "dist" },
          timeoutMs: 1_800_000,
        },
      );
      const output = child.stdout + child.stderr;
      writeFileSync(path.join(TMP, `build-patches-${label}-${n}.log`), output);
      const stats: BuildStats = {
        ok: child.status === 0,
        careers: n,
        treeRssMB: NaN,
        logFile: `bench/tmp/build-patches-${label}-${n}.log`,
        tail: output.split("\n").slice(-30).join("\n"),
        ...parseBuildLog(output),
      };
      if (!stats.ok) throw new Error(`${label} build of ${n} careers failed:\n${stats.tail}`);
      buildRows.push({ careers: n, label, stats });
    }
  }

  // In-process scoring: each copy times the call its own result page makes; digests must match.
  const compareIn = (dir: string, mode: string) => {
    mkdirSync(path.join(dir, "bench"), { recursive: true });
    for (const f of ["patch-compare.ts", "stats.ts"])
      writeFileSync(path.join(dir, "bench", f), readFileSync(path.join(ROOT, "bench", f)));
    const out = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
        "--conditions=react-server",
        "bench/patch-compare.ts",
        mode,
      ],
      { cwd: dir, encoding: "utf8", env: { ...process.env, RUMBO_CONTENT_DIR: contentDir }, timeout: 600_000 },
    );
    if (out.status !== 0) throw new Error(`patch-compare (${mode}) failed: ${out.stderr}`);
    return JSON.parse(out.stdout.trim().split("\n").pop() ?? "[]") as { careers: number; ms: number; digest: string }[];
  };
  const currentRows = compareIn(base, "current");
  const proposedRows = compareIn(patched, "proposed");
  const scoring = currentRows.map((c, i) => ({
    careers: c.careers,
    currentMs: c.ms,
    proposedMs: proposedRows[i]?.ms ?? NaN,
    identical: c.digest === proposedRows[i]?.digest,
  }));

  // Result page server time on both builds. The result page is dynamic and reads the catalog at run
  // time, so the same two builds (of the last scale) serve the real, 1,400 and 10,000-career catalogs; requests alternate
  // between the two servers so machine noise hits both alike.
  const renders: { catalog: string; current: number; proposed: number; currentP90: number; proposedP90: number }[] = [];
  const catalogs: [string, string][] = [
    ["real", REAL_CONTENT],
    ["1,400", contentDir],
  ];
  if (existsSync(path.join(TMP, "content-10000", "careers")))
    catalogs.push(["10,000", path.join(TMP, "content-10000")]);
  for (const [label, content] of catalogs) {
    log(`result page render, current vs proposed, ${label} catalog`);
    const a = await startNextIn({
      name: "patches-current",
      cwd: base,
      distDir: "dist",
      contentDir: content,
      port: 3341,
    });
    const b = await startNextIn({
      name: "patches-proposed",
      cwd: patched,
      distDir: "dist",
      contentDir: content,
      port: 3342,
    });
    try {
      const ta: number[] = [];
      const tb: number[] = [];
      for (let i = 0; i < 55; i++) {
        const ra = await httpGet(`${a.url}${RESULT_PATH}`);
        const rb = await httpGet(`${b.url}${RESULT_PATH}`);
        if (ra.status !== 200 || rb.status !== 200) throw new Error(`result page answered ${ra.status}/${rb.status}`);
        if (i >= 5) {
          ta.push(ra.ms);
          tb.push(rb.ms);
        }
      }
      const sa = summarize(ta);
      const sb = summarize(tb);
      renders.push({
        catalog: label,
        current: sa.median,
        proposed: sb.median,
        currentP90: sa.p90,
        proposedP90: sb.p90,
      });
    } finally {
      await a.stop();
      await b.stop();
    }
  }
  const markdown = [
    "Before/after of the proposed changes in `bench/results/proposed-build.patch` and `proposed-scoring.patch` (written by `bench/patches/make.py` against the current tree), measured on two copies of the tree in `bench/tmp` (the repository is not touched).",
    `Typecheck of the patched copy: ${tsc.status === 0 ? "passes" : `FAILS:\n\n\`\`\`\n${(tsc.stdout + tsc.stderr).slice(0, 1500)}\n\`\`\``}.${skipped ? ` Patch notes: ${skipped.replace(/\n/g, "; ")}` : ""}`,
    "",
    table(
      ["careers", "tree", "pages", "wall (s)", "static generation (s)", "ms per page", "peak RSS largest process (MB)"],
      buildRows.map((r) => [
        r.careers,
        r.label,
        r.stats.pages,
        fixed(r.stats.wallS),
        fixed(r.stats.staticGenS),
        r.stats.staticGenS ? fixed((r.stats.staticGenS * 1000) / r.stats.pages) : "n/a",
        fixed(r.stats.maxRssMB, 0),
      ]),
    ),
    "",
    table(
      ["careers", "assess current (ms)", "proposed (ms)", "speed-up", "same ranking, indexes and top-10 matches"],
      scoring.map((r) => [
        r.careers,
        fixed(r.currentMs, 2),
        fixed(r.proposedMs, 2),
        `${fixed(r.currentMs / r.proposedMs, 2)}×`,
        r.identical ? "yes" : "NO",
      ]),
    ),
    "",
    table(
      [
        "result page, catalog served",
        "current median (ms)",
        "proposed median (ms)",
        "current p90 (ms)",
        "proposed p90 (ms)",
      ],
      renders.map((r) => [
        r.catalog,
        fixed(r.current, 1),
        fixed(r.proposed, 1),
        fixed(r.currentP90, 1),
        fixed(r.proposedP90, 1),
      ]),
    ),
    "",
    "50 alternating requests per server after 5 warm-ups each; Node http client, time to the last byte.",
  ].join("\n");
  rmSync(path.join(base, "dist"), { recursive: true, force: true });
  rmSync(path.join(patched, "dist"), { recursive: true, force: true });
  return { markdown, data: { builds: buildRows, scoring, renders, typecheckPasses: tsc.status === 0, skipped } };
}

// ---------------------------------------------------------------------------------------------
// Scoring and result render time

async function timeRequests(url: string, count: number, warmup: number) {
  for (let i = 0; i < warmup; i++) await httpGet(url);
  const times: number[] = [];
  const statuses = new Set<number>();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const res = await httpGet(url);
    statuses.add(res.status);
    bytes = res.body.length;
    times.push(res.ms);
  }
  return { ...summarize(times), statuses: [...statuses], bytes };
}

async function partScoring(): Promise<Omit<PartFile, "name" | "date" | "durationS">> {
  await ensureRealBuild();
  const out = path.join(TMP, "scoring.json");
  log("scoring in-process (tsx)");
  const result = run(
    process.execPath,
    [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "bench/scoring.ts", out],
    { env: { RUMBO_CONTENT_DIR: REAL_CONTENT } },
  );
  if (result.status !== 0) throw new Error(`scoring benchmark failed: ${result.stderr}`);
  const scoring = JSON.parse(readFileSync(out, "utf8")) as {
    rows: {
      label: string;
      careers: number;
      runs: number;
      medianMs: number;
      p90Ms: number;
      minMs: number;
      perCareerUs: number;
      stages: Record<string, number>;
    }[];
  };

  const targets: { label: string; distDir: string; contentDir: string; port: number }[] = [
    { label: "real catalog", distDir: REAL_DIST, contentDir: REAL_CONTENT, port: 3301 },
    ...SCALES.filter((n) => existsSync(path.join(ROOT, `bench/tmp/dist-${n}`, "BUILD_ID"))).map((n, i) => ({
      label: `${n} careers`,
      distDir: `bench/tmp/dist-${n}`,
      contentDir: path.join(TMP, `content-${n}`),
      port: 3302 + i,
    })),
  ];
  const renders = [];
  for (const target of targets) {
    log(`result page render time: ${target.label}`);
    const server = await startNext({ name: `render-${target.port}`, ...target });
    try {
      const careers =
        target.label === "real catalog"
          ? readdirSync(path.join(target.contentDir, "careers")).length
          : Number(target.label.split(" ")[0]);
      const resultTiming = await timeRequests(`${server.url}${RESULT_PATH}`, 50, 5);
      const careerTiming = await timeRequests(`${server.url}${CAREER_PATH}`, 50, 5);
      const catalogTiming = await timeRequests(`${server.url}/careers`, 20, 3);
      renders.push({
        label: target.label,
        careers,
        result: resultTiming,
        career: careerTiming,
        catalog: catalogTiming,
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
      scoring.rows.map((r) => [
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
    `Server time per request (\`next start\`, sequential requests from Node's http client, time to the last byte; 5 warm-up requests, then 50; catalog 3 + 20). Result URL: \`${RESULT_PATH}\`.`,
    "",
    table(
      [
        "build",
        "careers",
        "result median (ms)",
        "result p90 (ms)",
        "result HTML (KB)",
        "static career page median (ms)",
        "/careers median (ms)",
        "/careers HTML (KB)",
      ],
      renders.map((r) => [
        r.label,
        r.careers,
        fixed(r.result.median, 1),
        fixed(r.result.p90, 1),
        kb(r.result.bytes),
        fixed(r.career.median, 1),
        fixed(r.catalog.median, 1),
        kb(r.catalog.bytes),
      ]),
    ),
  ].join("\n");
  return { markdown, data: { scoring: scoring.rows, renders } };
}

// ---------------------------------------------------------------------------------------------
// HTTP

function wrk(
  url: string,
  opts: { connections?: number; seconds?: number; headers?: string[] } = {},
): { result: WrkResult; raw: string } {
  const args = ["-t2", `-c${opts.connections ?? 32}`, `-d${opts.seconds ?? 10}s`, "--latency", "--timeout", "10s"];
  for (const h of opts.headers ?? []) args.push("-H", h);
  args.push(url);
  const out = run("wrk", args, { timeoutMs: ((opts.seconds ?? 10) + 30) * 1000 });
  if (out.status !== 0) throw new Error(`wrk failed: ${out.stderr}`);
  return { result: parseWrk(out.stdout), raw: out.stdout };
}

const HEADER_NAMES = [
  "content-type",
  "content-length",
  "content-encoding",
  "cache-control",
  "etag",
  "vary",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
  "transfer-encoding",
];

async function headersOf(url: string, extra: Record<string, string> = {}) {
  const res = await httpGet(url, extra);
  const picked: Record<string, string> = {};
  for (const name of HEADER_NAMES) {
    const value = res.headers[name];
    if (value !== undefined) picked[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const all = Object.keys(res.headers).length;
  const headerBytes = Object.entries(res.headers).reduce((sum, [k, v]) => sum + k.length + String(v).length + 4, 0);
  return { status: res.status, bytes: res.body.length, headerCount: all, headerBytes, headers: picked };
}

async function partHttp(): Promise<Omit<PartFile, "name" | "date" | "durationS">> {
  await ensureRealBuild();
  const staticRoot = path.join(TMP, "nginx-root");
  rmSync(staticRoot, { recursive: true, force: true });
  mkdirSync(path.join(staticRoot, "careers"), { recursive: true });
  const htmlFile = path.join(ROOT, REAL_DIST, "server", "app", "careers", "backend-developer.html");
  const html = readFileSync(htmlFile);
  writeFileSync(path.join(staticRoot, "careers", "backend-developer.html"), html);
  writeFileSync(path.join(staticRoot, "careers", "backend-developer.html.gz"), gzipSync(html, { level: 9 }));

  const servers: Server[] = [];
  const runs: { target: string; server: string; url: string; note: string; result: WrkResult }[] = [];
  const headers: Record<string, Awaited<ReturnType<typeof headersOf>>> = {};
  try {
    const next = await startNext({ name: "http-next", distDir: REAL_DIST, contentDir: REAL_CONTENT, port: 3311 });
    servers.push(next);
    const nginx = await startNginx({
      name: "static",
      port: 3312,
      serverBlock: `root ${staticRoot};
    location = /__ping { return 204; }
    location /careers/ { default_type text/html; try_files $uri.html =404; gzip_static on; }`,
    });
    servers.push(nginx);
    // nginx as a caching reverse proxy in front of next start: the "after" of proposal 1.
    const proxy = await startNginx({
      name: "proxy-cache",
      port: 3313,
      httpBlock: "proxy_cache_path $PREFIX/cache keys_zone=rumbo:10m max_size=100m inactive=10m;",
      serverBlock: `location = /__ping { return 204; }
    location / {
      proxy_pass http://127.0.0.1:3311;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache rumbo;
      proxy_cache_valid 200 10m;
      proxy_cache_lock on;
      # With sendfile, cached 95 KB responses on keep-alive connections stalled ~27-44 ms each here
      # (delayed-ACK interplay); reading the cache file normally serves them in ~0.1 ms.
      sendfile off;
      add_header X-Cache $upstream_cache_status;
    }`,
    });
    servers.push(proxy);

    const careerNext = `${next.url}${CAREER_PATH}`;
    const careerNginx = `${nginx.url}${CAREER_PATH}`;
    const catalog = `${next.url}/careers`;
    const result = `${next.url}${RESULT_PATH}`;
    const careerProxy = `${proxy.url}${CAREER_PATH}`;

    const nextBody = await httpGet(careerNext);
    const nginxBody = await httpGet(careerNginx);
    const sameBytes = nextBody.body.equals(nginxBody.body);
    headers["career (next start)"] = await headersOf(careerNext);
    headers["career (next start, Accept-Encoding: gzip)"] = await headersOf(careerNext, { "accept-encoding": "gzip" });
    headers["career (nginx)"] = await headersOf(careerNginx);
    headers["/careers (next start)"] = await headersOf(catalog);
    headers["result (next start)"] = await headersOf(result);

    // Warm every route before measuring (first hits load modules and fill caches).
    for (const url of [careerNext, careerNginx, catalog, result, careerProxy])
      for (let i = 0; i < 20; i++) await httpGet(url);

    const plan: [string, string, string, string, string[]][] = [
      ["career page", "next start", careerNext, "", []],
      ["career page", "nginx (same HTML file)", careerNginx, "", []],
      ["/careers catalog", "next start", catalog, "", []],
      ["result URL", "next start", result, "", []],
      [
        "career page",
        "next start",
        careerNext,
        "Accept-Encoding: gzip (compressed per request)",
        ["Accept-Encoding: gzip"],
      ],
      [
        "career page",
        "nginx gzip_static",
        careerNginx,
        "Accept-Encoding: gzip (precompressed file)",
        ["Accept-Encoding: gzip"],
      ],
      ["career page", "nginx proxy_cache → next start", careerProxy, "cache in front of next (proposal)", []],
    ];
    for (const [target, server, url, note, hdrs] of plan) {
      log(`wrk ${target} on ${server}${note ? ` (${note})` : ""}`);
      const { result: r, raw } = wrk(url, { headers: hdrs });
      writeFileSync(path.join(TMP, `wrk-${runs.length}.txt`), raw);
      runs.push({ target, server, url: url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ""), note, result: r });
    }

    const rps = (target: string, server: string, note = "") =>
      runs.find((r) => r.target === target && r.server === server && r.note === note)?.result.requestsPerSec ?? NaN;
    const ratio = rps("career page", "next start") / rps("career page", "nginx (same HTML file)");
    const markdown = [
      "`wrk -t2 -c32 -d10s --latency` on 127.0.0.1 (wrk, the server and, for the proxy row, both servers share the 2 cores). nginx runs 1 worker process, like the single Node process of `next start`.",
      `The nginx file is the prerendered \`${path.relative(ROOT, htmlFile)}\` of the same build (${sameBytes ? "byte-identical to what next start sends" : "NOT byte-identical to what next start sends"}).`,
      "",
      table(
        [
          "page",
          "server",
          "note",
          "req/s",
          "p50 (ms)",
          "p90 (ms)",
          "p99 (ms)",
          "requests",
          "non-2xx/3xx",
          "socket errors",
        ],
        runs.map((r) => [
          r.target,
          r.server,
          r.note,
          fixed(r.result.requestsPerSec, 0),
          fixed(r.result.p50Ms, 2),
          fixed(r.result.p90Ms, 2),
          fixed(r.result.p99Ms, 2),
          r.result.requests,
          r.result.non2xx3xx,
          Object.values(r.result.socketErrors).reduce((a, b) => a + b, 0),
        ]),
      ),
      "",
      `Ratio next start / nginx on the career page: **${fixed(ratio, 3)}** (nginx serves ${fixed(1 / ratio, 1)}× the requests per second).`,
      "",
      "Response headers seen (selected):",
      "",
      table(
        ["response", "status", "body bytes", "headers (count / bytes)", "cache-control", "content-encoding", "other"],
        Object.entries(headers).map(([name, h]) => [
          name,
          h.status,
          h.bytes,
          `${h.headerCount} / ${h.headerBytes}`,
          `\`${h.headers["cache-control"] ?? "(none)"}\``,
          h.headers["content-encoding"] ?? "(none)",
          Object.entries(h.headers)
            .filter(([k]) => !["cache-control", "content-encoding", "content-type", "content-length"].includes(k))
            .map(([k, v]) => `${k}: ${v}`)
            .join("; "),
        ]),
      ),
    ].join("\n");
    return { markdown, data: { runs, headers, sameBytes, ratioNextOverNginx: ratio } };
  } finally {
    for (const s of servers.reverse()) await s.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Page weight

export const TEMPLATES: [string, string][] = [
  ["home", "/"],
  ["catalog", "/careers"],
  ["category", "/careers/category/technology-it"],
  ["career", CAREER_PATH],
  ["test", "/test"],
  ["result", RESULT_PATH],
  ["methodology", "/methodology"],
  ["about", "/about"],
];

async function partWeight(): Promise<Omit<PartFile, "name" | "date" | "durationS">> {
  await ensureRealBuild();
  const server = await startNext({ name: "weight", distDir: REAL_DIST, contentDir: REAL_CONTENT, port: 3321 });
  const rows = [];
  try {
    const cache = new Map<string, Buffer>();
    const fetchAsset = async (src: string) => {
      let body = cache.get(src);
      if (!body) {
        body = (await httpGet(`${server.url}${src}`)).body;
        cache.set(src, body);
      }
      return body;
    };
    for (const [name, pagePath] of TEMPLATES) {
      const res = await httpGet(`${server.url}${pagePath}`);
      const html = res.body.toString("utf8");
      const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)]
        .map((m) => (m[1] ?? "").replace(/&amp;/g, "&"))
        .filter((s) => s.startsWith("/_next/static/"));
      const unique = [...new Set(scripts)];
      let jsRaw = 0;
      let jsGzip = 0;
      for (const src of unique) {
        const body = await fetchAsset(src);
        jsRaw += body.length;
        jsGzip += gzipSync(body, { level: 6 }).length;
      }
      const css = [
        ...new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "")),
      ];
      let cssRaw = 0;
      for (const href of css) cssRaw += (await fetchAsset(href)).length;
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
        (sum, m) => sum + Buffer.byteLength(m[1] ?? ""),
        0,
      );
      rows.push({
        name,
        path: pagePath,
        status: res.status,
        htmlRaw: res.body.length,
        htmlGzip: gzipSync(res.body, { level: 6 }).length,
        inlineScriptBytes: inline,
        scripts: unique.length,
        jsRaw,
        jsGzip,
        cssFiles: css.length,
        cssRaw,
      });
    }
  } finally {
    await server.stop();
  }
  const markdown = [
    table(
      [
        "template",
        "status",
        "HTML (KB)",
        "HTML gzip (KB)",
        "inline script in HTML (KB)",
        "script files",
        "JS (KB)",
        "JS gzip (KB)",
        "CSS (KB)",
      ],
      rows.map((r) => [
        `${r.name} \`${r.path.length > 40 ? `${r.path.slice(0, 40)}…` : r.path}\``,
        r.status,
        kb(r.htmlRaw),
        kb(r.htmlGzip),
        kb(r.inlineScriptBytes),
        r.scripts,
        kb(r.jsRaw),
        kb(r.jsGzip),
        kb(r.cssRaw),
      ]),
    ),
    "",
    "JS = the distinct `<script src>` files under `/_next/static/` that the HTML loads (gzip level 6 computed here; `next start` compresses on the fly). Inline script = bytes inside `<script>` elements without `src` (mostly the React Server Components payload Next writes into every page).",
  ].join("\n");
  return { markdown, data: { rows } };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const LIGHTHOUSE_PAGES: [string, string][] = TEMPLATES.filter(([name]) => name !== "about");

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

async function partLighthouse(): Promise<Omit<PartFile, "name" | "date" | "durationS">> {
  await ensureRealBuild();
  const outDir = path.join(TMP, "lighthouse");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const server = await startNext({ name: "lighthouse", distDir: REAL_DIST, contentDir: REAL_CONTENT, port: 3331 });
  const rows = [];
  try {
    for (const [name, pagePath] of LIGHTHOUSE_PAGES) {
      const url = `${server.url}${pagePath}`;
      const file = path.join(outDir, `${name}.json`);
      log(`lighthouse ${name}`);
      const lighthouse = () =>
        run(
          "npx",
          [
            "--yes",
            "lighthouse@12",
            url,
            "--quiet",
            "--output=json",
            `--output-path=${file}`,
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
          ],
          { env: { CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, timeoutMs: 240_000 },
        );
      // Headless Chromium occasionally loses the trace (NO_NAVSTART); one retry, and say so.
      let out = lighthouse();
      let attempts = 1;
      if (out.status !== 0 || !existsSync(file)) {
        attempts++;
        out = lighthouse();
      }
      if (out.status !== 0 || !existsSync(file)) {
        rows.push({ name, path: pagePath, error: (out.stderr || out.stdout).split("\n").slice(-5).join(" ") });
        continue;
      }
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
            const score = report.audits[id]?.score;
            return score !== null && score !== undefined && score < 1;
          });
      const consoleErrors = (report.audits["errors-in-console"]?.details?.items ?? []).map((item) =>
        `${item.description ?? ""} ${item.sourceLocation?.url?.replace(url.split("/").slice(0, 3).join("/"), "") ?? ""}`.trim(),
      );
      rows.push({
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
  } finally {
    await server.stop();
  }
  const version = run("npx", ["--yes", "lighthouse@12", "--version"]).stdout.trim();
  const markdown = [
    `Lighthouse ${version} (default mobile preset: emulated Moto G Power, simulated slow 4G throttling), Debian Chromium headless, against \`next start\` of the real build on 127.0.0.1. One run per page.`,
    "",
    table(
      [
        "page",
        "performance",
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
          ? [r.name, "error", "", "", "", "", "", "", "", r.error]
          : [
              `${r.name} \`${r.path.length > 32 ? `${r.path.slice(0, 32)}…` : r.path}\``,
              r.performance,
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
}

// ---------------------------------------------------------------------------------------------
// Report

function machineInfo() {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const nextPkg = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")) as {
    version: string;
  };
  const nginxVersion = run("nginx", ["-v"]).stderr.trim().replace("nginx version: ", "");
  const wrkVersion = run("wrk", ["-v"]).stdout.split("\n")[0]?.trim() ?? "";
  const commit = run("git", ["rev-parse", "--short", "HEAD"]).stdout.trim();
  const dirty = run("git", ["status", "--porcelain", "--untracked-files=no"]).stdout.trim() !== "";
  return {
    date: new Date().toISOString(),
    cpuModel: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    ramGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    next: nextPkg.version,
    nginx: nginxVersion,
    wrk: wrkVersion,
    commit: `${commit}${dirty ? " (with uncommitted changes)" : ""}`,
    realCareers: readdirSync(path.join(ROOT, "content", "careers")).filter((f) => f.endsWith(".md")).length,
  };
}

const TITLES: Record<PartName, string> = {
  build: "1. Build scale",
  scoring: "2. Scoring",
  http: "3. HTTP: next start vs nginx",
  weight: "4. Page weight",
  lighthouse: "5. Lighthouse 12 (mobile)",
  profile: "Build profile (1,400 careers, CPU self time)",
  patches: "Proposed lib/ changes: measured before/after",
};

function assemble(): void {
  const parts = (existsSync(PARTS_DIR) ? readdirSync(PARTS_DIR) : [])
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(PARTS_DIR, f), "utf8")) as PartFile);
  const order: PartName[] = [...ALL_PARTS, ...EXTRA_PARTS];
  parts.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const machine = machineInfo();
  writeFileSync(
    path.join(RESULTS, "latest.json"),
    `${JSON.stringify({ machine, parts: Object.fromEntries(parts.map((p) => [p.name, { date: p.date, durationS: p.durationS, data: p.data }])) }, null, 2)}\n`,
  );
  const notes = existsSync(path.join(RESULTS, "notes.md")) ? readFileSync(path.join(RESULTS, "notes.md"), "utf8") : "";
  const md = [
    "# Rumbo benchmarks",
    "",
    "Generated by `npm run bench` (`bench/run.sh [build|scoring|http|weight|lighthouse|profile]...`). Benchmarks report; they never fail on timings. Numbers are from one machine and one run: compare runs on the same machine only.",
    "",
    table(
      ["machine", ""],
      [
        ["CPU", machine.cpuModel],
        ["cores / RAM", `${machine.cores} / ${machine.ramGiB} GiB`],
        ["OS", machine.os],
        ["Node / Next", `${machine.node} / ${machine.next}`],
        ["nginx / wrk", `${machine.nginx} / ${machine.wrk}`],
        ["commit", machine.commit],
        ["real careers in content/careers", machine.realCareers],
        ["report assembled", machine.date],
      ],
    ),
    "",
    ...parts.flatMap((p) => [
      `## ${TITLES[p.name]}`,
      "",
      `_Measured ${p.date} in ${fixed(p.durationS, 0)} s._`,
      "",
      p.markdown,
      "",
    ]),
    notes ? notes.trim() : "",
    "",
  ].join("\n");
  writeFileSync(path.join(RESULTS, "latest.md"), md);
  log(
    `wrote ${path.relative(ROOT, path.join(RESULTS, "latest.md"))} and latest.json (${parts.map((p) => p.name).join(", ")})`,
  );
}

const RUNNERS: Record<PartName, () => Promise<Omit<PartFile, "name" | "date" | "durationS">>> = {
  build: partBuild,
  scoring: partScoring,
  http: partHttp,
  weight: partWeight,
  lighthouse: partLighthouse,
  profile: partProfile,
  patches: partPatches,
};

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const known: string[] = [...ALL_PARTS, ...EXTRA_PARTS, "report"];
  const unknown = requested.filter((p) => !known.includes(p));
  if (unknown.length) {
    console.error(`unknown part(s): ${unknown.join(", ")}; choose from ${known.join(", ")}`);
    process.exit(2);
  }
  const parts = (requested.length ? requested.filter((p) => p !== "report") : [...ALL_PARTS]) as PartName[];
  mkdirSync(PARTS_DIR, { recursive: true });
  mkdirSync(TMP, { recursive: true });
  let failed = false;
  for (const name of parts) {
    const start = Date.now();
    log(`=== ${name} ===`);
    try {
      const result = await RUNNERS[name]();
      const file: PartFile = {
        name,
        date: new Date().toISOString(),
        durationS: (Date.now() - start) / 1000,
        ...result,
      };
      writeFileSync(path.join(PARTS_DIR, `${name}.json`), `${JSON.stringify(file, null, 2)}\n`);
      console.log(`\n${result.markdown}\n`);
    } catch (error) {
      failed = true;
      console.error(`part ${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  assemble();
  if (failed) process.exit(1);
}

void main();
