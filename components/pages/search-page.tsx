// Search results in one locale, rendered per request (works without JavaScript, never indexed). The
// query matches career names in every edition, so "nurse" and "enfermera" both work in either one.
import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { redirect } from "next/navigation";
import { CareerGrid } from "@/components/CareerCard";
import { CategoryLinks } from "@/components/CategoryLinks";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { SearchForm } from "@/components/SearchForm";
import { careerCards, careerCardsById, searchIndex } from "@/lib/catalog";
import { getCategory } from "@/lib/content/categories";
import { MAX_QUERY_LENGTH, searchCareers } from "@/lib/content/search";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.slice(0, MAX_QUERY_LENGTH).trim() ?? "";
}

function alternatesFor(query: string, category: string | null) {
  return Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).search(query, category)]));
}

export function searchMetadata(locale: Locale, params: SearchParams): Metadata {
  const t = getDictionary(locale).catalog;
  const query = single(params.q);
  // Result lists are thin, changing pages: crawlers should follow them, not index them.
  return pageMetadata({
    locale,
    title: query ? t.searchTitle(query) : t.title,
    description: t.description(careerCards(locale).length),
    path: routesFor(locale).search(query),
    noindex: true,
  });
}

export function SearchPage({ locale, params }: { locale: Locale; params: SearchParams }) {
  const dict = getDictionary(locale);
  const t = dict.catalog;
  const r = routesFor(locale);
  const query = single(params.q);
  const category = getCategory(single(params.category));
  if (!query) redirect(category ? r.category(category.slugs[locale]) : r.careers());

  const byId = careerCardsById(locale);
  const hits = searchCareers(searchIndex(locale), query);
  const shown = hits.flatMap((h) => {
    const card = byId.get(h.slug);
    return card && (!category || card.category === category.slug) ? [{ card, note: h.matchedName }] : [];
  });
  const categoryName = category ? dict.categories[category.slug]?.name : undefined;

  return (
    <>
      <LanguageSwitch locale={locale} alternates={alternatesFor(query, category?.slug ?? null)} />
      <h1 className="text-display">{categoryName ? `${t.heading}: ${categoryName}` : t.heading}</h1>
      <div className="mt-4">
        <SearchForm query={query} category={category?.slug ?? ""} locale={locale} />
      </div>
      <div role="status">
        <h2 className="mt-4 text-heading">
          {shown.length ? t.results(shown.length, query) : t.noResults(query)}
        </h2>
      </div>
      <p className="mt-1">
        <SiteLink href={r.careers()} className="link-inline-sm">
          {t.clear}
        </SiteLink>
      </p>
      <CareerGrid
        cards={shown.map(({ card }) => card)}
        notes={new Map(shown.map(({ card, note }) => [card.id, note ? t.matchedVia(note) : null]))}
        className="mt-4"
        locale={locale}
      />
      {shown.length === 0 ? (
        <>
          <h2 className="mt-6 text-heading">{dict.home.categoriesHeading}</h2>
          <div className="mt-2">
            <CategoryLinks locale={locale} variant="row" />
          </div>
          <h2 className="mt-6 text-heading">{t.suggestionsHeading}</h2>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {t.suggestions.map((s) => (
              <li key={s}>
                <SiteLink
                  href={r.search(s)}
                  className="inline-flex min-h-9 items-center rounded-full border border-slate-300 bg-white px-3 font-medium text-brand-700 no-underline hover:border-brand-700 hover:bg-brand-50 hover:underline"
                >
                  {s}
                </SiteLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
