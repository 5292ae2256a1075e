// Validates every career file: schema + cross-file rules (the same check that fails `next build`),
// then the editorial quality rules of lib/content/quality.ts, and prints every problem of both.
// Run: npm run validate:content
import { careersDir, readCareerSources } from "@/lib/content/files";
import { checkCareerQuality } from "@/lib/content/quality";
import { ContentError, formatContentProblems, validateCareers, type CareerRecord } from "@/lib/content/validate";
import { interestLetters, loadOccupations } from "@/lib/data/onet";

const sources = readCareerSources(careersDir());
const codes = new Set(loadOccupations().keys());
let failed = false;
let careers: CareerRecord[] = [];
try {
  careers = validateCareers(sources, codes);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  failed = true;
  // Still run the quality rules on the files that parse, so every problem shows in one run.
  try {
    careers = validateCareers(sources, codes, { checkRelated: false });
  } catch (inner) {
    if (!(inner instanceof ContentError)) throw inner;
    const bad = new Set(inner.problems.map((p) => p.path));
    careers = validateCareers(
      sources.filter((s) => !bad.has(s.path)),
      codes,
      { checkRelated: false },
    );
  }
}
const problems = checkCareerQuality(careers, interestLetters);
if (problems.length > 0) {
  console.error(formatContentProblems(problems).replace("failed validation", "failed the quality check"));
  failed = true;
}
if (failed) process.exit(1);
console.log(`content ok: ${careers.length} career files pass the schema and the quality check`);
