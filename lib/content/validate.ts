// Validates every career file at once and reports every problem: schema errors per field plus
// cross-file rules (slug = file name, unique, related slugs exist, O*NET code exists).
// Pure: takes file texts and the set of known O*NET codes; no file-system access.
import matter from "gray-matter";
import type { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import {
  careerBodySchema,
  careerFrontmatterSchema,
  editionFrontmatterSchema,
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
  /** Career id shared by every edition: the English file's slug. */
  id: string;
  /** This edition's slug (its file name), used in its URLs. */
  slug: string;
  locale: Locale;
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

/**
 * The zod error map for career files: messages written for content editors, decided by the issue's
 * code and fields (never by matching zod's own English text).
 */
export function contentErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "Required" : `must be ${issue.expected}, not ${typeof issue.input}`;
    case "too_small":
      if (issue.origin === "string") return `must be at least ${issue.minimum} characters`;
      if (issue.origin === "array") return `needs at least ${issue.minimum} entries`;
      if (issue.origin === "number") return `must be at least ${issue.minimum}`;
      return undefined;
    case "too_big":
      if (issue.origin === "string") return `must be at most ${issue.maximum} characters`;
      if (issue.origin === "array") return `allows at most ${issue.maximum} entries`;
      if (issue.origin === "number") return `must be at most ${issue.maximum}`;
      return undefined;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return undefined; // the schema's own message (refinements carry theirs)
  }
}

