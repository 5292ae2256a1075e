// Profile part (opt-in: `npm run bench -- profile`): a 1,400-career build with a CPU profiler in every
// Node process, summarised as self time by file and function (bench/profile-summary.ts).
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { generate, realCatalog, scaleContentDir } from "../catalogs";
import type { Part } from "../part";
import { log, nextBuild, ROOT, sleep, TMP, type BuildStats } from "../proc";
import { summarizeProfiles } from "../profile-summary";

export const profile: Part = {
  name: "profile",
  title: "Build profile (1,400 careers, CPU self time)",
  async run() {
    await realCatalog();
    const contentDir = existsSync(path.join(scaleContentDir(1400), "careers")) ? scaleContentDir(1400) : generate(1400);
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
      // The worker's last chunk is in place (renamed from .partial once fully written) and nothing moves.
      if (state === previousState && /processChild\.js\.\d+\.cpuprofile:/.test(state) && !state.includes(".partial:"))
        break;
      previousState = state;
    }
    const summary = summarizeProfiles(profDir, ROOT);
    rmSync(path.join(ROOT, "bench/tmp/dist-profile"), { recursive: true, force: true });
    return { markdown: summary.markdown, data: { build: stats, ...summary.data } };
  },
};
