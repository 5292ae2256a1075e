import type { Metadata } from "next";
import Link from "next/link";
import { CareerCard } from "@/components/CareerCard";
import { SearchForm } from "@/components/SearchForm";
import { careerCards, searchEntries } from "@/lib/catalog";
import { getCategory } from "@/lib/content/categories";
import { MAX_QUERY_LENGTH, searchCareers } from "@/lib/content/search";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

const t = getDictionary().catalog;

export function generateMetadata(): Metadata {
  return pageMetadata({ title: t.title, description: t.description(careerCards().length), path: routes.careers() });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.slice(0, MAX_QUERY_LENGTH).trim() ?? "";
}

export default async function CatalogPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = single(params.q);
  const categorySlug = single(params.category);
  const category = getCategory(categorySlug);
  const cards = careerCards();
  const bySlug = new Map(cards.map((c) => [c.slug, c]));

  const hits = query ? searchCareers(searchEntries(), query) : null;
  const shown = (hits ? hits.flatMap((h) => bySlug.get(h.slug) ?? []) : cards).filter(
    (c) => !category || c.category === category.slug,
  );
  const notes = new Map(hits?.map((h) => [h.slug, h.matchedName ? t.matchedVia(h.matchedName) : null]) ?? []);

  const groups = new Map<string, typeof shown>();
  if (!hits) {
    for (const card of shown) {
      const letter = card.title.charAt(0).toUpperCase();
      groups.set(letter, [...(groups.get(letter) ?? []), card]);
    }
  }

  return (
    <>
      <h1 className="text-3xl font-bold">{category ? `${t.heading}: ${category.name}` : t.heading}</h1>
      <div className="mt-4">
        <SearchForm query={query} category={category?.slug ?? ""} />
      </div>
      <p className="mt-4 font-medium" role="status">
        {hits ? (shown.length ? t.results(shown.length, query) : t.noResults(query)) : t.showing(shown.length)}
        {hits || category ? (
          <>
            {" "}
            <Link href={routes.careers()} className="text-brand-700 underline">
              {t.clear}
            </Link>
          </>
        ) : null}
      </p>
      {hits ? (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {shown.map((card) => (
            <li key={card.slug}>
              <CareerCard career={card} note={notes.get(card.slug) ?? null} />
            </li>
          ))}
        </ul>
      ) : (
        <>
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
              <ul className="grid gap-4 sm:grid-cols-2">
                {group.map((card) => (
                  <li key={card.slug}>
                    <CareerCard career={card} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}
