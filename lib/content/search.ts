// Catalog search: ranks careers by how well a query matches their title, other names, the O*NET
// alternate titles of their code, and their summary. Pure, so it runs on the server per request
// (works without JavaScript) and is unit-tested. Texts are tokenised once, in buildSearchIndex.

export interface SearchEntry {
  slug: string;
  title: string;
  summary: string;
  alsoKnownAs: readonly string[];
  alternateTitles: readonly string[];
}

export interface SearchHit {
  slug: string;
  score: number;
  /** The other name that matched, when the title itself did not. */
  matchedName: string | null;
}

interface IndexedName {
  name: string;
  words: string[];
}

interface IndexedEntry {
  slug: string;
  title: string[];
  summary: string[];
  alsoKnownAs: IndexedName[];
  alternateTitles: IndexedName[];
}

export type SearchIndex = readonly IndexedEntry[];

export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function tokens(text: string): string[] {
  return normalize(text).split(" ").filter(Boolean);
}

const indexName = (name: string): IndexedName => ({ name, words: tokens(name) });

export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  return entries.map((entry) => ({
    slug: entry.slug,
    title: tokens(entry.title),
    summary: tokens(entry.summary),
    alsoKnownAs: entry.alsoKnownAs.map(indexName),
    alternateTitles: entry.alternateTitles.map(indexName),
  }));
}

/** True when every query token starts some word of the text. */
function matchesAll(queryTokens: string[], words: string[]): boolean {
  return queryTokens.every((q) => words.some((w) => w.startsWith(q)));
}

export const MAX_QUERY_LENGTH = 100;

export function searchCareers(index: SearchIndex, query: string): SearchHit[] {
  const queryTokens = tokens(query.slice(0, MAX_QUERY_LENGTH));
  if (queryTokens.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let score = 0;
    let matchedName: string | null = null;
    if (matchesAll(queryTokens, entry.title)) score = 100;
    else {
      const other = entry.alsoKnownAs.find((n) => matchesAll(queryTokens, n.words));
      const alternate = other ? undefined : entry.alternateTitles.find((n) => matchesAll(queryTokens, n.words));
      if (other) {
        score = 60;
        matchedName = other.name;
      } else if (alternate) {
        score = 40;
        matchedName = alternate.name;
      } else if (matchesAll(queryTokens, entry.summary)) score = 20;
    }
    if (score > 0) hits.push({ slug: entry.slug, score, matchedName });
  }
  return hits.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}
