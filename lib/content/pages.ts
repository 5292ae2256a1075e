// Per-locale prose pages (content/pages/<locale>/<name>.md): the methodology and about pages keep every
// sentence in Markdown, and the page component fills in what comes from code.
//
// File format:
//   ---
//   title: <metadata title>            (frontmatter, required)
//   description: <metadata description>
//   ---
//   # Page heading                     (the h1, required, first content line)
//   intro Markdown…
//   ## Section heading {#section-id}   (every h2 needs a stable id: lower-case letters, digits, "-")
//   Markdown… {{value.name}} …          (inline placeholder: replaced by a string the page supplies)
//   {{table:name}}                      (alone on a line: a block the page renders, e.g. a generated table)
//
// Headings inside a section use ### and are rendered by the Markdown renderer. Placeholders inside
// code spans and fences are filled too, so an API example can quote a route or a count.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { Locale } from "@/lib/i18n/locales";
import { renderMarkdown } from "./markdown";

export const PAGE_NAMES = ["methodology", "about"] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export type PageBlock = { kind: "markdown"; text: string } | { kind: "slot"; name: string };

export interface PageSection {
  id: string;
  /** Plain text (placeholders allowed, no Markdown). */
  heading: string;
  blocks: PageBlock[];
}

export interface PageSource {
  name: PageName;
  locale: Locale;
  /** Path relative to the project root, for messages. */
  path: string;
  meta: { title: string; description: string };
  /** The h1 (plain text, placeholders allowed). */
  title: string;
  intro: PageBlock[];
  sections: PageSection[];
}

const H1 = /^# (?!#)(.+?)\s*$/;
const H2 = /^## (?!#)(.*)$/;
const H2_WITH_ID = /^## (.+?)\s+\{#([a-z][a-z0-9-]*)\}\s*$/;
const SLOT = /^\{\{table:([a-z][a-z0-9-]*)\}\}\s*$/;
const FENCE = /^\s*(```|~~~)/;
/** An inline placeholder: {{name}} with letters, digits, dots, dashes and underscores. */
const PLACEHOLDER = /\{\{([A-Za-z][\w.-]*)\}\}/g;

export class PageSourceError extends Error {
  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? "" : `:${line}`}: ${message}`);
    this.name = "PageSourceError";
  }
}

/** Where a page's Markdown lives: content/pages/<locale>/<name>.md under the project root. */
export function pageFile(name: PageName, locale: Locale): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "content", "pages", locale, `${name}.md`);
}

function blocksOf(lines: readonly { text: string; line: number }[]): PageBlock[] {
  const blocks: PageBlock[] = [];
  let buffer: string[] = [];
  let fenced = false;
  const flush = () => {
    const text = buffer.join("\n").trim();
    if (text) blocks.push({ kind: "markdown", text });
    buffer = [];
  };
  for (const { text } of lines) {
    if (FENCE.test(text)) fenced = !fenced;
    const slot = fenced ? null : SLOT.exec(text.trim());
    if (slot?.[1]) {
      flush();
      blocks.push({ kind: "slot", name: slot[1] });
    } else {
      buffer.push(text);
    }
  }
  flush();
  return blocks;
}

