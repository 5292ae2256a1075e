// The catalogs the benchmarks build and serve: the real one (a snapshot of content/, so writers
// editing it mid-run do not matter) and synthetic ones of 1,400 and 10,000 careers (the real careers
// plus generated ones, scripts/gen-synthetic-careers.ts). Each is built by the build part into its own
// dist folder under bench/tmp (RUMBO_DIST_DIR) and served with RUMBO_CONTENT_DIR pointing at its content.
//
// BENCH_REAL_DIST=.next makes every part serve an existing build of the work tree (with content/ as is)
// instead of building the real snapshot: for a quick look, not for numbers to keep.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { log, nextBuild, ROOT, run, sleep, TMP, type BuildStats } from "./proc";

export interface Catalog {
  label: string;
  /** English careers (the career ids). */
  careers: number;
  /** Build folder, relative to the repository (RUMBO_DIST_DIR). */
  distDir: string;
  /** Content root (RUMBO_CONTENT_DIR): careers/ and <locale>/careers/. */
  contentDir: string;
}

const REAL_SNAPSHOT = path.join(TMP, "content-real");
const REAL_DIST = "bench/tmp/dist-real";
const EXISTING_DIST = process.env.BENCH_REAL_DIST;

/** Synthetic scales built by the build part: BENCH_SCALES=1400 to build one only (default 1400,10000). */
export const SCALES: number[] = (process.env.BENCH_SCALES ?? "1400,10000")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

const countMd = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md")).length : 0);

/** Career folders of every edition under a content root: careers/ and <locale>/careers/. */
function editionDirs(contentRoot: string): string[] {
  const dirs = ["careers"];
  for (const entry of readdirSync(contentRoot, { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(path.join(contentRoot, entry.name, "careers")))
      dirs.push(path.join(entry.name, "careers"));
  }
  return dirs.filter((d) => existsSync(path.join(contentRoot, d)));
}

function copyCareers(fromRoot: string, toRoot: string, dirs: string[]): void {
  for (const dir of dirs) {
    mkdirSync(path.join(toRoot, dir), { recursive: true });
    for (const file of readdirSync(path.join(fromRoot, dir)).filter((f) => f.endsWith(".md")))
      copyFileSync(path.join(fromRoot, dir, file), path.join(toRoot, dir, file));
  }
}

/** Copies every edition's career files of content/ to the real snapshot; returns the English count. */
function snapshotRealContent(): number {
  rmSync(REAL_SNAPSHOT, { recursive: true, force: true });
  const source = path.join(ROOT, "content");
  copyCareers(source, REAL_SNAPSHOT, editionDirs(source));
  return countMd(path.join(REAL_SNAPSHOT, "careers"));
}

function realContentDir(): string {
  return EXISTING_DIST ? path.join(ROOT, "content") : REAL_SNAPSHOT;
}

/** Builds the real catalog from a fresh snapshot; retries while writers are mid-edit. */
export async function buildReal(): Promise<BuildStats> {
  if (EXISTING_DIST) throw new Error("BENCH_REAL_DIST is set: the build part builds its own catalogs; unset it");
  for (let attempt = 1; ; attempt++) {
    const careers = snapshotRealContent();
    log(`building the real catalog (${careers} careers) into ${REAL_DIST}, attempt ${attempt}`);
    const stats = await nextBuild({
      contentDir: REAL_SNAPSHOT,
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

/** The real catalog's build: the existing one (BENCH_REAL_DIST, or an earlier build part), else built now. */
export async function realCatalog(): Promise<Catalog> {
  if (EXISTING_DIST) {
    if (!existsSync(path.join(ROOT, EXISTING_DIST, "BUILD_ID")))
      throw new Error(`BENCH_REAL_DIST=${EXISTING_DIST} has no BUILD_ID: not a finished build`);
    log(`serving the existing build ${EXISTING_DIST} with content/ (BENCH_REAL_DIST)`);
  } else if (!existsSync(path.join(ROOT, REAL_DIST, "BUILD_ID")) || !existsSync(REAL_SNAPSHOT)) {
    await buildReal();
  }
  const contentDir = realContentDir();
  if (EXISTING_DIST) {
    // The build's own careers (its prerendered career pages), not content/ as it is now.
    const pages = path.join(ROOT, EXISTING_DIST, "server", "app", "careers");
    const careers = existsSync(pages) ? readdirSync(pages).filter((f) => f.endsWith(".html")).length : NaN;
    return { label: `real catalog (existing build ${EXISTING_DIST})`, careers, distDir: EXISTING_DIST, contentDir };
  }
  const careers = countMd(path.join(contentDir, "careers"));
  return { label: "real catalog", careers, distDir: REAL_DIST, contentDir };
}

export const scaleContentDir = (n: number) => path.join(TMP, `content-${n}`);
const scaleDistDir = (n: number) => `bench/tmp/dist-${n}`;

/**
 * Content of n English careers: the real ones plus synthetic ones up to n, and the real catalog's other
 * editions as they are (their careers point at real English ids, which the synthetic catalog keeps).
 */
export function generate(n: number): string {
  const outDir = scaleContentDir(n);
  rmSync(outDir, { recursive: true, force: true });
  const real = realContentDir();
  const result = run(process.execPath, [
    path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
    "scripts/gen-synthetic-careers.ts",
    String(n),
    outDir,
    "--with-real",
    `--real-dir=${path.join(real, "careers")}`,
  ]);
  if (result.status !== 0) throw new Error(`generator failed: ${result.stderr}`);
  log(result.stdout.trim());
  copyCareers(
    real,
    outDir,
    editionDirs(real).filter((d) => d !== "careers"),
  );
  return outDir;
}

/** `next build` of a synthetic catalog of n careers into bench/tmp/dist-n (generated first). */
export async function buildScale(n: number): Promise<BuildStats> {
  const contentDir = generate(n);
  log(`building ${n} careers into ${scaleDistDir(n)}`);
  const stats = await nextBuild({
    contentDir,
    distDir: scaleDistDir(n),
    logFile: path.join(TMP, `build-${n}.log`),
    careers: n,
  });
  if (!stats.ok) throw new Error(`build of ${n} careers failed (see ${stats.logFile}):\n${stats.tail}`);
  return stats;
}

/** The synthetic catalog of n careers if the build part built it, else null. */
export function scaleCatalog(n: number): Catalog | null {
  const distDir = scaleDistDir(n);
  const contentDir = scaleContentDir(n);
  if (!existsSync(path.join(ROOT, distDir, "BUILD_ID")) || !existsSync(path.join(contentDir, "careers"))) return null;
  return {
    label: `${n.toLocaleString("en-US")} careers`,
    careers: countMd(path.join(contentDir, "careers")),
    distDir,
    contentDir,
  };
}

/** Every built synthetic catalog (any scale, not only BENCH_SCALES), smallest first. */
export function builtScales(): Catalog[] {
  const sizes = existsSync(TMP)
    ? readdirSync(TMP)
        .map((f) => /^dist-(\d+)$/.exec(f)?.[1])
        .filter((s): s is string => s !== undefined)
        .map(Number)
    : [];
  return sizes
    .sort((a, b) => a - b)
    .map(scaleCatalog)
    .filter((c): c is Catalog => c !== null);
}
