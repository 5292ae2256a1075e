// One letter of the A-Z catalog in one locale: names plus one line each. The catalog page lists the
// letters, so no page grows with the whole catalog (1,400 careers stay well under 150 KB per page).
import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { careerCards, type CareerCardData } from "@/lib/catalog";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

/** First letter without accents ("Á" files under "A"); digits and symbols under "#" are not expected in titles. */
export function letterOf(title: string): string {
  return title.charAt(0).normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
}

/** Careers of a locale grouped by first letter, letters in alphabetical order. */
export function careersByLetter(locale: Locale): Map<string, CareerCardData[]> {
  const groups = new Map<string, CareerCardData[]>();
  for (const card of careerCards(locale)) {
    const letter = letterOf(card.title);
    groups.set(letter, [...(groups.get(letter) ?? []), card]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, locale)));
}

export function letterStaticParams(locale: Locale) {
  return [...careersByLetter(locale).keys()].map((letter) => ({ letter: letter.toLowerCase() }));
}

function alternatesOf(letter: string): Partial<Record<Locale, string>> {
  return Object.fromEntries(
    LOCALES.map((l) => [l, careersByLetter(l).has(letter) ? routesFor(l).letter(letter) : routesFor(l).careers()]),
  );
}

export function letterMetadata(locale: Locale, param: string): Metadata {
  const letter = param.toUpperCase();
  const group = careersByLetter(locale).get(letter);
  if (!group) return {};
  const t = getDictionary(locale).catalog;
  return pageMetadata({
    locale,
    title: t.letterTitle(letter),
    description: t.letterDescription(letter, group.length),
    path: routesFor(locale).letter(letter),
    alternates: alternatesOf(letter),
  });
}

export function LetterPage({ locale, param }: { locale: Locale; param: string }) {
  const letter = param.toUpperCase();
  const groups = careersByLetter(locale);
  const group = groups.get(letter);
  if (!group) notFound();
  const dict = getDictionary(locale);
  const t = dict.catalog;
  const r = routesFor(locale);
  return (
    <>
      <LanguageSwitch locale={locale} alternates={alternatesOf(letter)} />
      <Breadcrumbs
        locale={locale}
        items={[
          { name: dict.career.breadcrumbHome, href: r.home() },
          { name: dict.career.breadcrumbCareers, href: r.careers() },
          { name: letter, href: r.letter(letter) },
        ]}
      />
      <h1 className="text-3xl font-bold">{t.letterTitle(letter)}</h1>
      <nav aria-label={t.letterNav} className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[...groups.keys()].map((l) => (
            <li key={l}>
              <SiteLink
                href={r.letter(l)}
                aria-current={l === letter ? "page" : undefined}
                className="inline-flex min-h-9 min-w-9 items-center justify-center rounded border border-slate-300 px-2 font-semibold text-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {l}
              </SiteLink>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-4 font-medium">{t.showing(group.length)}</p>
      <ul className="mt-2 divide-y divide-slate-100">
        {group.map((card) => (
          <li key={card.id} className="py-2">
            <SiteLink href={r.career(card.slug)} className="font-semibold text-brand-700 underline">
              {card.title}
            </SiteLink>
            <p className="text-sm text-slate-700">{card.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
