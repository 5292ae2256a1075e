// Preloaded with NODE_OPTIONS="--require bench/cpu-profile-preload.cjs" by `bench/run.sh profile`:
// Node refuses --cpu-prof in NODE_OPTIONS, and Next passes NODE_OPTIONS (not execArgv) to its build
// workers, so this starts the V8 profiler through the inspector and writes a .cpuprofile per process.
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
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    session.post("Profiler.stop", (error, result) => {
      if (error || !result) return;
      fs.mkdirSync(dir, { recursive: true });
      const name = `${process.pid}-${path.basename(process.argv[1] || "node")}.cpuprofile`;
      fs.writeFileSync(path.join(dir, name), JSON.stringify(result.profile));
    });
  };
  process.on("exit", write);
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      write();
      process.exit(0);
    });
  }
}
