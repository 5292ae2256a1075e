// The result-URL contract: /test/result?a=<21 digits 1-5>&career=<slug>&v=<version>.
// Encodes answers for links and validates incoming queries into plain-English problems; never throws.
import { z } from "zod";
import { ASSESSMENT_VERSION, KNOWN_VERSIONS, QUESTION_COUNT, SCALE } from "./questions";

export type ResultQueryProblem = { param: "a" | "career" | "v" | "query"; message: string };

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
      const count = chars.length === 1 ? "1 answer" : `${chars.length} answers`;
      ctx.addIssue({ code: "custom", message: `The "a" parameter has ${count}, expected ${QUESTION_COUNT}.` });
      return;
    }
    const bad = chars.flatMap((char, i) => (ANSWER_DIGIT.test(char) ? [] : [{ char, position: i + 1 }]));
    // Name the first few bad answers; a wall of 21 messages helps nobody.
    for (const { char, position } of bad.slice(0, 3)) {
      ctx.addIssue({
        code: "custom",
        message: `Answer ${position} is "${char}"; each answer must be a digit from 1 to 5.`,
      });
    }
    if (bad.length > 3) {
      ctx.addIssue({ code: "custom", message: `${bad.length - 3} more answers are not digits from 1 to 5.` });
    }
  })
  .transform((value) => Array.from(value, Number));

const versionSchema = z.string().regex(/^\d{1,6}$/, {
  error: (issue) =>
    `"${excerpt(String(issue.input), 20)}" is not a test version; the version is a number like ${ASSESSMENT_VERSION}.`,
});

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
    badRequest.push({
      param: "query",
      message: `The address is too long (${total} characters in its query; the limit is ${MAX_QUERY_LENGTH}).`,
    });
    return { ok: false, status: 400, problems: badRequest };
  }

  // Read each known parameter once: a repeated or oversized value is a problem, not something to guess at.
  const single: Partial<Record<ParamName, string>> = {};
  for (const name of PARAMS) {
    const value = params[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      badRequest.push({
        param: name,
        message: `The "${name}" parameter appears ${value.length} times; give it once.`,
      });
      continue;
    }
    if (value.length > MAX_PARAM_LENGTH) {
      badRequest.push({
        param: name,
        message: `The "${name}" parameter is ${value.length} characters long; the limit is ${MAX_PARAM_LENGTH}.`,
      });
      continue;
    }
    single[name] = value;
  }
  // Other parameters are ignored, but an oversized one still signals a broken or hostile link.
  for (const [key, value] of Object.entries(params)) {
    if (PARAMS.some((name) => name === key) || typeof value !== "string") continue;
    if (value.length > MAX_PARAM_LENGTH) {
      badRequest.push({
        param: "query",
        message: `A parameter of the address is ${value.length} characters long; the limit is ${MAX_PARAM_LENGTH}.`,
      });
    }
  }

  let answers: number[] | null = null;
  if (single.a === undefined) {
    if (params.a === undefined) {
      badRequest.push({
        param: "a",
        message: `The "a" parameter with your ${QUESTION_COUNT} answers is missing; take the test to get a result link.`,
      });
    }
  } else {
    const parsed = answersSchema.safeParse(single.a);
    if (parsed.success) answers = parsed.data;
    else for (const issue of parsed.error.issues) badRequest.push({ param: "a", message: issue.message });
  }

  let version = ASSESSMENT_VERSION;
  if (single.v !== undefined && single.v !== "") {
    const parsed = versionSchema.safeParse(single.v);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) badRequest.push({ param: "v", message: issue.message });
    } else if (!KNOWN_VERSIONS.includes(parsed.data)) {
      notFound.push({ param: "v", message: `Version ${parsed.data} of the test does not exist.` });
    } else {
      version = parsed.data;
    }
  }

  let career: string | null = null;
  if (single.career !== undefined && single.career !== "") {
    const slug = single.career;
    if (!careerSlugSchema.safeParse(slug).success || !safeIsKnown(isKnownCareer, slug)) {
      notFound.push({ param: "career", message: `There is no career called "${excerpt(slug)}".` });
    } else {
      career = slug;
    }
  }

  if (badRequest.length > 0) return { ok: false, status: 400, problems: [...badRequest, ...notFound] };
  if (notFound.length > 0) return { ok: false, status: 404, problems: notFound };
  if (answers === null) {
    // Unreachable when the checks above are complete; kept so the function can never return bad data.
    return { ok: false, status: 400, problems: [{ param: "a", message: 'The "a" parameter is missing.' }] };
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
