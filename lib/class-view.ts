// The counselors' class view core: reads the result links a counselor pastes (one per line, optionally
// after a label), validates each with the result-URL contract, scores the valid ones with assess() and
// counts the careers the class is suggested. Pure and framework-free: it runs in the counselor's browser,
// so the answers in the links never leave it.
import { parseResultQuery, type ResultQueryProblemCode } from "@/lib/assessment/answers";
import { searchParamsFrom, type SearchParams } from "@/lib/assessment/request";
import { assess, type AssessmentResult, type ScoredCareer, type Tier } from "@/lib/assessment/assess";
import { DIMENSIONS, MODELS } from "@/lib/assessment/models";
import { TIERS } from "@/lib/assessment/stability";
import { LOCALES } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

/** Most links read from one paste: a class, not a school. Lines past it are counted, not read. */
export const MAX_LINKS = 60;
/** Labels and echoed lines are cut to this many characters (with "…") so a stray paste stays readable. */
export const MAX_LABEL_LENGTH = 60;
export const MAX_EXCERPT_LENGTH = 80;
/** How many of the most frequent careers the class view lists. */
export const MOST_FREQUENT = 15;

// ---------------------------------------------------------------------------------------------------
// The career catalog the page sends to the browser.

/**
 * One career as the server page hands it to the class view: just what assess() reads (the 0-1 model
 * values and which models are estimated), plus the title and link in the page's language.
 * Values are sent unrounded on purpose: rounding to 3 decimals changed at least one career's tier for
 * 11.5 % of 2,000 random answer sets (4 decimals: 0.9 %), and the counselor must see the same careers
 * as the student's own result page.
 */
export interface CompactCareer {
  id: string;
  title: string;
  href: string;
  /** Set when the title is not in the page's language (no edition yet: the English title and page). */
  lang?: string;
  /** Model values in MODELS order, each model's dimensions in DIMENSIONS order (27 numbers). */
  values: number[];
  /** Indexes into MODELS of the models filled by the gap rule; omitted when none. */
  estimated?: number[];
}

const PROFILE_LENGTH = MODELS.reduce((sum, model) => sum + DIMENSIONS[model].length, 0);

export function compactCareers(
  careers: readonly ScoredCareer[],
  describe: (id: string) => { title: string; href: string; lang?: string },
): CompactCareer[] {
  return careers.map((career) => {
    const values = MODELS.flatMap((model) =>
      DIMENSIONS[model].map((dimension): number => career.profile.models[model][dimension] ?? 0),
    );
    const estimated = career.profile.estimated.map((entry) => MODELS.indexOf(entry.model));
    const { title, href, lang } = describe(career.id);
    return {
      id: career.id,
      title,
      href,
      ...(lang ? { lang } : {}),
      values,
      ...(estimated.length > 0 ? { estimated } : {}),
    };
  });
}

