// Decides what a request to the compare page (/compare, /es/comparar) gets: a redirect (a no-JS form
// submission, `careers=a&careers=b`, folded into the canonical `careers=a,b` link), a 400/404
// explanation, or the careers to compare. Shared by proxy.ts (which sets the HTTP status) and the page
// (which renders), so both always agree. Pure: the career lookup is passed in.
import { MAX_QUERY_LENGTH, parseResultQuery } from "@/lib/assessment/answers";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export type SearchParams = Record<string, string | string[] | undefined>;

/** How many careers one comparison holds: side by side they stay readable on a phone. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** What is wrong with a compare link, as data; the page words it per locale (lib/i18n/compare.ts). */
export type CompareProblemCode = "careers-missing" | "too-few" | "too-many" | "career-unknown" | "query-too-long";

export interface CompareProblem {
  code: CompareProblemCode;
  values: Record<string, string | number>;
}

export type CompareRequest =
  | { kind: "redirect"; location: string }
  | {
      kind: "invalid";
      status: 400 | 404;
      problems: CompareProblem[];
      /** The valid result answers the link carried, so the error page can lead back to the result. */
      answers: string | null;
    }
  | {
      kind: "ok";
      /** Career ids (English slugs), in the link's order, without repeats. */
      ids: string[];
      /** The result's 21 answers when the link carries a valid `a`, else null. */
      answers: number[] | null;
      /** An `a` was given but could not be read: the page says so instead of showing matches. */
      answersUnreadable: boolean;
    };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** At most `max` characters of user input inside a message, so a huge value is never echoed. */
function excerpt(value: string, max = 40): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max).join("")}…`;
}

function queryLength(params: SearchParams): number {
  let total = 0;
  for (const [key, value] of Object.entries(params)) {
    total += key.length;
    for (const item of typeof value === "string" ? [value] : (value ?? [])) total += item.length;
  }
  return total;
}

/** The `a` parameter when it is one valid set of 21 answers (the result link's own rules). */
function readAnswers(value: string | string[] | undefined): { answers: number[] | null; unreadable: boolean } {
  if (value === undefined || value === "") return { answers: null, unreadable: false };
  if (typeof value !== "string") return { answers: null, unreadable: true };
  const parsed = parseResultQuery({ a: value }, () => false);
  return parsed.ok ? { answers: parsed.answers, unreadable: false } : { answers: null, unreadable: true };
}

function safeIsKnown(isKnownCareer: (id: string) => boolean, id: string): boolean {
  try {
    return isKnownCareer(id);
  } catch {
    return false;
  }
}

export function resolveCompareRequest(
  params: SearchParams,
  isKnownCareer: (id: string) => boolean,
  locale: Locale = "en",
): CompareRequest {
  const { answers, unreadable } = readAnswers(params.a);
  const answersText = answers ? answers.join("") : null;
  const invalid = (status: 400 | 404, problems: CompareProblem[]): CompareRequest => ({
    kind: "invalid",
    status,
    problems,
    answers: answersText,
  });

  const length = queryLength(params);
  if (length > MAX_QUERY_LENGTH) {
    return invalid(400, [{ code: "query-too-long", values: { length, limit: MAX_QUERY_LENGTH } }]);
  }

  const raw = params.careers;
  const values = raw === undefined ? [] : typeof raw === "string" ? [raw] : raw;
  // A form sends one `careers` per field; a shared link sends one comma-separated value. Both read alike.
  const ids: string[] = [];
  for (const value of values)
    for (const part of value.split(",")) {
      const id = part.trim();
      if (id && !ids.includes(id)) ids.push(id);
    }
  if (ids.length === 0)
    return invalid(400, [{ code: "careers-missing", values: { min: MIN_COMPARE, max: MAX_COMPARE } }]);

  const badRequest: CompareProblem[] = [];
  if (ids.length < MIN_COMPARE) badRequest.push({ code: "too-few", values: { count: ids.length, min: MIN_COMPARE } });
  if (ids.length > MAX_COMPARE) badRequest.push({ code: "too-many", values: { count: ids.length, max: MAX_COMPARE } });
  // Name every unknown career (a link names at most a handful; past the limit the count is the problem).
  const notFound: CompareProblem[] = ids
    .slice(0, MAX_COMPARE + 1)
    .filter((id) => !SLUG.test(id) || !safeIsKnown(isKnownCareer, id))
    .map((id) => ({ code: "career-unknown", values: { career: excerpt(id) } }));
  if (badRequest.length > 0) return invalid(400, [...badRequest, ...notFound]);
  if (notFound.length > 0) return invalid(404, notFound);

  const canonical = routesFor(locale).compare(ids, answersText);
  const isCanonical = typeof raw === "string" && raw === ids.join(",");
  if (!isCanonical) return { kind: "redirect", location: canonical };
  return { kind: "ok", ids, answers, answersUnreadable: unreadable };
}
