import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { summarizeProfiles } from "@/bench/profile-summary";

const frame = (functionName: string, url: string) => ({
  functionName,
  url,
  lineNumber: 0,
  columnNumber: 0,
  scriptId: "0",
});

/** A two-node profile: 3 samples of 1 ms in a function of an app server chunk. */
const workerProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", ""), children: [2] },
    { id: 2, callFrame: frame("renderCareer", "file:///x/.next/server/chunks/ssr/page.js") },
  ],
  samples: [2, 2, 2],
  timeDeltas: [1000, 1000, 1000],
  startTime: 0,
  endTime: 3000,
};

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("summarizeProfiles", () => {
  it("leaves out a profile cut off while being written, names it, and still reports the worker", () => {
    dir = mkdtempSync(path.join(tmpdir(), "rumbo-prof-"));
    writeFileSync(path.join(dir, "1-processChild.js.cpuprofile"), JSON.stringify(workerProfile));
    writeFileSync(path.join(dir, "2-next.cpuprofile"), JSON.stringify(workerProfile).slice(0, 40));
    const { markdown, data } = summarizeProfiles(dir, dir);
    expect(markdown).toContain("Profiled process: `1-processChild.js` (the static-generation worker; 1 profile file)");
    expect(markdown).toContain("renderCareer (app server chunk page.js)");
    expect(markdown).toContain("left out: `2-next.cpuprofile`");
    expect(data.unreadable).toEqual(["2-next.cpuprofile"]);
  });

  it("sums a process's chunks into one process", () => {
    dir = mkdtempSync(path.join(tmpdir(), "rumbo-prof-"));
    writeFileSync(path.join(dir, "5-processChild.js.0.cpuprofile"), JSON.stringify(workerProfile));
    writeFileSync(path.join(dir, "5-processChild.js.1.cpuprofile"), JSON.stringify(workerProfile));
    const { markdown, data } = summarizeProfiles(dir, dir);
    expect(data.processes).toEqual([{ file: "5-processChild.js", totalMs: 6 }]);
    expect(markdown).toContain("`5-processChild.js` (the static-generation worker; 2 profile chunks, summed)");
    expect(markdown).toContain("| renderCareer (app server chunk page.js) | 0.01 | 100.0 % |");
  });

  it("says so when no readable worker profile exists", () => {
    dir = mkdtempSync(path.join(tmpdir(), "rumbo-prof-"));
    writeFileSync(path.join(dir, "3-processChild.js.cpuprofile.partial"), "{");
    // The main process also runs some app code; it must not be taken for the worker.
    writeFileSync(path.join(dir, "4-next.cpuprofile"), JSON.stringify(workerProfile));
    expect(summarizeProfiles(dir, dir).markdown).toBe(
      "No readable CPU profile of the static-generation worker was written. Not readable (cut off while being written, or damaged), left out: `3-processChild.js.cpuprofile.partial`.",
    );
  });
});
