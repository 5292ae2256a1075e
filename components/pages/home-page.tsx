// The home page in one locale: the two paths (test, catalog) on the first screen of a phone, then the
// areas as a compact icon grid and featured careers.
import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { CareerGrid } from "@/components/CareerCard";
import { CategoryLinks } from "@/components/CategoryLinks";
import { Icon, ICONS } from "@/components/Icon";
import { JsonLd } from "@/components/JsonLd";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { careerCards } from "@/lib/catalog";
import { loadCareers } from "@/lib/content/careers";
import { CATEGORIES } from "@/lib/content/categories";
import { getDesignStrings } from "@/lib/i18n/design";
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
  const d = getDesignStrings(locale);
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
      <section aria-labelledby="home-heading">
        <h1 id="home-heading" className="max-w-3xl text-display text-slate-900">
          {t.home.heading}
        </h1>
        {/* The two paths come right after the heading so both are on a phone's first screen. */}
        <ul aria-label={d.home.pathsLabel} className="mt-5 grid gap-3 sm:grid-cols-2">
          <li>
            <SiteLink
              href={r.test()}
              className="group flex min-h-tap items-center gap-3 rounded-card bg-brand-700 p-4 text-white no-underline shadow-sm hover:bg-brand-800"
            >
              <span className="inline-flex size-11 shrink-0 items-center justify-center rounded-full bg-white/15">
                <Icon node={ICONS.test} className="size-6" />
              </span>
              <span className="min-w-0 flex-1">
                <span className="block text-heading">{t.home.ctaTest}</span>
                <span className="block text-sm text-brand-50">{t.home.testFacts.join(" · ")}</span>
              </span>
              <Icon node={ICONS.next} className="size-5 transition-transform group-hover:translate-x-0.5" />
            </SiteLink>
          </li>
          <li>
            <SiteLink
              href={r.careers()}
              className="group flex min-h-tap items-center gap-3 rounded-card border-2 border-brand-700 bg-white p-4 text-brand-800 no-underline hover:bg-brand-50"
            >
              <span className="inline-flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                <Icon node={ICONS.explore} className="size-6" />
              </span>
              <span className="min-w-0 flex-1">
                <span className="block text-heading">{t.home.ctaBrowse}</span>
                <span className="block text-sm text-slate-700">{d.home.exploreText(cards.length, CATEGORIES.length)}</span>
              </span>
              <Icon node={ICONS.next} className="size-5 transition-transform group-hover:translate-x-0.5" />
            </SiteLink>
          </li>
        </ul>
        <p className="mt-5 max-w-3xl text-slate-800 sm:text-lg">{t.home.intro}</p>
      </section>

      <section aria-labelledby="categories-heading" className="mt-10">
        <h2 id="categories-heading" className="text-title">
          {t.home.categoriesHeading}
        </h2>
        <p className="mt-1 mb-4 text-slate-700">{d.home.areasIntro}</p>
        <CategoryLinks locale={locale} counts={counts} />
      </section>

      <section aria-labelledby="featured-heading" className="mt-10">
        <h2 id="featured-heading" className="mb-4 text-title">
          {t.home.featuredHeading}
        </h2>
        <CareerGrid cards={shownFeatured} className="lg:grid-cols-3" locale={locale} />
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
