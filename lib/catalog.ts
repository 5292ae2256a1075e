// Server-side view models for catalog pages: career records joined with their open-data figures.
import "server-only";
import { loadCareers } from "@/lib/content/careers";
import { buildSearchIndex, type SearchIndex } from "@/lib/content/search";
import { getOccupation, loadAlternateTitles } from "@/lib/data/onet";

export interface CareerCardData {
  slug: string;
  title: string;
  summary: string;
  category: string;
  medianWage: number | null;
  medianWageIsLowerBound: boolean;
}

let cardsCache: CareerCardData[] | undefined;

export function careerCards(): CareerCardData[] {
  cardsCache ??= loadCareers().map((career) => {
    const bls = getOccupation(career.onetSoc)?.bls ?? null;
    return {
      slug: career.slug,
      title: career.title,
      summary: career.summary,
      category: career.category,
      medianWage: bls?.medianWageAnnual2024 ?? null,
      medianWageIsLowerBound: bls?.medianWageIsLowerBound ?? false,
    };
  });
  return cardsCache;
}

let cardsBySlugCache: Map<string, CareerCardData> | undefined;

/** Cards keyed by slug, built once per process (career pages look up their related careers here). */
export function careerCardsBySlug(): ReadonlyMap<string, CareerCardData> {
  cardsBySlugCache ??= new Map(careerCards().map((card) => [card.slug, card]));
  return cardsBySlugCache;
}

let searchCache: SearchIndex | undefined;

/** The catalog's search index, tokenised once per process. */
export function searchIndex(): SearchIndex {
  if (!searchCache) {
    const alternates = loadAlternateTitles();
    searchCache = buildSearchIndex(
      loadCareers().map((career) => ({
        slug: career.slug,
        title: career.title,
        summary: career.summary,
        alsoKnownAs: career.alsoKnownAs,
        alternateTitles: alternates.get(career.onetSoc) ?? [],
      })),
    );
  }
  return searchCache;
}
