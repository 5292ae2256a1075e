import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CareerGrid } from "@/components/CareerCard";
import { SearchForm } from "@/components/SearchForm";
import { careerCards, searchIndex } from "@/lib/catalog";
import { getCategory } from "@/lib/content/categories";
import { MAX_QUERY_LENGTH, searchCareers } from "@/lib/content/search";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

// Search results for /careers?q=… (proxy.ts rewrites here, so the address the user sees and shares
// stays /careers?q=…). Server-rendered per request: works without JavaScript.
const t = getDictionary().catalog;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.slice(0, MAX_QUERY_LENGTH).trim() ?? "";
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = single((await searchParams).q);
  // Result lists are thin, changing pages: crawlers should follow them, not index them.
  return pageMetadata({
    title: query ? `Careers matching “${query}”` : t.title,
    description: t.description(careerCards().length),
    path: routes.search(query),
    noindex: true,
  });
}

export default async function CatalogSearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = single(params.q);
  const category = getCategory(single(params.category));
  if (!query) redirect(category ? routes.category(category.slug) : routes.careers());

  const bySlug = new Map(careerCards().map((c) => [c.slug, c]));
  const hits = searchCareers(searchIndex(), query);
  const shown = hits.flatMap((h) => {
    const card = bySlug.get(h.slug);
    return card && (!category || card.category === category.slug) ? [{ card, note: h.matchedName }] : [];
  });

  return (
    <>
      <h1 className="text-3xl font-bold">{category ? `${t.heading}: ${category.name}` : t.heading}</h1>
      <div className="mt-4">
        <SearchForm query={query} category={category?.slug ?? ""} />
      </div>
      <div role="status">
        <h2 className="mt-4 text-xl font-semibold">
          {shown.length ? t.results(shown.length, query) : t.noResults(query)}
        </h2>
      </div>
      <p className="mt-1">
        <Link href={routes.careers()} className="text-brand-700 underline">
          {t.clear}
        </Link>
      </p>
      <CareerGrid
        cards={shown.map(({ card }) => card)}
        notes={new Map(shown.map(({ card, note }) => [card.slug, note ? t.matchedVia(note) : null]))}
        className="mt-4"
      />
    </>
  );
}
