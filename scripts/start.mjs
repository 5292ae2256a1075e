// `npm start`: builds the production site when no build exists yet, then serves it.
// PORT (default 3000) picks the port. Telemetry stays off: Rumbo makes no third-party requests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (args) => {
  const result = spawnSync("npx", ["next", ...args], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(".next/BUILD_ID") || process.env.REBUILD === "1") run(["build"]);
run(["start", "-p", process.env.PORT ?? "3000"]);
