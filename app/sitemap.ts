import type { MetadataRoute } from "next";
import { careerSlugIn, loadCareers } from "@/lib/content/careers";
import { CATEGORIES } from "@/lib/content/categories";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { routesFor, type Routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

/** One entry per page and locale, each listing its counterparts (hreflang) in every locale. */
function entry(path: (r: Routes, locale: Locale) => string | undefined, locale: Locale, lastModified?: Date) {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) {
    const p = path(routesFor(l), l);
    if (p) languages[l] = absoluteUrl(p);
  }
  const own = languages[locale];
  if (!own) return [];
  if (languages.en) languages["x-default"] = languages.en;
  return [{ url: own, ...(lastModified ? { lastModified } : {}), alternates: { languages } }];
}

export default function sitemap(): MetadataRoute.Sitemap {
  const pages: ((r: Routes) => string)[] = [
    (r) => r.home(),
    (r) => r.careers(),
    (r) => r.test(),
    (r) => r.methodology(),
    (r) => r.about(),
  ];
  return LOCALES.flatMap((locale) => [
    ...pages.flatMap((page) => entry(page, locale)),
    ...CATEGORIES.flatMap((c) => entry((r, l) => r.category(c.slugs[l]), locale)),
    ...loadCareers(locale).flatMap((career) =>
      entry(
        (r, l) => {
          const slug = careerSlugIn(l, career.id);
          return slug ? r.career(slug) : undefined;
        },
        locale,
        career.lastReviewed,
      ),
    ),
  ]);
}
