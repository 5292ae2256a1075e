// Validates every career file of every edition: schema + cross-file rules (the same check that fails
// `next build`), the cross-edition rules (same O*NET code, category and related careers, and every
// career in every edition), then the editorial quality rules of lib/content/quality.ts per edition,
// and prints every problem at once.
// Run: npm run validate:content
import { careersDir, readCareerSources } from "@/lib/content/files";
import { checkCareerQuality } from "@/lib/content/quality";
import { checkCareers, checkEditions, formatContentProblems, type FileProblem } from "@/lib/content/validate";
import { interestLetters, loadOccupations } from "@/lib/data/onet";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

const codes = new Set(loadOccupations().keys());
let failed = false;
const print = (problems: FileProblem[], what: string) => {
  if (problems.length === 0) return;
  console.error(formatContentProblems(problems).replace("failed validation", what));
  failed = true;
};

const english = checkCareers(readCareerSources(careersDir(DEFAULT_LOCALE)), codes, { locale: DEFAULT_LOCALE });
print(english.problems, "failed validation");
print(checkCareerQuality(english.records, interestLetters), "failed the quality check");
const counts = [`${DEFAULT_LOCALE}: ${english.records.length}`];

for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  const edition = checkCareers(readCareerSources(careersDir(locale)), codes, { locale });
  print(edition.problems, `failed validation (${locale})`);
  const linked = checkEditions(english.records, edition.records);
  print(linked.problems, `do not match their English file (${locale})`);
  print(checkCareerQuality(linked.records, interestLetters), `failed the quality check (${locale})`);
  counts.push(`${locale}: ${linked.records.length}`);
  // Every career exists in every edition: a career added in English arrives with its Spanish edition.
  if (linked.missing.length > 0) {
    console.error(`${locale}: ${linked.missing.length} careers have no ${locale} edition: ${linked.missing.join(", ")}`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log(`content ok: career files per edition pass the schema and the quality check (${counts.join(", ")})`);
