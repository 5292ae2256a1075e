// Decides what a request to /test/result gets: a redirect (a no-JS form submission folded into the
// canonical ?a= link), a 400/404 explanation, or a result. Shared by proxy.ts (which sets the HTTP
// status) and the result page (which renders), so both always agree. Pure.
import { parseResultQuery, type ResultQueryProblem } from "./answers";
import { collectFormAnswers } from "./form";

export type SearchParams = Record<string, string | string[] | undefined>;

/** A query string as Next's searchParams shape: one value as a string, repeated keys as an array. */
export function searchParamsFrom(search: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

export type ResultRequest =
  | { kind: "redirect"; location: string }
  | { kind: "invalid"; status: 400 | 404; problems: ResultQueryProblem[] }
  | { kind: "ok"; answers: number[]; career: string | null; version: string };

export function resolveResultRequest(
  params: SearchParams,
  isKnownCareer: (slug: string) => boolean,
  /** Path of the result page in the request's locale ("/test/result", "/es/test/resultado"). */
  resultPath = "/test/result",
): ResultRequest {
  const form = collectFormAnswers(params);
  if (form.kind === "incomplete") {
    return {
      kind: "invalid",
      status: 400,
      problems: [
        {
          param: "a",
          code: "answers-incomplete",
          // The first five missing question numbers and how many more: the page words it.
          values: { first: form.missing.slice(0, 5).join(", "), more: Math.max(0, form.missing.length - 5) },
        },
      ],
    };
  }
  if (form.kind === "complete") {
    const career = typeof params.career === "string" && isKnownCareer(params.career) ? params.career : null;
    const query = new URLSearchParams({ a: form.a });
    if (career) query.set("career", career);
    return { kind: "redirect", location: `${resultPath}?${query.toString()}` };
  }
  const parsed = parseResultQuery(params, isKnownCareer);
  if (!parsed.ok) return { kind: "invalid", status: parsed.status, problems: parsed.problems };
  return { kind: "ok", answers: parsed.answers, career: parsed.career, version: parsed.version };
}
