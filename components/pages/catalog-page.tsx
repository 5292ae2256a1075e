// The A-Z catalog in one locale: a compact index (name plus one line per career, grouped by letter), so
// the page stays light as the catalog grows; cards with figures are on category and search pages.
import type { Metadata } from "next";
import Link from "next/link";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { SearchForm } from "@/components/SearchForm";
import { careerCards, type CareerCardData } from "@/lib/catalog";
import { CATEGORIES } from "@/lib/content/categories";
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

/** First letter without accents ("Á" files under "A"). */
function letterOf(title: string): string {
  return title.charAt(0).normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
}

export function CatalogPage({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale);
  const t = dict.catalog;
  const r = routesFor(locale);
  const cards = careerCards(locale);
  const groups = new Map<string, CareerCardData[]>();
  for (const card of cards) {
    const letter = letterOf(card.title);
    groups.set(letter, [...(groups.get(letter) ?? []), card]);
  }

  return (
    <>
      <LanguageSwitch locale={locale} alternates={alternates} />
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <div className="mt-4">
        <SearchForm query="" category="" locale={locale} />
      </div>
      <h2 className="mt-6 text-lg font-semibold">{dict.home.categoriesHeading}</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {CATEGORIES.map((c) => (
          <li key={c.slug}>
            <Link
              href={r.category(c.slugs[locale])}
              className="inline-flex min-h-8 items-center rounded border border-slate-300 px-3 text-brand-700 underline"
            >
              {dict.categories[c.slug]?.name}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6 font-medium">{t.showing(cards.length)}</p>
      <nav aria-label={t.letterNav} className="mt-2">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[...groups.keys()].map((letter) => (
            <li key={letter}>
              <a
                href={`#letter-${letter}`}
                className="inline-flex min-h-8 min-w-8 items-center justify-center rounded border border-slate-300 px-2 text-brand-700 underline"
              >
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {[...groups.entries()].map(([letter, group]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-6">
          <h2 id={`letter-${letter}`} className="mb-2 text-2xl font-semibold">
            {letter}
          </h2>
          <ul className="divide-y divide-slate-100">
            {group.map((card) => (
              <li key={card.id} className="py-2">
                <Link href={r.career(card.slug)} className="font-semibold text-brand-700 underline">
                  {card.title}
                </Link>
                <p className="text-sm text-slate-700">{card.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
