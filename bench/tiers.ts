// Scale report for stability tiers (scoring brief item 9). For catalogs of 74 (the real catalog), 300 and
// 923 careers (every O*NET occupation with interest data) and for uniform-random and simulated answer
// sets: withheld share, tier sizes, #1 stability and the #1-#10 match-index spread, before (v1: raw
// weights = design weights, v1 knots and Big Five norms) and after (v2). Both use the same retest noise;
// v1 is emulated on the v2 fast path with v1's constants (same similarity formulas).
// Also measures the candidate shortcut (K = 60) against rescoring every career in each retest.
// Run: npx tsx --conditions=react-server bench/tiers.ts   → bench/results/tiers.{md,json}
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { assess, type AssessmentResult, type ScoredCareer } from "@/lib/assessment/assess";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import type { CalibrationData } from "@/lib/assessment/calibration";
import { buildCatalog } from "@/lib/assessment/catalog";
import { measureInfluence, similarityCovariances } from "@/lib/assessment/influence";
import { DIMENSIONS, MODELS, MODEL_WEIGHTS } from "@/lib/assessment/models";
import { buildOccupationProfiles } from "@/lib/assessment/profiles";
import { isWithheld } from "@/lib/assessment/quality";
import { RETEST, TIERS } from "@/lib/assessment/stability";
import { simulateRespondents, uniformRespondents } from "@/lib/assessment/simulate";
import { scoredCareers } from "@/lib/assessment-data";
import { loadOccupations, loadOnetSignals } from "@/lib/data/onet";
import { DESIGNED_ANSWERS } from "@/tests/unit/fixtures/designed-answers";
import { fixed, table } from "./md";

const SETS_PER_KIND = 60;
const SEED = 20261204;

/** v1 constants (git show main:lib/assessment/calibration-data.ts and similarity.ts, version 1). */
const V1: CalibrationData = {
  ...CALIBRATION,
  rawWeights: { ...MODEL_WEIGHTS },
  knots: [
    [0.203572, 1],
    [0.309685, 10],
    [0.390166, 25],
    [0.492709, 50],
    [0.594035, 67],
    [0.675814, 80],
    [0.718755, 86],
    [0.787162, 92],
    [0.846908, 96],
  ],
  personNorms: {
    ...CALIBRATION.personNorms,
    bigFive: Object.fromEntries(DIMENSIONS.bigFive.map((t) => [t, { mean: 0.55, sd: 0.2 }])),
  },
};

