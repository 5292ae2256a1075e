// Summarises V8 .cpuprofile files (from bench/cpu-profile-preload.cjs): self time by package or
// project module, and inclusive time of the hottest functions, for the "profile" bench part.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fixed, table } from "./md";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Groups a script URL: node_modules package, Next's compiled vendor, project chunk or Node internals. */
export function groupOf(url: string): string {
  if (!url) return "(native, GC, idle)";
  if (url.startsWith("node:")) return "node internals";
  const compiled = /next\/dist\/compiled\/([^/]+)/.exec(url);
  if (compiled) return `next (compiled ${compiled[1]})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] ?? url;
  const chunk = /\/server\/chunks\/(?:ssr\/)?(.+)$/.exec(url);
  if (chunk) return `app server chunk ${chunk[1]}`;
  return url
    .replace(/^file:\/\//, "")
    .split("/")
    .slice(-2)
    .join("/");
}

export function summarizeProfiles(dir: string, root: string) {
  const all = readdirSync(dir);
  const files = all.filter((f) => f.endsWith(".cpuprofile"));
  // The preload writes each process's profile in chunks (`<pid>-<script>.<n>.cpuprofile`) so that a process
  // killed soon after its last task loses at most one short chunk; sum the chunks per process.
  const byProcess = new Map<
    string,
    { file: string; chunks: number; selfByGroup: Map<string, number>; inclusive: Map<string, number>; totalMs: number }
  >();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  // A .partial file is a chunk whose process ended before it was written out (cpu-profile-preload.cjs).
  const unreadable: string[] = all.filter((f) => f.endsWith(".cpuprofile.partial"));
  for (const file of files) {
    let profile: CpuProfile;
    try {
      profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    } catch {
      // Written in place by an older preload, or damaged: name it, keep the rest.
      unreadable.push(file);
      continue;
    }
    const name = file.replace(/(\.\d+)?\.cpuprofile$/, "");
    const proc = byProcess.get(name) ?? {
      file: name,
      chunks: 0,
      selfByGroup: new Map(),
      inclusive: new Map(),
      totalMs: 0,
    };
    proc.chunks++;
    byProcess.set(name, proc);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      proc.totalMs += ms;
      const node = byId.get(id);
      if (!node) return;
      add(proc.selfByGroup, node.callFrame.functionName === "(idle)" ? "(idle)" : groupOf(node.callFrame.url), ms);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const frame = byId.get(cur)?.callFrame;
        if (!frame || !frame.functionName || frame.functionName.startsWith("(")) continue;
        const key = `${frame.functionName} (${groupOf(frame.url)})`;
        if (seen.has(key)) continue;
        seen.add(key);
        add(proc.inclusive, key, ms);
      }
    });
  }
  const processes = [...byProcess.values()].map((p) => ({ file: p.file, totalMs: p.totalMs }));
  // The static-generation worker is the build worker (jest-worker's processChild.js) that spent the most time
  // in app server chunks. Only a worker can be it: with the worker's profile lost, the main process would
  // otherwise win with its few app-chunk samples and be mislabelled.
  const appMsOf = (p: { selfByGroup: Map<string, number> }) =>
    [...p.selfByGroup].filter(([g]) => g.startsWith("app server chunk")).reduce((sum, [, v]) => sum + v, 0);
  const worker =
    [...byProcess.values()].filter((p) => p.file.includes("processChild")).sort((x, y) => appMsOf(y) - appMsOf(x))[0] ??
    null;
  const unreadableNote = unreadable.length
    ? `Not readable (cut off while being written, or damaged), left out: ${unreadable.map((f) => `\`${f}\``).join(", ")}.`
    : "";
  if (!worker)
    return {
      markdown: ["No readable CPU profile of the static-generation worker was written.", unreadableNote]
        .join(" ")
        .trim(),
      data: { processes, unreadable },
    };
  const busy = worker.totalMs - (worker.selfByGroup.get("(idle)") ?? 0);
  const topGroups = [...worker.selfByGroup]
    .filter(([g]) => g !== "(idle)")
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15);
  const topInclusive = [...worker.inclusive]
    .filter(([k]) => !/^(anonymous|processTicksAndRejections|runMicrotasks|listOnTimeout|processImmediate)\b/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40);
  const markdown = [
    `Profiled process: \`${worker.file}\` (the static-generation worker; ${worker.chunks} profile ${worker.chunks === 1 ? "file" : "chunks, summed"}), ${fixed(worker.totalMs / 1000)} s sampled, ${fixed(busy / 1000)} s busy. Profiles of every build process are in \`${path.relative(root, dir)}\`.`,
    "",
    "Self time by package or module:",
    "",
    table(
      ["group", "self time (s)", "share of busy time"],
      topGroups.map(([g, ms]) => [g, fixed(ms / 1000, 2), `${fixed((ms / busy) * 100)} %`]),
    ),
    "",
    "Inclusive time of the hottest named functions (a function counted once per sample):",
    "",
    table(
      ["function (group)", "inclusive (s)", "share of busy time"],
      topInclusive.map(([k, ms]) => [k.replace(/\|/g, "\\|"), fixed(ms / 1000, 2), `${fixed((ms / busy) * 100)} %`]),
    ),
    ...(unreadableNote ? ["", unreadableNote] : []),
  ].join("\n");
  return {
    markdown,
    data: {
      processes,
      unreadable,
      worker: worker.file,
      busyMs: busy,
      selfByGroup: Object.fromEntries(topGroups),
      inclusive: Object.fromEntries(topInclusive),
    },
  };
}
