// Prints the top careers of the real catalog for a few designed answer sets, as a sanity check of
// the scoring (also used in release notes). Run: npx tsx --conditions=react-server scripts/sample-results.ts
import { scoredCareers } from "@/lib/assessment-data";
import { scoreAnswers, summarizePerson } from "@/lib/assessment/score";

const SETS: Record<string, number[]> = {
  // item:              1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21
  "investigative + realistic": [5, 5, 2, 2, 2, 3, 3, 3, 4, 2, 4, 2, 5, 2, 4, 2, 5, 3, 5, 4, 3],
  "social + artistic": [2, 2, 5, 5, 3, 2, 4, 3, 3, 4, 5, 5, 3, 3, 2, 3, 5, 5, 4, 4, 3],
  "enterprising + conventional": [2, 3, 2, 3, 5, 5, 2, 3, 2, 3, 3, 4, 2, 1, 1, 2, 3, 3, 5, 4, 4],
};

const careers = scoredCareers();
for (const [name, answers] of Object.entries(SETS)) {
  const result = scoreAnswers(answers, careers);
  const summary = summarizePerson(result.person);
  console.log(
    `\n${name}: a=${answers.join("")} → Holland ${summary.hollandCode}, confidence ${result.confidence.level}`,
  );
  for (const match of result.matches.slice(0, 5)) {
    const title = careers.find((c) => c.id === match.careerId)?.title ?? match.careerId;
    console.log(`  ${String(match.index).padStart(2)} ${match.band.padEnd(8)} ${title} — ${match.reasons[0] ?? ""}`);
  }
}
