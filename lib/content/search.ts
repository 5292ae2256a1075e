// Catalog search on MiniSearch (a small, well-kept full-text library: BM25 ranking, field boosts,
// fuzzy and prefix matching) instead of a hand-written matcher. Pure: runs on the server per request,
// works without JavaScript, unit-tested with real student queries in English and Spanish.
//
// Two indexes, because they deserve different tolerance:
// - the career's own names (title, names in every edition, other names) and summary: accent- and
//   case-insensitive, lightly stemmed ("psychology" = "psychologist", "enfermera" = "enfermería"),
//   typo-tolerant and prefix-matching for longer words;
// - O*NET's alternate titles (dozens per occupation, written for job boards): exact words only, so
//   "nurse" does not find Farmer through "Nursery Manager" nor "vet" a counselor through "Veterans".
import MiniSearch, { type SearchResult } from "minisearch";

export interface SearchEntry {
  /** Career id. */
  slug: string;
  title: string;
  summary: string;
  /** Other names: the career's names in other editions and every edition's "also known as". */
  alsoKnownAs: readonly string[];
  alternateTitles: readonly string[];
}

export interface SearchHit {
  slug: string;
  score: number;
  /** The other name that matched, when the title itself did not. */
  matchedName: string | null;
}

export interface SearchIndex {
  names: MiniSearch<IndexedDoc>;
  alternates: MiniSearch<IndexedDoc>;
  entries: ReadonlyMap<string, SearchEntry>;
}

interface IndexedDoc {
  id: string;
  title: string;
  names: string;
  summary: string;
  alternates: string;
}

export const MAX_QUERY_LENGTH = 100;

/** Field boosts: the title counts most, then other names, then the summary (our choice, tuned on the unit-test queries). */
export const SEARCH_BOOSTS = { title: 6, names: 4, summary: 0.5 } as const;
/** Weight of an exact O*NET alternate-title hit relative to a hit on the career's own names. */
export const ALTERNATE_TITLE_WEIGHT = 0.6;
/**
 * A query that is exactly one of the career's names ranks it above careers that only contain the word
 * ("doctor" → Physician, named "Doctor", before "Eye Doctor"): score × 2 for the title, × 1.5 for
 * another name. Our choice; BM25 alone favours short name lists.
 */
export const EXACT_NAME_BONUS = { title: 2, other: 1.5 } as const;

export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Light suffix stripping for English and Spanish career words, longest first. Only words of 5+ letters
// are touched and at least 4 letters stay, so short words and acronyms keep their meaning.
const SUFFIXES: readonly (readonly [string, string])[] = [
  ["ologists", "olog"],
  ["ologist", "olog"],
  ["ologies", "olog"],
  ["ology", "olog"],
  ["ologos", "olog"],
  ["ologas", "olog"],
  ["ologo", "olog"],
  ["ologa", "olog"],
  ["ologia", "olog"],
  ["erias", "er"],
  ["eria", "er"],
  ["eros", "er"],
  ["eras", "er"],
  ["ero", "er"],
  ["era", "er"],
  ["ists", "ist"],
  ["istas", "ist"],
  ["ista", "ist"],
  ["ies", "y"],
  ["os", ""],
  ["as", ""],
  ["es", ""],
  ["o", ""],
  ["a", ""],
  ["s", ""],
  ["e", ""],
];

export function stem(word: string): string {
  if (word.length < 5) return word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length) + replacement;
  }
  return word;
}

function tokens(text: string): string[] {
  return normalize(text).split(" ").filter(Boolean);
}

const processTerm = (term: string) => {
  const normal = normalize(term);
  return normal ? stem(normal) : null;
};

function newIndex(fields: (keyof IndexedDoc)[]): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>({ fields, idField: "id", processTerm, tokenize: (text) => tokens(text) });
}

export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  const docs = entries.map((entry) => ({
    id: entry.slug,
    title: entry.title,
    names: entry.alsoKnownAs.join(" | "),
    summary: entry.summary,
    alternates: entry.alternateTitles.join(" | "),
  }));
  const names = newIndex(["title", "names", "summary"]);
  names.addAll(docs);
  const alternates = newIndex(["alternates"]);
  alternates.addAll(docs);
  return { names, alternates, entries: new Map(entries.map((e) => [e.slug, e])) };
}

/** The first name of the career whose words contain a matched term (for "also known as" notes). */
function matchedNameOf(entry: SearchEntry, terms: readonly string[], fromAlternates: boolean): string | null {
  const candidates = fromAlternates ? entry.alternateTitles : entry.alsoKnownAs;
  return candidates.find((name) => tokens(name).some((word) => terms.includes(stem(word)))) ?? null;
}

export function searchCareers(index: SearchIndex, query: string): SearchHit[] {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  if (tokens(text).length === 0) return [];
  const own = index.names.search(text, {
    boost: SEARCH_BOOSTS,
    combineWith: "AND",
    prefix: (term) => term.length >= 4,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  });
  const exact = index.alternates.search(text, { combineWith: "AND" });

  const hits = new Map<string, { score: number; result: SearchResult; fromAlternates: boolean }>();
  for (const result of own) hits.set(String(result.id), { score: result.score, result, fromAlternates: false });
  for (const result of exact) {
    const id = String(result.id);
    const score = result.score * ALTERNATE_TITLE_WEIGHT;
    const seen = hits.get(id);
    if (seen) seen.score += score;
    else hits.set(id, { score, result, fromAlternates: true });
  }

  return [...hits.entries()]
    .flatMap(([id, { score, result, fromAlternates }]) => {
      const entry = index.entries.get(id);
      if (!entry) return [];
      const inTitle = Object.values(result.match).some((fields) => fields.includes("title"));
      const matchedName = inTitle ? null : matchedNameOf(entry, result.terms, fromAlternates);
      const wanted = normalize(text);
      const bonus =
        normalize(entry.title) === wanted
          ? EXACT_NAME_BONUS.title
          : entry.alsoKnownAs.some((name) => normalize(name) === wanted)
            ? EXACT_NAME_BONUS.other
            : 1;
      return [{ slug: id, score: Math.round(score * bonus * 100) / 100, matchedName }];
    })
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}
