import type { Metadata } from "next";
import { CareerGrid } from "@/components/CareerCard";
import { SearchForm } from "@/components/SearchForm";
import { careerCards } from "@/lib/catalog";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

// Prerendered: searches (?q=) are rewritten by proxy.ts to /careers/search, so this page never
// reads the query and can be served from the static cache or a CDN.
const t = getDictionary().catalog;

export function generateMetadata(): Metadata {
  return pageMetadata({ title: t.title, description: t.description(careerCards().length), path: routes.careers() });
}

export default function CatalogPage() {
  const cards = careerCards();
  const groups = new Map<string, typeof cards>();
  for (const card of cards) {
    const letter = card.title.charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), card]);
  }

  return (
    <>
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <div className="mt-4">
        <SearchForm query="" category="" />
      </div>
      <p className="mt-4 font-medium">{t.showing(cards.length)}</p>
      <nav aria-label={t.letterNav} className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[...groups.keys()].map((letter) => (
            <li key={letter}>
              <a
                href={`#letter-${letter}`}
                className="inline-block min-w-8 rounded border border-slate-300 px-2 py-1 text-center text-brand-700 underline"
              >
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {[...groups.entries()].map(([letter, group]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-6">
          <h2 id={`letter-${letter}`} className="mb-3 text-2xl font-semibold">
            {letter}
          </h2>
          <CareerGrid cards={group} />
        </section>
      ))}
    </>
  );
}
