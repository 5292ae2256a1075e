// Prints catalog statistics per edition: careers per category and per SOC major group, words per
// career, schools per country and the number of distinct FAQ questions.
// Run: npm run stats
import { careersDir, readCareerSources } from "@/lib/content/files";
import { CATEGORIES } from "@/lib/content/categories";
import { countWords, sentencesOf } from "@/lib/content/quality";
import { checkCareers, type CareerRecord } from "@/lib/content/validate";
import { loadOccupations } from "@/lib/data/onet";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES } from "@/lib/i18n/locales";

const occupations = loadOccupations();
const codes = new Set(occupations.keys());

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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const tally = <T,>(items: T[], key: (item: T) => string) => {
  const map = new Map<string, number>();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + 1);
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

const names = getDictionary("en").categories;
for (const locale of LOCALES) {
  const { records: careers, problems } = checkCareers(readCareerSources(careersDir(locale)), codes, {
    locale,
    checkRelated: false,
  });
  console.log(`\n## Edition "${locale}": ${careers.length} careers${problems.length ? ` (${problems.length} files with problems not counted)` : ""}`);
  if (careers.length === 0) continue;
  console.log("\n| Category | Careers |\n|---|---:|");
  for (const category of CATEGORIES)
    console.log(`| ${names[category.slug]?.name ?? category.slug} | ${careers.filter((c) => c.category === category.slug).length} |`);
  console.log("\n| SOC major group | Careers |\n|---|---:|");
  for (const [group, n] of tally(careers, (c) => {
    const o = occupations.get(c.onetSoc);
    return o ? `${o.socMajorGroup} ${o.socMajorGroupName}` : c.onetSoc.slice(0, 2);
  }).sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`| ${group} | ${n} |`);
  const counts = careers.map((c) => ({ slug: c.slug, words: wordsOf(c) })).sort((a, b) => a.words - b.words);
  const words = counts.map((c) => c.words);
  console.log(
    `\nWords per career (all prose fields): min ${words[0] ?? 0} (${counts[0]?.slug ?? "-"}), median ${median(words)}, max ${words.at(-1) ?? 0} (${counts.at(-1)?.slug ?? "-"}), total ${words.reduce((a, b) => a + b, 0)}`,
  );
  const bodies = careers.map((c) => countWords(c.body));
  console.log(`Description words: min ${Math.min(...bodies)}, median ${median(bodies)}, max ${Math.max(...bodies)}`);
  const schools = careers.flatMap((c) => c.schools);
  console.log(`\nSchools listed: ${schools.length} (${schools.filter((s) => s.public).length} public)`);
  console.log("\n| Country | Schools |\n|---|---:|");
  for (const [country, n] of tally(schools, (s) => s.country)) console.log(`| ${country} | ${n} |`);
  const questions = careers.flatMap((c) => c.faq.map((f) => sentencesOf(f.question).join(" ")));
  console.log(`\nFAQ: ${questions.length} questions, ${new Set(questions).size} distinct`);
}
