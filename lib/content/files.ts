// Where career files live and how they are read. No "server-only" marker: the proxy (Node runtime)
// uses listCareerSlugs (career ids) to answer unknown-career result links with a 404 before rendering.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/**
 * Folder of a locale's career files. English lives in content/careers; another edition lives in
 * content/<locale>/careers under its own slugs. RUMBO_CONTENT_DIR points benchmarks elsewhere.
 */
export function careersDir(locale: Locale = DEFAULT_LOCALE): string {
  const root = process.env.RUMBO_CONTENT_DIR ?? path.join(process.cwd(), "content");
  return locale === DEFAULT_LOCALE
    ? path.join(/*turbopackIgnore: true*/ root, "careers")
    : path.join(/*turbopackIgnore: true*/ root, locale, "careers");
}

function careerFiles(dir: string): string[] {
  // An edition folder that does not exist yet is an edition with no careers.
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md"))
    .sort();
}

export function readCareerSources(dir: string): { path: string; raw: string }[] {
  return careerFiles(dir).map((file) => {
    const full = path.join(/*turbopackIgnore: true*/ dir, file);
    return { path: path.relative(process.cwd(), full), raw: readFileSync(full, "utf8") };
  });
}

let slugCache: ReadonlySet<string> | undefined;

/** Career ids: the slugs of the English files (the build guarantees each one is valid). */
export function listCareerSlugs(): ReadonlySet<string> {
  slugCache ??= new Set(careerFiles(careersDir()).map((file) => file.slice(0, -".md".length)));
  return slugCache;
}

/** Whether a slug names a career of the catalog: the check every link parser is given. */
export const isKnownCareer = (id: string): boolean => listCareerSlugs().has(id);