interface Stats {
  sets: number;
  withheld: number;
  veryLikely: number;
  likely: number;
  worthALook: number;
  emptyVeryLikely: number;
  firstStability: number;
  /** Share of retests in which the #1 stays #1 (the issue's "#1 survives" figure). */
  firstStaysFirst: number;
  spread: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

function summarise(results: AssessmentResult[], firstOnly: AssessmentResult[]): Stats {
  const shown = results.filter((r) => !r.withheld);
  const count = (r: AssessmentResult, tier: string) => r.careers.filter((c) => c.tier === tier).length;
  return {
    sets: results.length,
    withheld: (results.length - shown.length) / results.length,
    veryLikely: mean(shown.map((r) => count(r, "very-likely"))),
    likely: mean(shown.map((r) => count(r, "likely"))),
    worthALook: mean(shown.map((r) => count(r, "worth-a-look"))),
    emptyVeryLikely: mean(shown.map((r) => (count(r, "very-likely") === 0 ? 1 : 0))),
    firstStability: mean(shown.map((r) => r.careers[0]?.stability ?? 0)),
    firstStaysFirst: mean(firstOnly.filter((r) => !r.withheld).map((r) => r.careers[0]?.stability ?? 0)),
    spread: mean(shown.map((r) => (r.careers[0]?.index ?? 0) - (r.careers[9]?.index ?? 0))),
  };
}

function main(): void {
  const signals = loadOnetSignals();
  const titles = loadOccupations();
  const profiles = buildOccupationProfiles(signals);
  const occupations: ScoredCareer[] = [...signals.values()].flatMap((s) => {
    const profile = s.riasec !== null ? profiles.get(s.code) : undefined;
    return profile ? [{ id: s.code, title: titles.get(s.code)?.title ?? s.code, profile }] : [];
  });
  // 300 careers: every third-ish occupation, spread over all SOC groups.
  const step = occupations.length / 300;
  const three = Array.from({ length: 300 }, (_, i) => occupations[Math.floor(i * step)]).filter(
    (c): c is ScoredCareer => c !== undefined,
  );
  const catalogs: [string, ScoredCareer[]][] = [
    ["74 (real catalog)", scoredCareers()],
    ["300 (O*NET sample)", three],
    [`${occupations.length} (all O*NET with interests)`, occupations],
  ];
  const kinds: [string, number[][]][] = [
    ["random", uniformRespondents(SETS_PER_KIND, SEED)],
    ["simulated", simulateRespondents(SETS_PER_KIND, SEED + 1)],
  ];

  const rows: { catalog: string; kind: string; before: Stats; after: Stats }[] = [];
  for (const [catalogLabel, careers] of catalogs) {
    for (const [kind, sets] of kinds) {
      // v1 never withheld anything; compare both on the answer sets v2 shows.
      const after = sets.map((answers) => assess(answers, careers));
      const afterFirst = sets.map((answers) => assess(answers, careers, { retest: { top: 1 } }));
      const beforeSets = sets.filter((answers) => !isWithheld(answers));
      const before = beforeSets.map((answers) => assess(answers, careers, { calibration: V1 }));
      const beforeFirst = beforeSets.map((answers) =>
        assess(answers, careers, { calibration: V1, retest: { top: 1 } }),
      );
      rows.push({
        catalog: catalogLabel,
        kind,
        before: summarise(before, beforeFirst),
        after: summarise(after, afterFirst),
      });
      console.log(`${catalogLabel} × ${kind}: done`);
    }
  }

  // Candidate shortcut: share of retest top-10 places that careers outside the K best would have taken.
  // (The top-1 runs above also rescore only the K best, which is ample for #1.)
  const shortcut = kinds.map(([kind, sets]) => {
    const shares = sets
      .filter((answers) => !isWithheld(answers))
      .slice(0, 20)
      .map((answers) => {
        const full = assess(answers, occupations, { retest: { candidates: occupations.length } });
        const outside = full.careers.slice(RETEST.candidates).reduce((sum, c) => sum + (c.stability ?? 0), 0);
        return outside / RETEST.top;
      });
    return { kind, meanShare: mean(shares), maxShare: Math.max(...shares) };
  });

  // Influence at v1 (raw = design) and v2 raw weights, on a fresh simulated sample × 923 occupations.
  const sample = simulateRespondents(400, SEED + 2).filter((answers) => !isWithheld(answers));
  const covariances = similarityCovariances(
    buildCatalog(occupations, CALIBRATION.occupationNorms),
    sample,
    CALIBRATION.personNorms.bigFive,
  );
  const influenceV1 = measureInfluence(covariances, MODEL_WEIGHTS);
  const influenceV2 = measureInfluence(covariances, CALIBRATION.rawWeights);

  const designed = Object.entries(DESIGNED_ANSWERS).map(([name, answers]) => {
    const result = assess(answers, scoredCareers());
    const titleOf = new Map(scoredCareers().map((c) => [c.id, c.title]));
    return {
      name,
      answers: answers.join(""),
      withheld: result.withheld,
      confidence: result.confidence,
      leads: result.leads,
      tiers: Object.fromEntries(
        TIERS.map((tier) => [
          tier,
          result.careers
            .filter((c) => c.tier === tier)
            .map((c) => titleOf.get(c.careerId) ?? c.careerId)
            .sort(),
        ]),
      ),
      top5: result.careers
        .slice(0, 5)
        .map((c) => ({ title: titleOf.get(c.careerId), index: c.index, stability: c.stability })),
    };
  });

  const md = [
    "# Stability tiers at scale (bench/tiers.ts)",
    "",
    `${SETS_PER_KIND} answer sets per kind (random = uniform 1-5 per item, seed ${SEED}; simulated = the calibration's simulated respondents, seed ${SEED + 1}). ` +
      `Retest noise: each answer ±1 with p = ${RETEST.moveProbability}, ${RETEST.runs} retests, top ${RETEST.top}, K = ${RETEST.candidates} candidates. ` +
      "Before = v1 constants (raw weights = design weights .40/.20/.20/.15/.05, v1 knots, Big Five person norms .55/.20) on the same formulas and noise; v1 had no tiers and withheld nothing, so it is compared on the answer sets v2 shows. " +
      "Tier sizes and spreads are means over the shown answer sets; spread = index of #1 − index of #10.",
    "",
    table(
      [
        "catalog",
        "answers",
        "withheld (v2)",
        "#1 stays #1, before → after",
        "#1 stays in top 10, before → after",
        "#1-#10 spread before → after",
        "very-likely",
        "likely",
        "worth-a-look",
        "no very-likely",
      ],
      rows.map((r) => [
        r.catalog,
        r.kind,
        `${fixed(r.after.withheld * 100, 0)} %`,
        `${fixed(r.before.firstStaysFirst, 2)} → ${fixed(r.after.firstStaysFirst, 2)}`,
        `${fixed(r.before.firstStability, 2)} → ${fixed(r.after.firstStability, 2)}`,
        `${fixed(r.before.spread, 1)} → ${fixed(r.after.spread, 1)}`,
        fixed(r.after.veryLikely, 1),
        fixed(r.after.likely, 1),
        fixed(r.after.worthALook, 1),
        `${fixed(r.after.emptyVeryLikely * 100, 0)} %`,
      ]),
    ),
    "",
    "## Model influence (share of score variance across 923 occupations, 400 fresh simulated respondents)",
    "",
    table(
      ["model", "design weight", "v1 influence (raw = design)", "v2 raw weight", "v2 influence"],
      MODELS.map((m) => [
        m,
        fixed(MODEL_WEIGHTS[m], 2),
        fixed(influenceV1[m], 3),
        fixed(CALIBRATION.rawWeights[m], 3),
        fixed(influenceV2[m], 3),
      ]),
    ),
    "",
    "## Candidate shortcut (923 careers, 20 shown answer sets per kind, every career rescored in each retest)",
    "",
    table(
      ["answers", "mean share of retest top-10 places outside the K best", "max"],
      shortcut.map((s) => [s.kind, `${fixed(s.meanShare * 100, 2)} %`, `${fixed(s.maxShare * 100, 2)} %`]),
    ),
    "",
    "## Designed answer sets (real catalog of 74)",
    "",
    ...designed.flatMap((d) => [
      `**${d.name}** (a=${d.answers}): withheld ${d.withheld}, confidence ${d.confidence.level}${d.confidence.flags.length ? ` (${d.confidence.flags.join(", ")})` : ""}; ` +
        `leads ${MODELS.map((m) => `${m} ${d.leads[m]?.join("+") ?? "none"}`).join(", ")}`,
      "",
      ...TIERS.map((tier) => `- ${tier}: ${(d.tiers[tier] ?? []).join(", ") || "—"}`),
      "",
    ]),
  ].join("\n");
  const dir = path.join(process.cwd(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "tiers.md"), md + "\n");
  writeFileSync(
    path.join(dir, "tiers.json"),
    JSON.stringify(
      {
        seed: SEED,
        setsPerKind: SETS_PER_KIND,
        retest: RETEST,
        rows,
        shortcut,
        influence: { v1: influenceV1, v2: influenceV2 },
        designed,
      },
      null,
      2,
    ) + "\n",
  );
  console.log(md);
}

main();
