// Validates every career file at once and reports every problem: schema errors per field plus
// cross-file rules (slug = file name, unique, related slugs exist, O*NET code exists).
// Pure: takes file texts and the set of known O*NET codes; no file-system access.
import matter from "gray-matter";
import { findOverrideProblems } from "@/lib/assessment/profiles";
import type { z } from "zod";
import {
  careerBodySchema,
  careerFrontmatterSchema,
  ONET_SOC_PATTERN,
  SLUG_PATTERN,
  type CareerFrontmatter,
} from "./schema";

export interface CareerSource {
  /** Path shown in messages, relative to the project root ("content/careers/nurse.md"). */
  path: string;
  raw: string;
}

/** A validated career before its Markdown is rendered. */
export interface CareerRecord extends CareerFrontmatter {
  slug: string;
  body: string;
  sourcePath: string;
}

export interface FileProblem {
  path: string;
  messages: string[];
}

export class ContentError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(formatContentProblems(problems));
    this.name = "ContentError";
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(frontmatter)";
}

/** zod's default wording, rephrased for content editors. */
function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) return "Required";
  if (issue.code === "too_small" && issue.origin === "string") return `must be at least ${issue.minimum} characters`;
  if (issue.code === "too_small" && issue.origin === "array") return `needs at least ${issue.minimum} entries`;
  if (issue.code === "too_big" && issue.origin === "string") return `must be at most ${issue.maximum} characters`;
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return issue.message;
}

function zodMessages(error: z.ZodError, prefix = ""): string[] {
  return error.issues.map((issue) => {
    const where = prefix ? (issue.path.length ? `${prefix}.${formatPath(issue.path)}` : prefix) : formatPath(issue.path);
    return `${where}: ${friendlyMessage(issue)}`;
  });
}

export function formatContentProblems(problems: FileProblem[]): string {
  const count = problems.length;
  const lines = [`Invalid content: ${count} career file${count === 1 ? "" : "s"} failed validation`];
  for (const problem of problems) {
    lines.push(`  ${problem.path}`);
    for (const message of problem.messages) lines.push(`    ${message}`);
  }
  lines.push("See lib/content/schema.ts for every field.");
  return lines.join("\n");
}

/** /careers/search and /careers/category/* are routes, so no career may take these slugs. */
export const RESERVED_SLUGS: readonly string[] = ["search", "category"];

function slugFromPath(path: string): string {
  const file = path.split("/").pop() ?? path;
  return file.replace(/\.md$/, "");
}

/**
 * Validates all files. Returns the careers when every file is valid; otherwise throws one
 * ContentError naming every bad file and field.
 */
export function validateCareers(
  sources: CareerSource[],
  knownOnetCodes: ReadonlySet<string>,
  options: { checkRelated: boolean } = { checkRelated: true },
): CareerRecord[] {
  const problems = new Map<string, string[]>();
  const report = (path: string, message: string) => {
    const list = problems.get(path) ?? [];
    list.push(message);
    problems.set(path, list);
  };

  const records: CareerRecord[] = [];
  for (const source of sources) {
    const slug = slugFromPath(source.path);
    if (!SLUG_PATTERN.test(slug)) report(source.path, `file name: "${slug}" must be kebab-case (a-z, 0-9, hyphens)`);
    if (RESERVED_SLUGS.includes(slug)) report(source.path, `file name: "${slug}" is reserved for a catalog route (${RESERVED_SLUGS.join(", ")})`);

    let parsed: matter.GrayMatterFile<string>;
    try {
      // A fresh options object bypasses gray-matter's global cache, which would keep every file in memory.
      parsed = matter(source.raw, {});
    } catch (error) {
      report(source.path, `frontmatter: not valid YAML (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
      continue;
    }
    const front = careerFrontmatterSchema.safeParse(parsed.data);
    const body = careerBodySchema.safeParse(parsed.content);
    if (!front.success) zodMessages(front.error).forEach((m) => report(source.path, m));
    if (!body.success) zodMessages(body.error, "body").forEach((m) => report(source.path, m));
    // Checked even when other fields fail, so one run reports every problem of the file.
    const onetSoc: unknown = parsed.data.onetSoc;
    if (typeof onetSoc === "string" && ONET_SOC_PATTERN.test(onetSoc) && !knownOnetCodes.has(onetSoc)) {
      report(source.path, `onetSoc: "${onetSoc}" is not in the vendored O*NET data (content/data/occupations.csv)`);
    }
    if (front.success) {
      for (const problem of findOverrideProblems(front.data.profileOverrides)) report(source.path, `profileOverrides: ${problem}`);
    }
    if (front.success && body.success) {
      records.push({ ...front.data, slug, body: body.data, sourcePath: source.path });
    }
  }

  // Cross-file rules, checked on the files that parsed.
  const bySlug = new Map<string, CareerRecord>();
  for (const record of records) {
    const twin = bySlug.get(record.slug);
    if (twin) report(record.sourcePath, `slug: "${record.slug}" is also used by ${twin.sourcePath}`);
    else bySlug.set(record.slug, record);
  }
  const allSlugs = new Set(sources.map((s) => slugFromPath(s.path)));
  for (const record of options.checkRelated ? records : []) {
    record.related.forEach((related, i) => {
      if (related === record.slug) report(record.sourcePath, `related[${i}]: "${related}" points to the career itself`);
      else if (!allSlugs.has(related)) report(record.sourcePath, `related[${i}]: no career file "${related}.md"`);
    });
  }

  if (problems.size > 0) {
    const ordered = sources
      .map((s) => s.path)
      .filter((path, i, all) => problems.has(path) && all.indexOf(path) === i)
      .map((path) => ({ path, messages: problems.get(path) ?? [] }));
    throw new ContentError(ordered);
  }
  return records.sort((a, b) => a.title.localeCompare(b.title, "en"));
}
