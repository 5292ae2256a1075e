// Preloaded with NODE_OPTIONS="--require bench/cpu-profile-preload.cjs" by `bench/run.sh profile`:
// Node refuses --cpu-prof in NODE_OPTIONS, and Next passes NODE_OPTIONS (not execArgv) to its build
// workers, so this starts the V8 profiler through the inspector and writes .cpuprofile chunks per process.
/* eslint-disable @typescript-eslint/no-require-imports */
const inspector = require("node:inspector");
const fs = require("node:fs");
const path = require("node:path");

const dir = process.env.RUMBO_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 1000 });
  session.post("Profiler.start");
  // Chunks: a build ends its workers with SIGTERM and SIGKILLs them half a second later (jest-worker), too
  // soon to write a whole worker's profile; writing every CHUNK_MS leaves only the last chunk to write at exit.
  // bench/profile-summary.ts sums a process's chunks.
  const CHUNK_MS = 10_000;
  const base = path.join(dir, `${process.pid}-${path.basename(process.argv[1] || "node")}`);
  let chunk = 0;
  const writeChunk = (restart) => {
    session.post("Profiler.stop", (error, result) => {
      if (!error && result) {
        fs.mkdirSync(dir, { recursive: true });
        // Write beside the final name and rename, so a chunk cut off by a kill never passes for a profile.
        const file = `${base}.${chunk++}.cpuprofile`;
        fs.writeFileSync(`${file}.partial`, JSON.stringify(result.profile));
        fs.renameSync(`${file}.partial`, file);
      }
      if (restart) session.post("Profiler.start");
    });
  };
  const timer = setInterval(() => writeChunk(true), CHUNK_MS);
  timer.unref();
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    clearInterval(timer);
    writeChunk(false);
  };
  process.on("exit", write);
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      write();
      process.exit(0);
    });
  }
}
