// Server-side view models for catalog pages, per locale: career records joined with their open-data
// figures, and the search index (which knows every edition's names, so "nurse" and "enfermera" find
// the same career in either language).
import "server-only";
import { careerById, loadCareers } from "@/lib/content/careers";
import { buildSearchIndex, type SearchIndex } from "@/lib/content/search";
import { getOccupation, loadAlternateTitles } from "@/lib/data/onet";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

export interface CareerCardData {
  /** Career id (English slug), the same in every edition. */
  id: string;
  /** This edition's slug, for links. */
  slug: string;
  title: string;
  summary: string;
  category: string;
  medianWage: number | null;
  medianWageIsLowerBound: boolean;
  /** BLS projected change 2024-34 (%), or null. */
  changePct: number | null;
  typicalYears: { min: number; max: number };
}

const cardsCache = new Map<Locale, CareerCardData[]>();

export function careerCards(locale: Locale): CareerCardData[] {
  let cards = cardsCache.get(locale);
  if (!cards) {
    cards = loadCareers(locale).map((career) => {
      const bls = getOccupation(career.onetSoc)?.bls ?? null;
      return {
        id: career.id,
        slug: career.slug,
        title: career.title,
        summary: career.summary,
        category: career.category,
        medianWage: bls?.medianWageAnnual2024 ?? null,
        medianWageIsLowerBound: bls?.medianWageIsLowerBound ?? false,
        changePct: bls?.changePct ?? null,
        typicalYears: career.study.typicalYears,
      };
    });
    cardsCache.set(locale, cards);
  }
  return cards;
}

const cardsByIdCache = new Map<Locale, Map<string, CareerCardData>>();

/** Cards keyed by career id, built once per process (career pages look up their related careers here). */
export function careerCardsById(locale: Locale): ReadonlyMap<string, CareerCardData> {
  let index = cardsByIdCache.get(locale);
  if (!index) {
    index = new Map(careerCards(locale).map((card) => [card.id, card]));
    cardsByIdCache.set(locale, index);
  }
  return index;
}

const searchCache = new Map<Locale, SearchIndex>();

/**
 * The search index of one edition, tokenised once per process. Each entry carries the names of the
 * career in every edition, plus O*NET's alternate titles, so a query in either language matches.
 */
export function searchIndex(locale: Locale): SearchIndex {
  let index = searchCache.get(locale);
  if (!index) {
    const alternates = loadAlternateTitles();
    index = buildSearchIndex(
      loadCareers(locale).map((career) => {
        const editions = LOCALES.flatMap((l) => {
          const other = l === locale ? undefined : careerById(career.id, l);
          return other ? [other] : [];
        });
        return {
          slug: career.id,
          title: career.title,
          summary: career.summary,
          alsoKnownAs: [...career.alsoKnownAs, ...editions.flatMap((e) => [e.title, ...e.alsoKnownAs])],
          alternateTitles: alternates.get(career.onetSoc) ?? [],
        };
      }),
    );
    searchCache.set(locale, index);
  }
  return index;
}
