// `npm start`: builds the production site when there is no build or when any source (content, code,
// config, lockfile) is newer than the build, then serves it. PORT (default 3000) picks the port, HOST
// (optional, e.g. 127.0.0.1 behind a reverse proxy) the address. Telemetry stays off: Rumbo makes no
// third-party requests. REBUILD=1 forces a build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (args) => {
  const result = spawnSync("npx", ["next", ...args], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const SOURCES = ["app", "components", "lib", "content", "public", "scripts/static-documents", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

/** Newest modification time (ms) under the given paths. */
function newestSource() {
  let newest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) for (const child of readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  SOURCES.forEach(visit);
  return newest;
}

const buildId = ".next/BUILD_ID";
const stale = !existsSync(buildId) || statSync(buildId).mtimeMs < newestSource();
if (stale || process.env.REBUILD === "1") run(["build"]);
run(["start", "-p", process.env.PORT ?? "3000", ...(process.env.HOST ? ["-H", process.env.HOST] : [])]);
