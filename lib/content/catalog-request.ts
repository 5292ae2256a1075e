// Decides how a request to /careers is served, so the catalog stays a static page: a search (?q=)
// is rewritten to the dynamic /careers/search route, an area filter without a query goes to the
// static category page, and anything else gets the prerendered A-Z list. Pure; used by proxy.ts.
import { getCategory } from "./categories";

export type CatalogRoute =
  | { kind: "static" }
  | { kind: "search"; path: string }
  | { kind: "redirect"; location: string };

export const SEARCH_PATH = "/careers/search";

export function routeCatalogRequest(search: URLSearchParams): CatalogRoute {
  const query = (search.get("q") ?? "").trim();
  const category = search.get("category") ?? "";
  if (query) return { kind: "search", path: SEARCH_PATH };
  if (category && getCategory(category)) return { kind: "redirect", location: `/careers/category/${category}` };
  return { kind: "static" };
}