/** The ScoredCareer list assess() needs, rebuilt from the compact form (inverse of compactCareers). */
export function expandCareers(rows: readonly CompactCareer[]): ScoredCareer[] {
  return rows.map((row) => {
    if (row.values.length !== PROFILE_LENGTH) {
      throw new RangeError(`career ${row.id}: expected ${PROFILE_LENGTH} values, got ${row.values.length}`);
    }
    let at = 0;
    const models = Object.fromEntries(
      MODELS.map((model) => [
        model,
        Object.fromEntries(DIMENSIONS[model].map((dimension) => [dimension, row.values[at++] ?? 0])),
      ]),
    ) as ScoredCareer["profile"]["models"];
    return {
      id: row.id,
      title: row.title,
      profile: {
        code: row.id,
        models,
        // Scoring reads only which models are estimated; how (the basis) is worded on career pages, not here.
        estimated: (row.estimated ?? []).flatMap((m) => {
          const model = MODELS[m];
          return model ? [{ model, basis: { kind: "all" as const } }] : [];
        }),
        overridden: [],
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Reading the paste.

/** What is wrong with one pasted line: the result-URL codes, plus two for lines that hold no result link. */
export type ClassLinkProblemCode = ResultQueryProblemCode | "no-link" | "not-a-result-link";

export interface ClassLinkProblem {
  code: ClassLinkProblemCode;
  values: Record<string, string | number>;
}

interface PastedLine {
  /** 1-based position among the non-empty lines: "student 3" is the third link pasted. */
  position: number;
  /** What the counselor typed before the link, or null. */
  label: string | null;
}

export interface StudentLink extends PastedLine {
  answers: number[];
  /** The 21 digits, as in the `a` parameter. */
  answerText: string;
  career: string | null;
  /** Position of an earlier student with the very same answers (a link pasted twice?), else null. */
  duplicateOf: number | null;
}

export interface InvalidLink extends PastedLine {
  /** The line as pasted, cut to MAX_EXCERPT_LENGTH characters. */
  excerpt: string;
  problems: ClassLinkProblem[];
}

export interface ParsedPaste {
  students: StudentLink[];
  invalid: InvalidLink[];
  /** Non-empty lines after the first MAX_LINKS, not read. */
  ignored: number;
}

function cut(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join("")}…`;
}

const RESULT_PATHS: ReadonlySet<string> = new Set(LOCALES.map((locale) => routesFor(locale).resultPath()));
/**
 * Where a link starts inside a token: a scheme (group 1) anywhere, or (group 2) a result path with or
 * without its host, or a bare answers parameter, after a character that cannot belong to a URL, so
 * "…/x?a=1" on another page is not mistaken for a bare "a=" value. (No lookbehind: older Safari lacks it.)
 */
const LINK_IN_TOKEN = /(https?:\/\/)|(?:^|[^\w/.?&=%-])((?:[\w-]+(?:\.[\w-]+)*(?::\d+)?)?\/(?:es\/)?test\/|[?&]?a=)/i;
/** Wrapping and sentence punctuation that chat apps and documents add around a link. */
const LEADING_PUNCTUATION = /^[<([{"'«“‘]+/;
const TRAILING_PUNCTUATION = /[>)\]}"'»”’.,;:!?]+$/;
/** Separators between a label and its link ("Ana: …", "Ana - …", "Ana\t…", "Ana <…"). */
const LABEL_SEPARATORS = /[\s:;,|=>\-–—<([{"'«“‘]+$/;

/** Splits a line into the counselor's label and the link (the first token that looks like one). */
export function splitLine(line: string): { label: string | null; link: string | null } {
  const text = line.trim();
  let searchFrom = 0;
  for (const token of text.split(/\s+/)) {
    const tokenStart = text.indexOf(token, searchFrom);
    searchFrom = tokenStart + token.length;
    const match = LINK_IN_TOKEN.exec(token);
    if (!match) continue;
    const linkStart = tokenStart + match.index + match[0].length - (match[1] ?? match[2] ?? "").length;
    const link = text
      .slice(linkStart, tokenStart + token.length)
      .replace(LEADING_PUNCTUATION, "")
      .replace(TRAILING_PUNCTUATION, "");
    const before = text.slice(0, linkStart).replace(LABEL_SEPARATORS, "").trim();
    const after = text.slice(tokenStart + token.length).trim();
    const label = [before, after].filter(Boolean).join(" ");
    return { label: label ? cut(label, MAX_LABEL_LENGTH) : null, link };
  }
  return { label: text ? cut(text, MAX_LABEL_LENGTH) : null, link: null };
}


/** The query of a result link (absolute, root-relative, host without scheme, or a bare `a=` value). */
export function queryOfLink(link: string): { ok: true; params: SearchParams } | { ok: false; problem: ClassLinkProblem } {
  if (/^[?&]?a=/i.test(link)) return { ok: true, params: searchParamsFrom(new URLSearchParams(link.replace(/^[?&]/, ""))) };
  let url: URL;
  try {
    url = /^https?:\/\//i.test(link)
      ? new URL(link)
      : link.startsWith("/")
        ? new URL(link, "http://localhost")
        : new URL(`https://${link}`);
  } catch {
    return { ok: false, problem: { code: "not-a-result-link", values: { path: cut(link, 40) } } };
  }
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
  if (!RESULT_PATHS.has(path)) {
    return { ok: false, problem: { code: "not-a-result-link", values: { path: cut(path, 40) } } };
  }
  return { ok: true, params: searchParamsFrom(url.searchParams) };
}

/**
 * Reads a paste: every non-empty line is one student's link (first MAX_LINKS lines). Never throws;
 * each bad line becomes an InvalidLink with the same problem codes the result page uses.
 */
export function parseClassPaste(text: string, isKnownCareer: (id: string) => boolean): ParsedPaste {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const students: StudentLink[] = [];
  const invalid: InvalidLink[] = [];
  const firstByAnswers = new Map<string, number>();
  lines.slice(0, MAX_LINKS).forEach((line, i) => {
    const position = i + 1;
    const { label, link } = splitLine(line);
    const fail = (problems: ClassLinkProblem[]) =>
      invalid.push({ position, label, excerpt: cut(line, MAX_EXCERPT_LENGTH), problems });
    if (!link) return fail([{ code: "no-link", values: {} }]);
    const query = queryOfLink(link);
    if (!query.ok) return fail([query.problem]);
    const parsed = parseResultQuery(query.params, isKnownCareer);
    if (!parsed.ok) return fail(parsed.problems.map(({ code, values }) => ({ code, values })));
    const answerText = parsed.answers.join("");
    const duplicateOf = firstByAnswers.get(answerText) ?? null;
    if (duplicateOf === null) firstByAnswers.set(answerText, position);
    students.push({ position, label, answers: parsed.answers, answerText, career: parsed.career, duplicateOf });
  });
  return { students, invalid, ignored: Math.max(0, lines.length - MAX_LINKS) };
}

// ---------------------------------------------------------------------------------------------------
// Scoring and counting.

export interface ScoredStudent extends StudentLink {
  result: AssessmentResult;
}

/**
 * assess() for every student; identical answers are scored once (the result is deterministic). Pass the
 * same `cache` when scoring a class in several slices.
 */
export function scoreStudents(
  students: readonly StudentLink[],
  careers: readonly ScoredCareer[],
  cache: Map<string, AssessmentResult> = new Map(),
): ScoredStudent[] {
  return students.map((student) => {
    let result = cache.get(student.answerText);
    if (!result) {
      result = assess(student.answers, careers);
      cache.set(student.answerText, result);
    }
    return { ...student, result };
  });
}

export interface CareerCount {
  careerId: string;
  /** Students with this career in any suggested tier. */
  students: number;
  byTier: Record<Tier, number>;
}

const byCareerId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How many students have each career in one of their suggested tiers, most frequent first (then more
 * "very likely", then more "likely", then `compareIds`: by id unless the page passes title order).
 * Withheld results suggest nothing, so they add nothing.
 */
export function countSuggestedCareers(
  results: readonly Pick<AssessmentResult, "withheld" | "careers">[],
  compareIds: (a: string, b: string) => number = byCareerId,
): CareerCount[] {
  const counts = new Map<string, CareerCount>();
  for (const result of results) {
    if (result.withheld) continue;
    for (const { careerId, tier } of result.careers) {
      if (tier === null) continue;
      let count = counts.get(careerId);
      if (!count) {
        count = { careerId, students: 0, byTier: { "very-likely": 0, likely: 0, "worth-a-look": 0 } };
        counts.set(careerId, count);
      }
      count.students += 1;
      count.byTier[tier] += 1;
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.students - a.students ||
      TIERS.reduce((order, tier) => order || b.byTier[tier] - a.byTier[tier], 0) ||
      compareIds(a.careerId, b.careerId),
  );
}

/** Holland scores 0-100 (rounded, RIASEC order) and the clearly leading types of one result. */
export function hollandRow(result: Pick<AssessmentResult, "profile" | "leads">): {
  scores: { dimension: string; score: number; leading: boolean }[];
} {
  const leads = new Set(result.leads.holland ?? []);
  return {
    scores: DIMENSIONS.holland.map((dimension) => ({
      dimension,
      score: Math.round((result.profile.holland[dimension]?.score ?? 0) * 100),
      leading: leads.has(dimension),
    })),
  };
}

/** Mean Holland score (0-100, rounded) per type over the results, RIASEC order; empty input gives []. */
export function hollandMeans(results: readonly Pick<AssessmentResult, "profile">[]): { dimension: string; score: number }[] {
  if (results.length === 0) return [];
  return DIMENSIONS.holland.map((dimension) => ({
    dimension,
    score: Math.round(
      (results.reduce((sum, result) => sum + (result.profile.holland[dimension]?.score ?? 0), 0) / results.length) * 100,
    ),
  }));
}
