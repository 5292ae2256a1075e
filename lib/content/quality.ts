// Editorial quality rules on top of the schema (content round 1): minimum lengths, FAQ and school
// rules, RIASEC consistency with O*NET, and no 12+-word sentence shared by two career files
// (templated filler is a defect). Pure: takes validated records and O*NET interest letters.
import type { CareerRecord, FileProblem } from "./validate";

export const QUALITY_RULES = {
  bodyWords: { min: 150, max: 320 },
  /** Spanish needs about 12% more words for the same content. */
  bodyWordsEs: { min: 150, max: 360 },
  /** One FAQ question (same words) may appear in at most this many careers of one edition. */
  maxCareersPerFaqQuestion: 3,
  studyOverviewWords: 50,
  profileOverviewWords: 40,
  outlookWords: 100,
  pathDescriptionWords: 8,
  faqAnswerWords: 25,
  minPaths: 5,
  minFaq: 5,
  minSchools: 5,
  minSchoolCountries: 3,
  minRelated: 3,
  minSources: 2,
  sharedSentenceWords: 12,
} as const;

const SPANISH_SPEAKING = new Set([
  "Argentina", "Bolivia", "Chile", "Colombia", "Costa Rica", "Cuba", "Dominican Republic", "Ecuador",
  "El Salvador", "Equatorial Guinea", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama",
  "Paraguay", "Peru", "Puerto Rico", "Spain", "Uruguay", "Venezuela",
]);

/**
 * Figures and growth comparisons typed into prose: the page shows them from the data with source and
 * period, so prose that states them goes stale and contradicts the panel (round 1 called 4.5% "about
 * as fast as average" on one page and 4.6% "faster" on another).
 */