function zodMessages(error: z.ZodError, prefix = ""): string[] {
  return error.issues.map((issue) => {
    const where = prefix ? (issue.path.length ? `${prefix}.${formatPath(issue.path)}` : prefix) : formatPath(issue.path);
    return `${where}: ${issue.message}`;
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

/** Catalog routes in each language (/careers/search, /careers/category/*, /careers/letter/*, /es/carreras/buscar…): no career may take these slugs. */
export const RESERVED_SLUGS: readonly string[] = ["search", "category", "letter", "buscar", "area", "letra"];

function slugFromPath(path: string): string {
  const file = path.split("/").pop() ?? path;
  return file.replace(/\.md$/, "");
}

export interface ValidationOptions {
  /** Edition of the files: "en" files follow careerFrontmatterSchema, others editionFrontmatterSchema. */
  locale?: Locale;
  /** Check that related slugs exist among the sources (off when validating a partial set). */
  checkRelated?: boolean;
}

/**
 * Validates every file and returns both the records of the files that passed and every problem found,
 * so one run reports everything. Related careers are career ids (English slugs); for another edition
 * they are checked against the English files by checkEditions.
 */
export function checkCareers(
  sources: readonly CareerSource[],
  knownOnetCodes: ReadonlySet<string>,
  options: ValidationOptions = {},
): { records: CareerRecord[]; problems: FileProblem[] } {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const checkRelated = (options.checkRelated ?? true) && locale === DEFAULT_LOCALE;
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
    const body = careerBodySchema.safeParse(parsed.content, { error: contentErrorMap });
    if (!body.success) zodMessages(body.error, "body").forEach((m) => report(source.path, m));
    let front: CareerFrontmatter & { id: string } | undefined;
    if (locale === DEFAULT_LOCALE) {
      const result = careerFrontmatterSchema.safeParse(parsed.data, { error: contentErrorMap });
      if (result.success) front = { ...result.data, id: slug };
      else zodMessages(result.error).forEach((m) => report(source.path, m));
    } else {
      const result = editionFrontmatterSchema.safeParse(parsed.data, { error: contentErrorMap });
      if (result.success) front = { ...result.data, featured: false, profileOverrides: [] };
      else zodMessages(result.error).forEach((m) => report(source.path, m));
    }
    // Checked even when other fields fail, so one run reports every problem of the file.
    const onetSoc: unknown = parsed.data.onetSoc;
    if (typeof onetSoc === "string" && ONET_SOC_PATTERN.test(onetSoc) && !knownOnetCodes.has(onetSoc)) {
      report(source.path, `onetSoc: "${onetSoc}" is not in the vendored O*NET data (content/data/occupations.csv)`);
    }
    if (front && body.success) {
      records.push({ ...front, slug, locale, body: body.data, sourcePath: source.path });
    }
  }

  // Cross-file rules, checked on the files that parsed.
  const bySlug = new Map<string, CareerRecord>();
  const byId = new Map<string, CareerRecord>();
  for (const record of records) {
    const twin = bySlug.get(record.slug);
    if (twin) report(record.sourcePath, `slug: "${record.slug}" is also used by ${twin.sourcePath}`);
    else bySlug.set(record.slug, record);
    const sameId = byId.get(record.id);
    if (sameId && sameId !== twin) report(record.sourcePath, `id: "${record.id}" is also the id of ${sameId.sourcePath}`);
    else byId.set(record.id, record);
  }
  const allSlugs = new Set(sources.map((s) => slugFromPath(s.path)));
  for (const record of checkRelated ? records : []) {
    record.related.forEach((related, i) => {
      if (related === record.slug) report(record.sourcePath, `related[${i}]: "${related}" points to the career itself`);
      else if (!allSlugs.has(related)) report(record.sourcePath, `related[${i}]: no career file "${related}.md"`);
    });
  }

  const ordered = sources
    .map((s) => s.path)
    .filter((path, i, all) => problems.has(path) && all.indexOf(path) === i)
    .map((path) => ({ path, messages: problems.get(path) ?? [] }));
  const bad = new Set(ordered.map((p) => p.path));
  return {
    records: records.filter((r) => !bad.has(r.sourcePath)).sort((a, b) => a.title.localeCompare(b.title, locale)),
    problems: ordered,
  };
}

/**
 * Validates all files. Returns the careers when every file is valid; otherwise throws one
 * ContentError naming every bad file and field.
 */
export function validateCareers(
  sources: readonly CareerSource[],
  knownOnetCodes: ReadonlySet<string>,
  options: ValidationOptions = {},
): CareerRecord[] {
  const { records, problems } = checkCareers(sources, knownOnetCodes, options);
  if (problems.length > 0) throw new ContentError(problems);
  return records;
}

/**
 * Cross-edition rules: every edition file points (by `id`) to an English career with the same O*NET-SOC
 * code, category and related careers. Returns the edition records completed with the English file's
 * test profile overrides and `featured` flag, the problems, and the English ids with no edition yet.
 */
export function checkEditions(
  english: readonly CareerRecord[],
  edition: readonly CareerRecord[],
): { records: CareerRecord[]; problems: FileProblem[]; missing: string[] } {
  const byId = new Map(english.map((c) => [c.id, c]));
  const problems: FileProblem[] = [];
  const records: CareerRecord[] = [];
  for (const record of edition) {
    const messages: string[] = [];
    const source = byId.get(record.id);
    if (!source) messages.push(`id: no English career file "${record.id}.md"`);
    else {
      if (source.onetSoc !== record.onetSoc) messages.push(`onetSoc: "${record.onetSoc}" differs from ${source.sourcePath} ("${source.onetSoc}")`);
      if (source.category !== record.category) messages.push(`category: "${record.category}" differs from ${source.sourcePath} ("${source.category}")`);
      const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
      if (!same(source.related, record.related))
        messages.push(`related: [${record.related.join(", ")}] differs from ${source.sourcePath} ([${source.related.join(", ")}])`);
    }
    if (messages.length > 0) problems.push({ path: record.sourcePath, messages });
    else if (source) records.push({ ...record, featured: source.featured, profileOverrides: source.profileOverrides });
  }
  const covered = new Set(edition.map((r) => r.id));
  const missing = english.map((c) => c.id).filter((id) => !covered.has(id));
  return { records, problems, missing };
}
