// Decides how a request to the catalog (/careers, /es/carreras) is served, so the catalog stays a
// static page: an old-style search link (?q=) is redirected (308) to the search route, an area filter
// without a query (303) to the static category page, anything else gets the prerendered A-Z list.
// Pure; used by proxy.ts.
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";
import { getCategory } from "./categories";

export type CatalogRoute = { kind: "static" } | { kind: "redirect"; location: string; status: 303 | 308 };

export function routeCatalogRequest(search: URLSearchParams, locale: Locale = "en"): CatalogRoute {
  const r = routesFor(locale);
  const query = (search.get("q") ?? "").trim();
  const category = getCategory(search.get("category") ?? "");
  if (query) return { kind: "redirect", location: r.search(query, category?.slug), status: 308 };
  if (category) return { kind: "redirect", location: r.category(category.slugs[locale]), status: 303 };
  return { kind: "static" };
}
