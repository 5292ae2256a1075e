// Prints catalog statistics: careers per category and words per career (min / median / max).
// Run: npm run stats
import { careersDir, readCareerSources } from "@/lib/content/files";
import { CATEGORIES } from "@/lib/content/categories";
import { countWords } from "@/lib/content/quality";
import { validateCareers, type CareerRecord } from "@/lib/content/validate";
import { loadOccupations } from "@/lib/data/onet";

const careers = validateCareers(readCareerSources(careersDir()), new Set(loadOccupations().keys()), {
  checkRelated: false,
});

function wordsOf(career: CareerRecord): number {
  const prose = [
    career.body,
    career.outlook,
    career.study.overview,
    career.profile.overview,
    ...career.study.routes.map((r) => `${r.name} ${r.description}`),
    ...career.paths.map((p) => `${p.title} ${p.description}`),
    ...career.faq.map((f) => `${f.question} ${f.answer}`),
    ...career.profile.interests,
    ...career.profile.strengths,
    ...career.skills.technical,
    ...career.skills.human,
  ];
  return prose.reduce((sum, text) => sum + countWords(text), 0);
}

const counts = careers.map((c) => ({ slug: c.slug, words: wordsOf(c) })).sort((a, b) => a.words - b.words);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

console.log(`Careers: ${careers.length}`);
console.log("\n| Category | Careers |\n|---|---:|");
for (const category of CATEGORIES) {
  console.log(`| ${category.name} | ${careers.filter((c) => c.category === category.slug).length} |`);
}
const words = counts.map((c) => c.words);
console.log(
  `\nWords per career (all prose fields): min ${words[0] ?? 0} (${counts[0]?.slug ?? "-"}), median ${median(words)}, max ${words.at(-1) ?? 0} (${counts.at(-1)?.slug ?? "-"}), total ${words.reduce((a, b) => a + b, 0)}`,
);
const bodies = careers.map((c) => countWords(c.body));
console.log(`Description words: min ${Math.min(...bodies)}, median ${median(bodies)}, max ${Math.max(...bodies)}`);
console.log(
  `Schools listed: ${careers.reduce((n, c) => n + c.schools.length, 0)} in ${new Set(careers.flatMap((c) => c.schools.map((s) => s.country))).size} countries`,
);
console.log(`FAQ entries: ${careers.reduce((n, c) => n + c.faq.length, 0)}`);
