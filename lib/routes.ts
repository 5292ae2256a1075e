// Every internal URL is built here, per locale, so links, the sitemap, hreflang alternates and tests
// agree on one shape. English lives at the root; Spanish under /es with Spanish path words.
// Career slugs and category slugs passed in are already the locale's own (see careerSlugIn).
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const PATHS = {
  en: {
    home: "/",
    careers: "/careers",
    search: "/careers/search",
    category: "/careers/category",
    letter: "/careers/letter",
    test: "/test",
    result: "/test/result",
    methodology: "/methodology",
    about: "/about",
    compare: "/compare",
    counselors: "/counselors",
    counselorsCatalog: "/counselors/careers.json",
  },
  es: {
    home: "/es",
    careers: "/es/carreras",
    search: "/es/carreras/buscar",
    category: "/es/carreras/area",
    letter: "/es/carreras/letra",
    test: "/es/test",
    result: "/es/test/resultado",
    methodology: "/es/metodologia",
    about: "/es/acerca-de",
    compare: "/es/comparar",
    counselors: "/es/orientadores",
    counselorsCatalog: "/es/orientadores/carreras.json",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type RouteName = keyof (typeof PATHS)["en"];

const query = (params: Record<string, string | null | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
};

export function routesFor(locale: Locale) {
  const p = PATHS[locale];
  return {
    home: () => p.home,
    careers: () => p.careers,
    /** Search results live on their own dynamic route; an empty query is the catalog. */
    search: (q: string, category?: string | null) => (q ? `${p.search}${query({ q, category })}` : p.careers),
    searchPath: () => p.search,
    category: (categorySlug: string) => `${p.category}/${categorySlug}`,
    /** The A-Z page of one letter ("a".."z"); the catalog itself lists the letters. */
    letter: (letter: string) => `${p.letter}/${letter.toLowerCase()}`,
    career: (slug: string) => `${p.careers}/${slug}`,
    /** `career` is a career id (English slug), the same in every locale. */
    test: (career?: string | null) => `${p.test}${query({ career })}`,
    result: (answers: string, career?: string | null) => `${p.result}${query({ a: answers, career })}`,
    resultJson: (answers: string, career?: string | null) => `/test/result.json${query({ a: answers, career })}`,
    resultPath: () => p.result,
    /** The result link's QR code (SVG) for the printout; same query as the result it opens. */
    resultQr: (answers: string, career?: string | null) => `${p.result}/qr.svg${query({ a: answers, career })}`,
    methodology: () => p.methodology,
    methodologyKey: () => "/methodology/key.json",
    about: () => p.about,
    /** Compare 2-4 careers by id; `answers` adds each career's match for that result. */
    compare: (ids: readonly string[], answers?: string | null) =>
      `${p.compare}${query({ careers: ids.join(","), a: answers })}`,
    comparePath: () => p.compare,
    counselors: () => p.counselors,
    /** The class view's career data in this locale (static JSON, the same for every visitor). */
    counselorsCatalog: () => p.counselorsCatalog,
  };
}

export type Routes = ReturnType<typeof routesFor>;

/** English routes, for code that is not locale-specific (tests, scripts). */
export const routes = routesFor(DEFAULT_LOCALE);

/** Which locale a pathname belongs to. */
export function localeOfPath(pathname: string): Locale {
  return pathname === "/es" || pathname.startsWith("/es/") ? "es" : "en";
}
