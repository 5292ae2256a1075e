import type { MetadataRoute } from "next";
import { careersByLetter } from "@/components/pages/letter-page";
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
    (r) => r.counselors(),
  ];
  return LOCALES.flatMap((locale) => [
    ...pages.flatMap((page) => entry(page, locale)),
    ...CATEGORIES.flatMap((c) => entry((r, l) => r.category(c.slugs[l]), locale)),
    ...[...careersByLetter(locale).keys()].flatMap((letter) =>
      entry((r, l) => (careersByLetter(l).has(letter) ? r.letter(letter) : undefined), locale),
    ),
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