/** Parses a page's Markdown (exported for tests; loadPage reads and caches the file). */
export function parsePage(raw: string, name: PageName, locale: Locale, file: string): PageSource {
  const parsed = matter(raw);
  const data = parsed.data as Record<string, unknown>;
  const title = typeof data.title === "string" ? data.title.trim() : "";
  const description = typeof data.description === "string" ? data.description.trim() : "";
  if (!title || !description) throw new PageSourceError(file, null, "frontmatter needs a title and a description");

  // Line numbers in messages count from the top of the file, frontmatter included.
  const offset = raw.split("\n").length - parsed.content.split("\n").length;
  const lines = parsed.content.split("\n").map((text, i) => ({ text, line: i + 1 + offset }));

  let h1: string | null = null;
  const intro: { text: string; line: number }[] = [];
  const sections: { id: string; heading: string; lines: { text: string; line: number }[] }[] = [];
  const ids = new Set<string>();
  let fenced = false;
  for (const entry of lines) {
    if (FENCE.test(entry.text)) fenced = !fenced;
    if (!fenced && h1 === null) {
      if (!entry.text.trim()) continue;
      const match = H1.exec(entry.text);
      if (!match?.[1]) throw new PageSourceError(file, entry.line, "the first line after the frontmatter must be '# Heading'");
      h1 = match[1];
      continue;
    }
    if (!fenced && H1.test(entry.text)) throw new PageSourceError(file, entry.line, "only one '# ' heading per page");
    if (!fenced && H2.test(entry.text)) {
      const match = H2_WITH_ID.exec(entry.text);
      if (!match?.[1] || !match[2])
        throw new PageSourceError(file, entry.line, "a section heading needs an id: '## Heading {#section-id}'");
      if (ids.has(match[2])) throw new PageSourceError(file, entry.line, `section id "${match[2]}" is used twice`);
      ids.add(match[2]);
      sections.push({ id: match[2], heading: match[1], lines: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    (current ? current.lines : intro).push(entry);
  }
  if (fenced) throw new PageSourceError(file, null, "a code fence is never closed");
  if (h1 === null) throw new PageSourceError(file, null, "the page has no '# Heading'");

  return {
    name,
    locale,
    path: path.relative(process.cwd(), file),
    meta: { title, description },
    title: h1,
    intro: blocksOf(intro),
    sections: sections.map((s) => ({ id: s.id, heading: s.heading, blocks: blocksOf(s.lines) })),
  };
}

const cache = new Map<string, PageSource>();

/** The parsed page; cached per process in production, re-read in development so edits show. */
export function loadPage(name: PageName, locale: Locale): PageSource {
  const key = `${locale}/${name}`;
  const cached = process.env.NODE_ENV === "production" ? cache.get(key) : undefined;
  if (cached) return cached;
  const file = pageFile(name, locale);
  const page = parsePage(readFileSync(file, "utf8"), name, locale, file);
  cache.set(key, page);
  return page;
}

/** Every inline placeholder name in a text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/** Every inline placeholder and block slot a page uses. */
export function pageReferences(page: PageSource): { placeholders: string[]; slots: string[] } {
  const texts = [page.meta.title, page.meta.description, page.title];
  const slots: string[] = [];
  for (const blocks of [page.intro, ...page.sections.map((s) => s.blocks)]) {
    for (const block of blocks) {
      if (block.kind === "markdown") texts.push(block.text);
      else slots.push(block.name);
    }
  }
  texts.push(...page.sections.map((s) => s.heading));
  return { placeholders: [...new Set(texts.flatMap(placeholdersIn))], slots };
}

/** Replaces every {{name}}; an unknown name throws, so a typo fails the build instead of showing braces. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>, where = "page"): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${where}: unknown placeholder ${whole}`);
    return value;
  });
}

/**
 * Escapes asterisks between two letters or digits outside code ("O*NET"): two of them in one paragraph
 * would otherwise turn the text between them into emphasis. Emphasis is never meant inside a word here.
 */
export function escapeIntrawordAsterisks(markdown: string): string {
  let fenced = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) {
        fenced = !fenced;
        return line;
      }
      if (fenced) return line;
      return line
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<=[\p{L}\p{N}])\*(?=[\p{L}\p{N}])/gu, "\\*")))
        .join("");
    })
    .join("\n");
}

/** Fills the placeholders of a Markdown block and renders it to sanitized HTML. */
export function renderPageMarkdown(text: string, values: Readonly<Record<string, string>>, where?: string): string {
  return renderMarkdown(escapeIntrawordAsterisks(fillPlaceholders(text, values, where)));
}
