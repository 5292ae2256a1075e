// The result-URL contract: /test/result?a=<21 digits 1-5>&career=<slug>&v=<version>.
// Encodes answers for links and validates incoming queries into plain-English problems; never throws.
import { z } from "zod";
import { ASSESSMENT_VERSION, KNOWN_VERSIONS, QUESTION_COUNT, SCALE } from "./questions";

/**
 * What is wrong with a result link, as data: the page and the JSON route word it per locale from the
 * dictionary (`result.problems[code](values)`), so the core speaks no language.
 */
export type ResultQueryProblemCode =
  | "answer-count"
  | "answer-not-digit"
  | "answers-more-not-digits"
  | "version-format"
  | "version-unknown"
  | "career-unknown"
  | "query-too-long"
  | "param-repeated"
  | "param-too-long"
  | "other-param-too-long"
  | "answers-missing"
  | "answers-incomplete";

export type ResultQueryProblem = {
  param: "a" | "career" | "v" | "query";
  code: ResultQueryProblemCode;
  values: Record<string, string | number>;
};

const problem = (
  param: ResultQueryProblem["param"],
  code: ResultQueryProblemCode,
  values: Record<string, string | number> = {},
): ResultQueryProblem => ({ param, code, values });

export type ResultQuery =
  | { ok: true; answers: number[]; career: string | null; version: string }
  | { ok: false; status: 400 | 404; problems: ResultQueryProblem[] };

/** Longest value we read for one parameter, and for the whole query (keys + values). */
export const MAX_PARAM_LENGTH = 200;
export const MAX_QUERY_LENGTH = 2000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ANSWER_DIGIT = /^[1-5]$/;

/** Turns 21 answers (each 1-5) into the `a` parameter. Throws on anything else: that is a caller bug. */
export function encodeAnswers(answers: readonly number[]): string {
  if (answers.length !== QUESTION_COUNT) {
    throw new RangeError(`expected ${QUESTION_COUNT} answers, got ${answers.length}`);
  }
  answers.forEach((answer, i) => {
    if (!Number.isInteger(answer) || answer < SCALE.min || answer > SCALE.max) {
      throw new RangeError(`answer ${i + 1} is ${answer}; each answer must be an integer from 1 to 5`);
    }
  });
  return answers.join("");
}

/** Shows at most `max` characters of user input inside a message, so we never echo a huge value. */
function excerpt(value: string, max = 40): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max).join("")}…`;
}

const answersSchema = z
  .string()
  .superRefine((value, ctx) => {
    const chars = Array.from(value);
    if (chars.length !== QUESTION_COUNT) {
      ctx.addIssue({ code: "custom", message: "answer-count", params: { count: chars.length, expected: QUESTION_COUNT } });
      return;
    }
    const bad = chars.flatMap((char, i) => (ANSWER_DIGIT.test(char) ? [] : [{ char, position: i + 1 }]));
    // Name the first few bad answers; a wall of 21 messages helps nobody.
    for (const { char, position } of bad.slice(0, 3)) {
      ctx.addIssue({ code: "custom", message: "answer-not-digit", params: { position, char } });
    }
    if (bad.length > 3) {
      ctx.addIssue({ code: "custom", message: "answers-more-not-digits", params: { count: bad.length - 3 } });
    }
  })
  .transform((value) => Array.from(value, Number));

const VERSION = /^\d{1,6}$/;

const careerSlugSchema = z.string().regex(SLUG);

type ParamName = "a" | "career" | "v";
const PARAMS: readonly ParamName[] = ["a", "career", "v"];

/**
 * Validates the query of a result URL. Unknown extra parameters are ignored; 400 means the URL is
 * malformed, 404 means it is well formed but names a version or career we do not have.
 */
export function parseResultQuery(
  params: Record<string, string | string[] | undefined>,
  isKnownCareer: (slug: string) => boolean,
): ResultQuery {
  const badRequest: ResultQueryProblem[] = [];
  const notFound: ResultQueryProblem[] = [];

  let total = 0;
  for (const [key, value] of Object.entries(params)) {
    total += key.length;
    for (const item of typeof value === "string" ? [value] : (value ?? [])) total += item.length;
  }
  if (total > MAX_QUERY_LENGTH) {
    badRequest.push(problem("query", "query-too-long", { length: total, limit: MAX_QUERY_LENGTH }));
    return { ok: false, status: 400, problems: badRequest };
  }

  // Read each known parameter once: a repeated or oversized value is a problem, not something to guess at.
  const single: Partial<Record<ParamName, string>> = {};
  for (const name of PARAMS) {
    const value = params[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      badRequest.push(problem(name, "param-repeated", { name, times: value.length }));
      continue;
    }
    if (value.length > MAX_PARAM_LENGTH) {
      badRequest.push(problem(name, "param-too-long", { name, length: value.length, limit: MAX_PARAM_LENGTH }));
      continue;
    }
    single[name] = value;
  }
  // Other parameters are ignored, but an oversized one still signals a broken or hostile link.
  for (const [key, value] of Object.entries(params)) {
    if (PARAMS.some((name) => name === key) || typeof value !== "string") continue;
    if (value.length > MAX_PARAM_LENGTH) {
      badRequest.push(problem("query", "other-param-too-long", { length: value.length, limit: MAX_PARAM_LENGTH }));
    }
  }

  let answers: number[] | null = null;
  if (single.a === undefined) {
    if (params.a === undefined) {
      badRequest.push(problem("a", "answers-missing", { expected: QUESTION_COUNT }));
    }
  } else {
    const parsed = answersSchema.safeParse(single.a);
    if (parsed.success) answers = parsed.data;
    else
      for (const issue of parsed.error.issues) {
        const params = issue.code === "custom" ? (issue.params ?? {}) : {};
        badRequest.push(problem("a", issue.message as ResultQueryProblemCode, params as Record<string, string | number>));
      }
  }

  let version = ASSESSMENT_VERSION;
  if (single.v !== undefined && single.v !== "") {
    if (!VERSION.test(single.v)) {
      badRequest.push(problem("v", "version-format", { value: excerpt(single.v, 20), example: ASSESSMENT_VERSION }));
    } else if (!KNOWN_VERSIONS.includes(single.v)) {
      notFound.push(problem("v", "version-unknown", { version: single.v }));
    } else {
      version = single.v;
    }
  }

  let career: string | null = null;
  if (single.career !== undefined && single.career !== "") {
    const slug = single.career;
    if (!careerSlugSchema.safeParse(slug).success || !safeIsKnown(isKnownCareer, slug)) {
      notFound.push(problem("career", "career-unknown", { career: excerpt(slug) }));
    } else {
      career = slug;
    }
  }

  if (badRequest.length > 0) return { ok: false, status: 400, problems: [...badRequest, ...notFound] };
  if (notFound.length > 0) return { ok: false, status: 404, problems: notFound };
  if (answers === null) {
    // Unreachable when the checks above are complete; kept so the function can never return bad data.
    return { ok: false, status: 400, problems: [problem("a", "answers-missing", { expected: QUESTION_COUNT })] };
  }
  return { ok: true, answers, career, version };
}

/** The lookup is the caller's code; if it fails we answer "not found" rather than crash the page. */
function safeIsKnown(isKnownCareer: (slug: string) => boolean, slug: string): boolean {
  try {
    return isKnownCareer(slug);
  } catch {
    return false;
  }
}
