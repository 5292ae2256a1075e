import type { Metadata } from "next";
import Link from "next/link";
import { CareerGrid } from "@/components/CareerCard";
import { JsonLd } from "@/components/JsonLd";
import { careerCards } from "@/lib/catalog";
import { CATEGORIES } from "@/lib/content/categories";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { SITE_NAME, SITE_URL } from "@/lib/site";
import { loadCareers } from "@/lib/content/careers";

const t = getDictionary();

export const metadata: Metadata = pageMetadata({
  title: t.home.title,
  description: t.site.description,
  path: routes.home(),
  absoluteTitle: true,
});

export default function HomePage() {
  const cards = careerCards();
  const featuredSlugs = new Set(
    loadCareers()
      .filter((c) => c.featured)
      .map((c) => c.slug),
  );
  const featured = cards.filter((c) => featuredSlugs.has(c.slug)).slice(0, 6);
  const shownFeatured = featured.length > 0 ? featured : cards.slice(0, 6);
  const counts = new Map<string, number>();
  for (const card of cards) counts.set(card.category, (counts.get(card.category) ?? 0) + 1);

  return (
    <>
      <section className="rounded-xl bg-brand-50 p-6 sm:p-10">
        <h1 className="max-w-3xl text-3xl font-bold text-slate-900 sm:text-4xl">{t.home.heading}</h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">{t.home.intro}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href={routes.test()}
            className="rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white no-underline hover:bg-brand-800"
          >
            {t.home.ctaTest}
          </Link>
          <Link
            href={routes.careers()}
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
        <CareerGrid cards={shownFeatured} className="lg:grid-cols-3" />
      </section>

      <section aria-labelledby="categories-heading" className="mt-10">
        <h2 id="categories-heading" className="mb-4 text-2xl font-semibold">
          {t.home.categoriesHeading}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {CATEGORIES.map((category) => (
            <li key={category.slug} className="rounded-lg border border-slate-200 p-4">
              <h3 className="font-semibold">
                <Link href={routes.category(category.slug)} className="text-brand-700 underline">
                  {category.name}
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
          url: SITE_URL,
          potentialAction: {
            "@type": "SearchAction",
            target: `${SITE_URL}/careers?q={search_term_string}`,
            "query-input": "required name=search_term_string",
          },
        }}
      />
    </>
  );
}