const TYPED_FIGURES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\b(faster|slower|quicker)\s+than\s+(the\s+)?average\b/i, what: "a growth comparison" },
  { pattern: /\bas\s+fast\s+as\s+(the\s+)?average\b/i, what: "a growth comparison" },
  { pattern: /\bm[aá]s\s+(r[aá]pido|lento)\s+que\s+(el\s+)?promedio\b/i, what: "a growth comparison" },
  { pattern: /\bal\s+ritmo\s+(del\s+)?promedio\b/i, what: "a growth comparison" },
  { pattern: /\d\s?(%|per\s?cent\b|por\s+ciento\b)/i, what: "a percentage" },
  { pattern: /[$€£]\s?\d|\d\s?(€|USD|dollars|d[oó]lares|euros)\b/i, what: "a money amount" },
];

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Splits prose into normalised sentences (lower case, punctuation and Markdown marks removed). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/[*_`>#]/g, " ")
    // A sentence ends at . ! or ? followed by a capital or digit, so "U.S. median" stays one sentence.
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“¿¡(])|\n{2,}/u)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean);
}

/** Every prose string of a career, with the field it came from. */
function proseFields(career: CareerRecord): { field: string; text: string }[] {
  return [
    { field: "summary", text: career.summary },
    { field: "body", text: career.body },
    { field: "outlook", text: career.outlook },
    { field: "study.overview", text: career.study.overview },
    { field: "profile.overview", text: career.profile.overview },
    ...career.study.routes.map((r, i) => ({ field: `study.routes[${i}].description`, text: r.description })),
    ...career.paths.map((p, i) => ({ field: `paths[${i}].description`, text: p.description })),
    ...career.faq.map((f, i) => ({ field: `faq[${i}].answer`, text: f.answer })),
  ];
}

export function checkCareerQuality(
  careers: readonly CareerRecord[],
  interestLetters: (onetSoc: string) => string[],
): FileProblem[] {
  const problems = new Map<string, string[]>();
  const report = (career: CareerRecord, message: string) => {
    const list = problems.get(career.sourcePath) ?? [];
    list.push(message);
    problems.set(career.sourcePath, list);
  };
  const R = QUALITY_RULES;

  for (const career of careers) {
    const words = (text: string) => countWords(text);
    const bodyWords = words(career.body);
    const bodyRange = career.locale === "en" ? R.bodyWords : R.bodyWordsEs;
    if (bodyWords < bodyRange.min || bodyWords > bodyRange.max)
      report(career, `body: description has ${bodyWords} words, expected ${bodyRange.min}-${bodyRange.max}`);
    for (const { field, text } of proseFields(career)) {
      for (const { pattern, what } of TYPED_FIGURES) {
        const hit = pattern.exec(text);
        if (hit)
          report(career, `${field}: "${hit[0]}" types ${what}; the page shows figures from the data, so describe demand in words`);
      }
    }
    if (words(career.study.overview) < R.studyOverviewWords)
      report(career, `study.overview: ${words(career.study.overview)} words, at least ${R.studyOverviewWords} expected`);
    if (words(career.profile.overview) < R.profileOverviewWords)
      report(career, `profile.overview: ${words(career.profile.overview)} words, at least ${R.profileOverviewWords} expected`);
    if (words(career.outlook) < R.outlookWords)
      report(career, `outlook: ${words(career.outlook)} words, at least ${R.outlookWords} expected`);
    if (career.paths.length < R.minPaths) report(career, `paths: ${career.paths.length} paths, at least ${R.minPaths} expected`);
    career.paths.forEach((p, i) => {
      if (words(p.description) < R.pathDescriptionWords)
        report(career, `paths[${i}].description: ${words(p.description)} words, at least ${R.pathDescriptionWords} expected`);
    });
    if (career.faq.length < R.minFaq) report(career, `faq: ${career.faq.length} entries, at least ${R.minFaq} expected`);
    career.faq.forEach((f, i) => {
      if (words(f.answer) < R.faqAnswerWords)
        report(career, `faq[${i}].answer: ${words(f.answer)} words, at least ${R.faqAnswerWords} expected`);
    });

    if (career.schools.length < R.minSchools)
      report(career, `schools: ${career.schools.length} schools, at least ${R.minSchools} expected`);
    const countries = new Set(career.schools.map((s) => s.country));
    if (countries.size < R.minSchoolCountries)
      report(career, `schools: ${countries.size} countries, at least ${R.minSchoolCountries} expected`);
    if (![...countries].some((c) => SPANISH_SPEAKING.has(c)))
      report(career, "schools: include at least one school in a Spanish-speaking country");
    if (!career.schools.some((s) => s.public || s.free))
      report(career, "schools: include at least one public or free option");
    const seenUrls = new Map<string, number>();
    career.schools.forEach((school, i) => {
      const url = school.url.replace(/\/+$/, "").toLowerCase();
      const first = seenUrls.get(url);
      if (first !== undefined) report(career, `schools[${i}].url: repeats schools[${first}].url`);
      else seenUrls.set(url, i);
    });

    if (career.related.length < R.minRelated)
      report(career, `related: ${career.related.length} related careers, at least ${R.minRelated} expected`);
    if (career.sources.length < R.minSources)
      report(career, `sources: ${career.sources.length} sources, at least ${R.minSources} expected`);

    const onetTop = interestLetters(career.onetSoc).slice(0, 2);
    if (onetTop.length > 0 && ![...career.profile.riasec].some((l) => onetTop.includes(l)))
      report(
        career,
        `profile.riasec: "${career.profile.riasec}" shares no letter with the top O*NET interests of ${career.onetSoc} (${onetTop.join("")})`,
      );
  }

  // FAQ questions repeated across many careers are template, not answers to what students ask.
  const askedBy = new Map<string, CareerRecord[]>();
  for (const career of careers) {
    for (const question of new Set(career.faq.map((f) => sentencesOf(f.question).join(" ")))) {
      askedBy.set(question, [...(askedBy.get(question) ?? []), career]);
    }
  }
  for (const [question, askers] of askedBy) {
    if (askers.length <= R.maxCareersPerFaqQuestion) continue;
    for (const career of askers.slice(R.maxCareersPerFaqQuestion))
      report(
        career,
        `faq: the question "${question}" is already asked by ${R.maxCareersPerFaqQuestion} careers (${askers
          .slice(0, R.maxCareersPerFaqQuestion)
          .map((c) => c.slug)
          .join(", ")}); ask something specific to this career`,
      );
  }

  // Shared long sentences across different files.
  const firstSeen = new Map<string, { career: CareerRecord; field: string }>();
  for (const career of careers) {
    for (const { field, text } of proseFields(career)) {
      for (const sentence of sentencesOf(text)) {
        if (countWords(sentence) < R.sharedSentenceWords) continue;
        const seen = firstSeen.get(sentence);
        if (!seen) firstSeen.set(sentence, { career, field });
        else if (seen.career.sourcePath !== career.sourcePath)
          report(
            career,
            `${field}: sentence also in ${seen.career.sourcePath} (${seen.field}): "${sentence.slice(0, 80)}…"`,
          );
      }
    }
  }

  return careers
    .filter((c) => problems.has(c.sourcePath))
    .map((c) => ({ path: c.sourcePath, messages: problems.get(c.sourcePath) ?? [] }));
}
