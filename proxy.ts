// Request routing that pages cannot do themselves. No rewrites: Next.js sends a rewrite back over the
// network to the server itself when `next start` is bound to a hostname (-H 127.0.0.1, the usual setup
// behind a reverse proxy), where it hangs or fails (upstream vercel/next.js#94745). Only redirects and
// NextResponse.next({ status }) are used, which stay inside the process.
// - Result pages get their real HTTP status: 303 for no-JS form submissions (to the canonical ?a= link),
//   400 for malformed links, 404 for unknown versions or careers; the page renders the explanation.
// - Catalog pages stay static: an old ?q= search link is redirected to the search route, an area
//   filter alone to the static category page.
// - Compare pages likewise: 303 for no-JS form submissions (to the canonical ?careers=a,b link), 400 for
//   too few or too many careers, 404 for unknown careers.
import { NextResponse, type NextRequest } from "next/server";
import { resolveResultRequest, searchParamsFrom, type SearchParams } from "@/lib/assessment/request";
import { resolveCompareRequest } from "@/lib/compare-request";
import { routeCatalogRequest } from "@/lib/content/catalog-request";
import { listCareerSlugs } from "@/lib/content/files";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

/** Same policy as the JSON result (lib/result-json.ts): shared caches (CDN, nginx) keep it a day; browsers
 *  revalidate, so a shared device does not serve one student's result from its cache to the next. */
const RESULT_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate, s-maxage=86400";

export const config = {
  matcher: ["/test/result", "/es/test/resultado", "/careers", "/es/carreras", "/compare", "/es/comparar"],
};

/**
 * A same-origin redirect. The target is built on the request's own URL object, so Next.js recognises it
 * as same-origin and sends a relative Location: behind a proxy, the browser keeps the public host.
 */
function redirectTo(request: NextRequest, location: string, status: 303 | 308) {
  const target = request.nextUrl.clone();
  const [pathname = "/", search = ""] = location.split("?");
  target.pathname = pathname;
  target.search = search ? `?${search}` : "";
  return NextResponse.redirect(target, status);
}

function routeCatalog(request: NextRequest, locale: Locale) {
  const route = routeCatalogRequest(request.nextUrl.searchParams, locale);
  return route.kind === "redirect" ? redirectTo(request, route.location, route.status) : NextResponse.next();
}

function routeResult(request: NextRequest, locale: Locale) {
  let params: SearchParams;
  try {
    params = searchParamsFrom(request.nextUrl.searchParams);
  } catch {
    return NextResponse.next({ status: 400 });
  }
  const verdict = resolveResultRequest(params, (id) => listCareerSlugs().has(id), routesFor(locale).resultPath());
  if (verdict.kind === "redirect") return redirectTo(request, verdict.location, 303);
  if (verdict.kind === "invalid") return NextResponse.next({ status: verdict.status });
  // A result is a pure function of its URL and scoring version: a CDN or nginx may cache it.
  const response = NextResponse.next();
  response.headers.set("Cache-Control", RESULT_PAGE_CACHE_CONTROL);
  return response;
}

function routeCompare(request: NextRequest, locale: Locale) {
  let params: SearchParams;
  try {
    params = searchParamsFrom(request.nextUrl.searchParams);
  } catch {
    return NextResponse.next({ status: 400 });
  }
  const verdict = resolveCompareRequest(params, (id) => listCareerSlugs().has(id), locale);
  if (verdict.kind === "redirect") return redirectTo(request, verdict.location, 303);
  if (verdict.kind === "invalid") return NextResponse.next({ status: verdict.status });
  return NextResponse.next();
}

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  for (const locale of LOCALES) {
    const r = routesFor(locale);
    if (path === r.careers()) return routeCatalog(request, locale);
    if (path === r.resultPath()) return routeResult(request, locale);
    if (path === r.comparePath()) return routeCompare(request, locale);
  }
  return NextResponse.next();
}
