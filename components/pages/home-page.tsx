// The home page in one locale: the two paths (test, catalog), featured careers and the areas.
import type { Metadata } from "next";
import Link from "next/link";
import { CareerGrid } from "@/components/CareerCard";
import { JsonLd } from "@/components/JsonLd";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { careerCards } from "@/lib/catalog";
import { loadCareers } from "@/lib/content/careers";
import { CATEGORIES } from "@/lib/content/categories";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";
import { absoluteUrl, SITE_NAME } from "@/lib/site";

const alternates = { en: routesFor("en").home(), es: routesFor("es").home() };

export function homeMetadata(locale: Locale): Metadata {
  const t = getDictionary(locale);
  return pageMetadata({
    locale,
    title: t.home.title,
    description: t.site.description,
    path: routesFor(locale).home(),
    alternates,
    absoluteTitle: true,
  });
}

export function HomePage({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  const r = routesFor(locale);
  const cards = careerCards(locale);
  const featuredIds = new Set(
    loadCareers(locale)
      .filter((c) => c.featured)
      .map((c) => c.id),
  );
  const featured = cards.filter((c) => featuredIds.has(c.id)).slice(0, 6);
  const shownFeatured = featured.length > 0 ? featured : cards.slice(0, 6);
  const counts = new Map<string, number>();
  for (const card of cards) counts.set(card.category, (counts.get(card.category) ?? 0) + 1);

  return (
    <>
      <LanguageSwitch locale={locale} alternates={alternates} />
      <section className="rounded-xl bg-brand-50 p-6 sm:p-10">
        <h1 className="max-w-3xl text-3xl font-bold text-slate-900 sm:text-4xl">{t.home.heading}</h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">{t.home.intro}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href={r.test()}
            className="rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white no-underline hover:bg-brand-800"
          >
            {t.home.ctaTest}
          </Link>
          <Link
            href={r.careers()}
            className="rounded border-2 border-brand-700 px-5 py-3 text-lg font-semibold text-brand-800 no-underline hover:bg-white"
          >
            {t.home.ctaBrowse}
          </Link>
        </div>
        <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-800">
          {t.home.testFacts.map((fact) => (
            <li key={fact}>✓ {fact}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="featured-heading" className="mt-10">
        <h2 id="featured-heading" className="mb-4 text-2xl font-semibold">
          {t.home.featuredHeading}
        </h2>
        <CareerGrid cards={shownFeatured} className="lg:grid-cols-3" locale={locale} />
      </section>

      <section aria-labelledby="categories-heading" className="mt-10">
        <h2 id="categories-heading" className="mb-4 text-2xl font-semibold">
          {t.home.categoriesHeading}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {CATEGORIES.map((category) => (
            <li key={category.slug} className="rounded-lg border border-slate-200 p-4">
              <h3 className="font-semibold">
                <Link href={r.category(category.slugs[locale])} className="text-brand-700 underline">
                  {t.categories[category.slug]?.name}
                </Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700">{t.home.careerCount(counts.get(category.slug) ?? 0)}</p>
            </li>
          ))}
        </ul>
      </section>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: SITE_NAME,
          inLanguage: locale,
          url: absoluteUrl(r.home()),
          potentialAction: {
            "@type": "SearchAction",
            target: `${absoluteUrl(r.searchPath())}?q={search_term_string}`,
            "query-input": "required name=search_term_string",
          },
        }}
      />
    </>
  );
}
