// What every benchmark part is: a name (the argv word and the file bench/results/parts/<name>.json),
// a section title for latest.md, and a run that measures and renders its own Markdown and JSON.
// Benchmarks report; a part throws only when what it measures is broken (a failed build, a server
// that does not start), which would make its numbers meaningless.
import { TEMPLATES } from "@/tests/templates";

export interface PartResult {
  markdown: string;
  data: unknown;
}

export interface Part {
  name: string;
  title: string;
  run: () => Promise<PartResult>;
}

/** BENCH_QUICK=1: every timed load runs for a few seconds only (smoke test of the code; numbers not comparable). */
export const QUICK = process.env.BENCH_QUICK === "1";

export const QUICK_NOTE = "**Quick run (`BENCH_QUICK=1`): short load runs to check the code, not numbers to compare.**";

/** The path of a page template of the shared list (tests/templates.ts), by name. */
export function templatePath(name: string): string {
  const template = TEMPLATES.find((t) => t.name === name);
  if (!template) throw new Error(`no template named "${name}" in tests/templates.ts`);
  return template.path;
}
