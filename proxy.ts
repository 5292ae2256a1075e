// Request routing that pages cannot do themselves:
// - /test/result gets its real HTTP status: 303 for no-JS form submissions (to the canonical ?a= link),
//   400 for malformed links, 404 for unknown versions or careers; the page renders the explanation.
// - /careers stays static: searches are rewritten to /careers/search (same URL for the user), an area
//   filter alone redirects to its static category page.
import { NextResponse, type NextRequest } from "next/server";
import { resolveResultRequest, type SearchParams } from "@/lib/assessment/request";
import { routeCatalogRequest } from "@/lib/content/catalog-request";
import { listCareerSlugs } from "@/lib/content/files";

export const config = { matcher: ["/test/result", "/careers"] };

function toParams(search: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

function routeCatalog(request: NextRequest) {
  const route = routeCatalogRequest(request.nextUrl.searchParams);
  if (route.kind === "redirect") return NextResponse.redirect(new URL(route.location, request.url), 303);
  if (route.kind === "search") {
    const target = request.nextUrl.clone();
    target.pathname = route.path;
    return NextResponse.rewrite(target);
  }
  return NextResponse.next();
}

function routeResult(request: NextRequest) {
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

export function proxy(request: NextRequest) {
  return request.nextUrl.pathname === "/careers" ? routeCatalog(request) : routeResult(request);
}
