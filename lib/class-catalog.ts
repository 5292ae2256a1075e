// The career data the counselors' class view scores pasted links against, in one locale: every career's
// assessment profile (lib/class-view.ts compactCareers) with this edition's title and page, else the
// English ones. Served as a static JSON file next to the page (see app/.../careers.json/route.ts), so the
// page itself stays small (the data is loaded after the page, not parsed before it can respond).
import "server-only";
import { scoredCareers } from "@/lib/assessment-data";
import { compactCareers, type CompactCareer } from "@/lib/class-view";
import { careerById } from "@/lib/content/careers";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export function classCatalog(locale: Locale): CompactCareer[] {
  const r = routesFor(locale);
  return compactCareers(scoredCareers(), (id) => {
    const own = careerById(id, locale);
    if (own) return { title: own.title, href: r.career(own.slug) };
    const english = careerById(id, DEFAULT_LOCALE);
    return { title: english?.title ?? id, href: routesFor(DEFAULT_LOCALE).career(id), lang: DEFAULT_LOCALE };
  });
}

/**
 * The JSON response of the catalog route, one per locale. `no-cache`: the browser asks again on every
 * visit, so after a deploy the class view never scores against older profiles than the students' own
 * result pages (Next sends no ETag for a prerendered route handler, so that is a full download, as when
 * the catalog was part of the page). Data files are not pages: search engines are asked not to index them.
 */
export function classCatalogResponse(locale: Locale): Response {
  return Response.json(classCatalog(locale), {
    headers: { "Cache-Control": "no-cache", "X-Robots-Tag": "noindex" },
  });
}
