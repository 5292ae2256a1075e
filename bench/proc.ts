// Process, build and server helpers for the benchmarks. Every server listens on 127.0.0.1 (ports
// 3300-3399), every build writes to bench/tmp/, and every child is stopped by its own process group.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { summarize } from "./stats";

export const ROOT = process.cwd();
export const TMP = path.join(ROOT, "bench", "tmp");
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/**
 * `next build` adds its distDir's type folders to tsconfig.json (and may rewrite next-env.d.ts).
 * A benchmark must not leave edits in files it does not own, so both are restored after each build
 * when, and only when, the build changed them.
 */
function withProjectFilesRestored<T>(fn: () => Promise<T>): Promise<T> {
  const files = ["tsconfig.json", "next-env.d.ts"].map((f) => path.join(ROOT, f));
  const before = files.map((f) => (existsSync(f) ? readFileSync(f, "utf8") : null));
  const restore = () =>
    files.forEach((file, i) => {
      const original = before[i];
      if (original == null || !existsSync(file)) return;
      const now = readFileSync(file, "utf8");
      if (now !== original && now.includes("bench/tmp/")) writeFileSync(file, original);
    });
  return fn().finally(restore);
}

export interface BuildStats {
  ok: boolean;
  careers: number;
  wallS: number;
  /** Peak RSS of the largest single process (GNU time; children's RSS are not added up). */
  maxRssMB: number;
  /** Peak of the summed RSS of every process of the build, sampled every 250 ms from /proc. */
  treeRssMB: number;
  pages: number;
  staticGenS: number | null;
  compileS: number | null;
  typecheckS: number | null;
  logFile: string;
  tail: string;
}

function rssOfGroup(pgid: number): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields[0] is field 3 (state); pgrp is field 5, rss (pages) field 24.
      if (Number(fields[2]) === pgid) total += Number(fields[21]) * 4096;
    } catch {
      // the process ended between readdir and read
    }
  }
  return total;
}

function parseSeconds(text: string | undefined): number | null {
  if (!text) return null;
  const m = /^([\d.]+)(ms|s|min)$/.exec(text);
  if (!m) return null;
  const v = Number(m[1]);
  return m[2] === "ms" ? v / 1000 : m[2] === "min" ? v * 60 : v;
}

export function parseBuildLog(text: string): Omit<BuildStats, "ok" | "careers" | "treeRssMB" | "logFile" | "tail"> {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(text);
  const wallS = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const gen = /Generating static pages using \d+ workers? \((\d+)\/\1\)(?: in ([\d.]+(?:ms|s|min)))?/.exec(text);
  return {
    wallS,
    maxRssMB: rss ? Number(rss[1]) / 1024 : NaN,
    pages: gen ? Number(gen[1]) : NaN,
    staticGenS: parseSeconds(gen?.[2]),
    compileS: parseSeconds(/Compiled successfully in ([\d.]+(?:ms|s|min))/.exec(text)?.[1]),
    typecheckS: parseSeconds(/Finished TypeScript in ([\d.]+(?:ms|s|min))/.exec(text)?.[1]),
  };
}

