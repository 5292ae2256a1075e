// Server-only career loader: reads every file in content/careers once per process, validates all of
// them (throwing one ContentError that lists every problem), and renders Markdown lazily per career
// so a 10,000-career build never renders pages it is not generating.
import "server-only";
import { cache } from "react";
import { loadOccupations } from "@/lib/data/onet";
import { careersDir, readCareerSources } from "./files";
import { renderMarkdown } from "./markdown";
import { checkEditions, ContentError, validateCareers, type CareerRecord } from "./validate";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** A career ready for a page: validated fields plus sanitized HTML of every prose field. */
export interface Career extends CareerRecord {
  html: {
    body: string;
    outlook: string;
    studyOverview: string;
    profileOverview: string;
    faq: string[];
  };
}

const recordsCache = new Map<Locale, CareerRecord[]>();

/**
 * Every career of an edition (validated, sorted by title in that language). Throws ContentError listing
 * every bad file. Another edition's files are also checked against their English file (same O*NET
 * code, category and related careers) and take its test-profile overrides.
 */
export function loadCareers(locale: Locale = DEFAULT_LOCALE): CareerRecord[] {
  let records = recordsCache.get(locale);
  if (!records) {
    const codes = new Set(loadOccupations().keys());
    records = validateCareers(readCareerSources(careersDir(locale)), codes, { locale });
    if (locale !== DEFAULT_LOCALE) {
      const linked = checkEditions(loadCareers(DEFAULT_LOCALE), records);
      if (linked.problems.length > 0) throw new ContentError(linked.problems);
      records = linked.records;
    }
    recordsCache.set(locale, records);
  }
  return records;
}

const byIdCache = new Map<Locale, Map<string, CareerRecord>>();

/** The career with this id (English slug) in an edition; undefined when that edition lacks it. */
export function careerById(id: string, locale: Locale = DEFAULT_LOCALE): CareerRecord | undefined {
  let index = byIdCache.get(locale);
  if (!index) {
    index = new Map(loadCareers(locale).map((c) => [c.id, c]));
    byIdCache.set(locale, index);
  }
  return index.get(id);
}

/** The slug of career `id` in `locale`, for links and hreflang; undefined when there is no edition. */
export function careerSlugIn(locale: Locale, id: string): string | undefined {
  return careerById(id, locale)?.slug;
}

const bySlugCache = new Map<Locale, Map<string, CareerRecord>>();

export function getCareerRecord(slug: string, locale: Locale = DEFAULT_LOCALE): CareerRecord | undefined {
  let index = bySlugCache.get(locale);
  if (!index) {
    index = new Map(loadCareers(locale).map((c) => [c.slug, c]));
    bySlugCache.set(locale, index);
  }
  return index.get(slug);
}

/**
 * One career with rendered HTML; undefined for an unknown slug. Memoised per request with React's
 * cache(), so generateMetadata and the page (or several components) render the Markdown once.
 */
export const getCareer = cache(function getCareer(slug: string, locale: Locale): Career | undefined {
  const record = getCareerRecord(slug, locale);
  if (!record) return undefined;
  return {
    ...record,
    html: {
      body: renderMarkdown(record.body),
      outlook: renderMarkdown(record.outlook),
      studyOverview: renderMarkdown(record.study.overview),
      profileOverview: renderMarkdown(record.profile.overview),
      faq: record.faq.map((entry) => renderMarkdown(entry.answer)),
    },
  };
});

export function careersInCategory(category: string, locale: Locale = DEFAULT_LOCALE): CareerRecord[] {
  return loadCareers(locale).filter((c) => c.category === category);
}
