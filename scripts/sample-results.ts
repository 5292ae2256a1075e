// Prints the tiers and top careers of the real catalog for the three designed answer sets, as a sanity
// check of the scoring (also used in release notes). Run: npx tsx --conditions=react-server scripts/sample-results.ts
import { scoredCareers } from "@/lib/assessment-data";
import { assess } from "@/lib/assessment/assess";
import { explainMatch } from "@/lib/assessment/explain";
import { TIERS } from "@/lib/assessment/stability";
import { DESIGNED_ANSWERS } from "@/tests/unit/fixtures/designed-answers";

const careers = scoredCareers();
const titles = new Map(careers.map((c) => [c.id, c.title]));
for (const [name, answers] of Object.entries(DESIGNED_ANSWERS)) {
  const result = assess(answers, careers);
  const leads = Object.entries(result.leads)
    .map(([model, lead]) => `${model} ${lead?.join("") ?? "no clear lead"}`)
    .join(", ");
  console.log(
    `\n${name}: a=${answers.join("")} → withheld ${result.withheld}, confidence ${result.confidence.level}` +
      ` [${result.confidence.flags.join(", ")}]; leads: ${leads}`,
  );
  for (const tier of TIERS) {
    const inTier = result.careers.filter((c) => c.tier === tier);
    console.log(`  ${tier} (${inTier.length}):`);
    for (const c of inTier) {
      const why = explainMatch(result, c.careerId);
      const first = why?.reasons[0];
      console.log(
        `    ${(titles.get(c.careerId) ?? c.careerId).padEnd(34)} index ${String(c.index).padStart(2)} ${String(c.band).padEnd(8)}` +
          ` stability ${(c.stability ?? 0).toFixed(2)}  ${first ? `${first.kind} ${first.model} ${first.dimensions.join("+")}` : ""}`,
      );
    }
  }
}