/** `/usr/bin/time -v next build` into distDir (relative to the repo, under bench/tmp/). */
export function nextBuild(opts: {
  contentDir: string;
  distDir: string;
  logFile: string;
  careers: number;
}): Promise<BuildStats> {
  if (!opts.distDir.startsWith("bench/tmp/")) throw new Error(`refusing to build outside bench/tmp: ${opts.distDir}`);
  rmSync(path.join(ROOT, opts.distDir), { recursive: true, force: true });
  return withProjectFilesRestored(
    () =>
      new Promise<BuildStats>((resolve) => {
        const child = spawn("/usr/bin/time", ["-v", process.execPath, NEXT_BIN, "build"], {
          cwd: ROOT,
          detached: true,
          env: {
            ...process.env,
            NEXT_TELEMETRY_DISABLED: "1",
            RUMBO_CONTENT_DIR: opts.contentDir,
            RUMBO_DIST_DIR: opts.distDir,
          },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let output = "";
        child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
        child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
        let peak = 0;
        const sampler = setInterval(() => {
          if (child.pid) peak = Math.max(peak, rssOfGroup(child.pid));
        }, 250);
        child.on("close", (code) => {
          clearInterval(sampler);
          writeFileSync(opts.logFile, output);
          const parsed = parseBuildLog(output);
          resolve({
            ok: code === 0,
            careers: opts.careers,
            treeRssMB: peak / 1024 / 1024,
            logFile: path.relative(ROOT, opts.logFile),
            tail: output.split("\n").slice(-40).join("\n"),
            ...parsed,
          });
        });
      }),
  );
}

export interface Server {
  name: string;
  url: string;
  stop: () => Promise<void>;
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || !child.pid) return resolve();
    const pid = child.pid;
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export function httpGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          ms: performance.now() - t0,
        }),
      );
      res.on("error", reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on("error", reject);
  });
}

/** Sequential GETs (one connection at a time): warm-ups first, then a summary of the timed requests. */
export async function timeRequests(url: string, count: number, warmup: number) {
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

async function waitFor(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering ${url}`);
    try {
      await httpGet(url);
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`no answer from ${url} after ${timeoutMs} ms`);
}

function checkPort(port: number): void {
  if (port < 3300 || port > 3399) throw new Error(`port ${port} is outside 3300-3399`);
}

/**
 * `next start -H 127.0.0.1 -p PORT` (the next binary of node_modules, as `npx next start` runs it) of a
 * build (RUMBO_DIST_DIR, relative to the repository) reading its content from contentDir at run time.
 */
export async function startNext(opts: {
  name: string;
  distDir: string;
  contentDir: string;
  port: number;
  /** Another checkout to serve (its own Next and its default build and content), e.g. an older commit. */
  checkout?: string;
}): Promise<Server> {
  checkPort(opts.port);
  const logFile = path.join(TMP, `server-${opts.name}.log`);
  const cwd = opts.checkout ?? ROOT;
  const bin = path.join(cwd, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [bin, "start", "-H", "127.0.0.1", "-p", String(opts.port)], {
    cwd,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(opts.checkout ? {} : { RUMBO_CONTENT_DIR: opts.contentDir, RUMBO_DIST_DIR: opts.distDir }),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${opts.port}`;
  try {
    await waitFor(`${url}/robots.txt`, child);
  } catch (error) {
    writeFileSync(logFile, output);
    await stopGroup(child);
    throw error;
  }
  return {
    name: opts.name,
    url,
    stop: async () => {
      await stopGroup(child);
      writeFileSync(logFile, output);
    },
  };
}

/** nginx (foreground, one worker unless told) with a server block written for this run. */
export async function startNginx(opts: {
  name: string;
  port: number;
  serverBlock: string;
  httpBlock?: string;
  workers?: number;
}): Promise<Server> {
  checkPort(opts.port);
  const prefix = path.join(TMP, "nginx", opts.name);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(path.join(prefix, "logs"), { recursive: true });
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes ${opts.workers ?? 1};
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  ${(opts.httpBlock ?? "").replaceAll("$PREFIX", prefix)}
  server {
    listen 127.0.0.1:${opts.port};
    ${opts.serverBlock}
  }
}
`,
  );
  const child = spawn("nginx", ["-p", prefix, "-c", conf, "-g", "daemon off;"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${opts.port}`;
  try {
    await waitFor(`${url}/__ping`, child, 15_000);
  } catch (error) {
    await stopGroup(child);
    throw new Error(`nginx ${opts.name} did not start: ${String(error)} ${output}`);
  }
  return { name: opts.name, url, stop: () => stopGroup(child) };
}

export function run(cmd: string, args: string[], opts: { env?: Record<string, string>; timeoutMs?: number } = {}) {
  const result = spawnSync(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    encoding: "utf8",
    timeout: opts.timeoutMs ?? 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}
