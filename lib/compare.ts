// Server-side view models for comparing careers: each career's figures (BLS, O*NET) and page facts
// (years of study, interests, skills, paths) in one locale, its match when a result is given, and the
// grouped career list of the "Compare with…" pickers. Words and formatting stay in the components.
import "server-only";
import { assess, type CareerResult } from "@/lib/assessment/assess";
import { scoredCareers } from "@/lib/assessment-data";
import { careerById, loadCareers } from "@/lib/content/careers";
import { CATEGORIES } from "@/lib/content/categories";
import { getOccupation } from "@/lib/data/onet";
import { compareGrowth, type GrowthComparison } from "@/lib/data/reference";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export interface ComparedCareer {
  id: string;
  title: string;
  /** The language of the title and lists: this edition's, or English when it has no page in `locale`. */
  lang: Locale;
  href: string;
  medianWage: number | null;
  medianWageIsLowerBound: boolean;
  changePct: number | null;
  growth: GrowthComparison | null;
  openings: number | null;
  /** BLS typical entry education (its English wording: the dictionary translates it). */
  entryEducation: string | null;
  typicalYears: { min: number; max: number };
  /** Holland letters from the career's page, strongest first. */
  riasec: string[];
  skills: string[];
  paths: string[];
  /** The career's place in the visitor's result, when the link carries one. */
  match: Pick<CareerResult, "tier" | "index"> | null;
}

export interface Comparison {
  careers: ComparedCareer[];
  /** Set when the link carried a result: whether that result withheld career suggestions. */
  result: { withheld: boolean } | null;
}

/** Skills shown per career: the first technical and human skills of its page, in the page's order. */
const TECHNICAL_SKILLS = 3;
const HUMAN_SKILLS = 2;
const PATHS = 4;

/** Builds the comparison of known career ids (validate with resolveCompareRequest first). */
export function compareCareers(ids: readonly string[], locale: Locale, answers: readonly number[] | null): Comparison {
  const result = answers ? assess(answers, scoredCareers()) : null;
  const matches = new Map(result?.careers.map((c) => [c.careerId, c]) ?? []);
  const r = routesFor(locale);
  const careers = ids.flatMap((id): ComparedCareer[] => {
    const own = careerById(id, locale);
    const career = own ?? careerById(id);
    if (!career) return [];
    const bls = getOccupation(career.onetSoc)?.bls ?? null;
    const match = matches.get(id);
    return [
      {
        id,
        title: career.title,
        lang: own ? locale : "en",
        href: own ? r.career(own.slug) : routesFor("en").career(id),
        medianWage: bls?.medianWageAnnual2024 ?? null,
        medianWageIsLowerBound: bls?.medianWageIsLowerBound ?? false,
        changePct: bls?.changePct ?? null,
        growth: bls?.changePct != null ? compareGrowth(bls.changePct) : null,
        openings: bls?.openingsAnnual ?? null,
        entryEducation: bls?.typicalEntryEducation ?? null,
        typicalYears: career.study.typicalYears,
        riasec: [...career.profile.riasec],
        skills: [...career.skills.technical.slice(0, TECHNICAL_SKILLS), ...career.skills.human.slice(0, HUMAN_SKILLS)],
        paths: career.paths.slice(0, PATHS).map((p) => p.title),
        match: result && match ? { tier: match.tier, index: match.index } : null,
      },
    ];
  });
  return { careers, result: result ? { withheld: result.withheld } : null };
}

/** A career's title in `locale` (English when that edition lacks it), for page titles and forms. */
export function careerTitle(id: string, locale: Locale): string {
  return (careerById(id, locale) ?? careerById(id))?.title ?? id;
}

export interface CareerOption {
  id: string;
  title: string;
  /** Set when the title is English because the career has no page in the locale. */
  lang: Locale | null;
}

export interface CareerOptionGroup {
  category: string;
  careers: CareerOption[];
}

const optionsCache = new Map<Locale, CareerOptionGroup[]>();

/** Every career, grouped by category (in taxonomy order) and sorted by title in the locale. */
export function careerOptions(locale: Locale): CareerOptionGroup[] {
  let groups = optionsCache.get(locale);
  if (!groups) {
    const collator = new Intl.Collator(locale);
    groups = CATEGORIES.map(({ slug }) => ({
      category: slug,
      careers: loadCareers()
        .filter((career) => career.category === slug)
        .map((career) => {
          const own = careerById(career.id, locale);
          return { id: career.id, title: own?.title ?? career.title, lang: own ? null : ("en" as const) };
        })
        .sort((a, b) => collator.compare(a.title, b.title)),
    })).filter((group) => group.careers.length > 0);
    optionsCache.set(locale, groups);
  }
  return groups;
}
