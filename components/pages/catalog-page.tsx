// The A-Z catalog in one locale: search, areas, and the letters with their counts. Each letter has its
// own page (names plus one line), so no page grows with the whole catalog; cards with figures are on
// category and search pages.
import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { CategoryLinks } from "@/components/CategoryLinks";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { careersByLetter } from "@/components/pages/letter-page";
import { SearchForm } from "@/components/SearchForm";
import { careerCards } from "@/lib/catalog";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

const alternates = { en: routesFor("en").careers(), es: routesFor("es").careers() };

export function catalogMetadata(locale: Locale): Metadata {
  const t = getDictionary(locale).catalog;
  return pageMetadata({
    locale,
    title: t.title,
    description: t.description(careerCards(locale).length),
    path: routesFor(locale).careers(),
    alternates,
  });
}

export function CatalogPage({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale);
  const t = dict.catalog;
  const r = routesFor(locale);
  const cards = careerCards(locale);
  const groups = careersByLetter(locale);

  return (
    <>
      <LanguageSwitch locale={locale} alternates={alternates} />
      <h1 className="text-display">{t.heading}</h1>
      <div className="mt-4">
        <SearchForm query="" category="" locale={locale} />
      </div>
      <h2 className="mt-6 text-heading">{dict.home.categoriesHeading}</h2>
      <div className="mt-2">
        <CategoryLinks locale={locale} variant="row" />
      </div>
      <p className="mt-6 font-medium">{t.showing(cards.length)}</p>
      <nav aria-label={t.letterNav} className="mt-2">
        <ul className="grid grid-cols-4 gap-2 text-sm sm:grid-cols-7">
          {[...groups.entries()].map(([letter, group]) => (
            <li key={letter}>
              <SiteLink
                href={r.letter(letter)}
                className="flex min-h-11 items-center justify-between rounded-control border border-slate-300 px-3 font-semibold text-brand-700 no-underline hover:border-brand-700 hover:bg-brand-50 hover:underline"
              >
                <span className="text-lg">{letter}</span>
                <span className="text-xs font-normal text-slate-700">
                  {t.letterIndex(group.length)}
                  <span className="sr-only">{t.letterCareers(group.length)}</span>
                </span>
              </SiteLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
