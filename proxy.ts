// Gives /test/result its real HTTP status: 303 for no-JS form submissions (to the canonical ?a= link),
// 400 for malformed links and 404 for unknown versions or careers. The page renders the explanation.
import { NextResponse, type NextRequest } from "next/server";
import { resolveResultRequest, type SearchParams } from "@/lib/assessment/request";
import { listCareerSlugs } from "@/lib/content/files";

export const config = { matcher: "/test/result" };

function toParams(search: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

export function proxy(request: NextRequest) {
  let params: SearchParams;
  try {
    params = toParams(request.nextUrl.searchParams);
  } catch {
    return NextResponse.rewrite(request.nextUrl, { status: 400 });
  }
  const verdict = resolveResultRequest(params, (slug) => listCareerSlugs().has(slug));
  if (verdict.kind === "redirect") return NextResponse.redirect(new URL(verdict.location, request.url), 303);
  if (verdict.kind === "invalid") return NextResponse.rewrite(request.nextUrl, { status: verdict.status });
  return NextResponse.next();
}
