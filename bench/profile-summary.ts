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
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  const processes = [];
  let worker: {
    file: string;
    selfByGroup: Map<string, number>;
    inclusive: Map<string, number>;
    totalMs: number;
  } | null = null;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const selfByGroup = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let totalMs = 0;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      totalMs += ms;
      const node = byId.get(id);
      if (!node) return;
      const group = node.callFrame.functionName === "(idle)" ? "(idle)" : groupOf(node.callFrame.url);
      selfByGroup.set(group, (selfByGroup.get(group) ?? 0) + ms);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const frame = byId.get(cur)?.callFrame;
        if (!frame || !frame.functionName || frame.functionName.startsWith("(")) continue;
        const key = `${frame.functionName} (${groupOf(frame.url)})`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      }
    });
    processes.push({ file, totalMs });
    // The static-generation worker is the process that spent the most time in app server chunks.
    const appMs = [...selfByGroup].filter(([g]) => g.startsWith("app server chunk")).reduce((s, [, v]) => s + v, 0);
    const bestAppMs = worker
      ? [...worker.selfByGroup].filter(([g]) => g.startsWith("app server chunk")).reduce((s, [, v]) => s + v, 0)
      : -1;
    if (appMs > bestAppMs) worker = { file, selfByGroup, inclusive, totalMs };
  }
  if (!worker) return { markdown: "No CPU profile was written.", data: { processes } };
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
    `Profiled process: \`${worker.file}\` (the static-generation worker), ${fixed(worker.totalMs / 1000)} s sampled, ${fixed(busy / 1000)} s busy. Profiles of every build process are in \`${path.relative(root, dir)}\`.`,
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
  ].join("\n");
  return {
    markdown,
    data: {
      processes,
      worker: worker.file,
      busyMs: busy,
      selfByGroup: Object.fromEntries(topGroups),
      inclusive: Object.fromEntries(topInclusive),
    },
  };
}
