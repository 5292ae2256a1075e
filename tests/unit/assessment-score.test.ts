// Scoring behaviour against the real O*NET profiles: bounds, determinism, mirrored profiles, monotonicity,
// reachability of every dimension, ordering rules, explanations and confidence.
import { beforeAll, describe, expect, it } from "vitest";
import { loadOccupations, loadOnetSignals } from "@/lib/data/onet";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import { assessConfidence, CONFIDENCE_FLAGS } from "@/lib/assessment/confidence";
import { DIMENSIONS, DIMENSION_LABELS, MODELS, MODEL_WEIGHTS, type Model } from "@/lib/assessment/models";
import { buildOccupationProfiles, standardise, type CareerProfile } from "@/lib/assessment/profiles";
import { QUESTIONS } from "@/lib/assessment/questions";
import {
  matchRaw,
  profilePerson,
  scoreAnswers,
  standardiseCareer,
  summarizePerson,
  type ScoredCareer,
} from "@/lib/assessment/score";
import { simulateRespondents, uniformRespondents } from "@/lib/assessment/simulate";
import { estimateTopStability } from "@/lib/assessment/stability";

let careers: ScoredCareer[];
let byId: Map<string, ScoredCareer>;

beforeAll(() => {
  const signals = loadOnetSignals();
  const occupations = loadOccupations();
  const profiles = buildOccupationProfiles(signals);
  careers = [...signals.values()]
    .filter((s) => s.riasec !== null)
    .flatMap((s) => {
      const profile = profiles.get(s.code);
      return profile ? [{ id: s.code, title: occupations.get(s.code)?.title ?? s.code, profile }] : [];
    });
  byId = new Map(careers.map((c) => [c.id, c]));
});

function career(id: string): ScoredCareer {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown career ${id}`);
  return found;
}

const rankOf = (answers: readonly number[], id: string): number =>
  scoreAnswers(answers, careers).matches.findIndex((m) => m.careerId === id) + 1;

/**
 * Answers that mirror a career through the key: each dimension gets a target in −1..1 (Holland from the
 * career's own profile shape, the others from its standardised profile), and each item takes the answer
 * closest to its loading-weighted target.
 */
function mirrorAnswers(profile: CareerProfile): number[] {
  const target = new Map<string, number>();
  const holland = DIMENSIONS.holland.map((d) => profile.models.holland[d] ?? 0);
  const mean = holland.reduce((a, b) => a + b, 0) / holland.length;
  const spread = Math.max(...holland.map((x) => Math.abs(x - mean)));
  DIMENSIONS.holland.forEach((d, i) => target.set(`holland.${d}`, ((holland[i] ?? mean) - mean) / spread));
  for (const model of MODELS.filter((m) => m !== "holland")) {
    const z = standardise(model, profile.models[model], CALIBRATION.occupationNorms);
    for (const [d, value] of Object.entries(z)) target.set(`${model}.${d}`, Math.max(-1, Math.min(1, value / 2)));
  }
  return QUESTIONS.map((question) => {
    let sum = 0;
    let weights = 0;
    for (const { model, dimension, weight } of question.loadings) {
      sum += weight * (target.get(`${model}.${dimension}`) ?? 0);
      weights += Math.abs(weight);
    }
    return Math.max(1, Math.min(5, Math.round(3 + (2 * sum) / weights)));
  });
}

//                                     1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21
const INVESTIGATIVE_REALISTIC = [5, 5, 2, 2, 2, 3, 3, 4, 4, 2, 4, 2, 5, 2, 4, 2, 5, 3, 5, 4, 3];
const SOCIAL_ARTISTIC = [1, 2, 5, 5, 3, 2, 3, 2, 2, 4, 4, 5, 2, 4, 2, 3, 5, 5, 4, 4, 2];
const ENTERPRISING_CONVENTIONAL = [2, 3, 2, 3, 5, 5, 1, 3, 1, 3, 3, 4, 2, 1, 1, 2, 3, 3, 5, 3, 4];

describe("profilePerson", () => {
  it("scores neutral answers as 0.5 everywhere and keeps every dimension within 0-1", () => {
    const neutral = profilePerson(Array.from({ length: 21 }, () => 3));
    for (const model of MODELS) for (const value of Object.values(neutral.models[model])) expect(value).toBe(0.5);
    for (const answers of uniformRespondents(50, 7)) {
      const person = profilePerson(answers);
      for (const model of MODELS) {
        for (const value of Object.values(person.models[model])) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it("follows reverse keying: agreeing with item 14 lowers Big Five conscientiousness", () => {
    const base = Array.from({ length: 21 }, () => 3);
    const agreeWith14 = base.map((a, i) => (i === 13 ? 5 : a));
    expect(profilePerson(agreeWith14).models.bigFive.C).toBeLessThan(0.5);
  });

  it("rejects answers that are not 21 integers from 1 to 5", () => {
    expect(() => profilePerson([1, 2, 3])).toThrow(RangeError);
    expect(() => profilePerson(Array.from({ length: 21 }, () => 0))).toThrow(RangeError);
  });

  it("can put every dimension of every model on top", () => {
    for (const model of MODELS) {
      for (const dimension of DIMENSIONS[model]) {
        const margin = (answers: number[]) => {
          const vector = profilePerson(answers).models[model];
          const others = DIMENSIONS[model].filter((d) => d !== dimension).map((d) => vector[d] ?? 0);
          return (vector[dimension] ?? 0) - Math.max(...others);
        };
        // Coordinate ascent over the 21 answers: a deterministic search for the best answer set.
        const answers = Array.from({ length: 21 }, () => 3);
        let improved = true;
        while (improved) {
          improved = false;
          for (let i = 0; i < answers.length; i++) {
            for (let value = 1; value <= 5; value++) {
              const trial = answers.map((a, j) => (j === i ? value : a));
              if (margin(trial) > margin(answers) + 1e-12) {
                answers.splice(0, answers.length, ...trial);
                improved = true;
              }
            }
          }
        }
        expect(margin(answers), `${model}.${dimension}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("scoreAnswers", () => {
  it("keeps indexes within 0-97, similarities within 0-1, and contributions = weight × similarity", () => {
    for (const answers of [
      ...uniformRespondents(4, 11),
      INVESTIGATIVE_REALISTIC,
      Array.from({ length: 21 }, () => 1),
    ]) {
      const { matches } = scoreAnswers(answers, careers);
      expect(matches).toHaveLength(careers.length);
      for (const match of matches) {
        expect(Number.isInteger(match.index)).toBe(true);
        expect(match.index).toBeGreaterThanOrEqual(0);
        expect(match.index).toBeLessThanOrEqual(97);
        expect(match.rawScore).toBeGreaterThanOrEqual(0);
        expect(match.rawScore).toBeLessThanOrEqual(1);
        const total = match.breakdown.reduce((sum, b) => sum + b.contribution, 0);
        expect(total).toBeCloseTo(match.rawScore, 10);
        for (const b of match.breakdown) {
          expect(b.similarity).toBeGreaterThanOrEqual(0);
          expect(b.similarity).toBeLessThanOrEqual(1);
          expect(b.weight).toBe(MODEL_WEIGHTS[b.model]);
          expect(b.contribution).toBeCloseTo(b.weight * b.similarity, 12);
        }
      }
    }
  });

  it("is deterministic", () => {
    expect(scoreAnswers(SOCIAL_ARTISTIC, careers)).toEqual(scoreAnswers(SOCIAL_ARTISTIC, careers));
  });

  it("sorts by unrounded score, marks near neighbours as similar, and bands by index", () => {
    const { matches } = scoreAnswers(ENTERPRISING_CONVENTIONAL, careers);
    matches.forEach((match, i) => {
      const previous = matches[i - 1];
      if (previous) {
        expect(previous.rawScore).toBeGreaterThanOrEqual(match.rawScore);
        expect(match.similarToPrevious).toBe(previous.index - match.index <= 3);
      } else {
        expect(match.similarToPrevious).toBe(false);
      }
      const expected =
        match.index >= 75 ? "strong" : match.index >= 60 ? "good" : match.index >= 45 ? "possible" : "weak";
      expect(match.band).toBe(expected);
    });
  });

  it("breaks exact ties by career id, so equal careers keep a stable order", () => {
    const twin = career("15-1252.00");
    const duplicated = [{ ...twin, id: "zz-twin" }, twin, { ...twin, id: "aa-twin" }];
    const ids = scoreAnswers(INVESTIGATIVE_REALISTIC, duplicated).matches.map((m) => m.careerId);
    expect(ids).toEqual(["15-1252.00", "aa-twin", "zz-twin"]);
  });

  it("flags estimated models in the breakdown", () => {
    const { matches } = scoreAnswers(INVESTIGATIVE_REALISTIC, [career("15-1252.00")]);
    const estimated = matches[0]?.breakdown.filter((b) => b.estimated).map((b) => b.model);
    expect(estimated).toEqual(["mmmg"]);
  });

  it("ranks a career near the top for answers that mirror its own profile", () => {
    const spotChecks = [
      "19-2012.00",
      "29-1141.00",
      "13-2011.00",
      "27-1024.00",
      "33-3051.00",
      "47-2111.00",
      "15-1252.00",
      "25-2031.00",
    ];
    for (const id of spotChecks) {
      expect(rankOf(mirrorAnswers(career(id).profile), id), id).toBeLessThanOrEqual(25);
    }
    // Across a spread of careers the typical mirror lands in the top 2 % of 923.
    const sample = careers.filter((_, i) => i % 20 === 0);
    const ranks = sample.map((c) => rankOf(mirrorAnswers(c.profile), c.id)).sort((a, b) => a - b);
    expect(ranks[Math.floor(ranks.length / 2)]).toBeLessThanOrEqual(18);
  });

  it("raises an investigative career when Investigative-keyed answers go up", () => {
    const rawFor = (id: string, answers: readonly number[]) => {
      const profile = career(id).profile;
      return matchRaw(profilePerson(answers), profile, standardiseCareer(profile, CALIBRATION.occupationNorms)).raw;
    };
    // Item 7 also keys health care (CHASIDE S 1.0, Holland S 0.5), which rightly lowers a physicist match,
    // so the investigative items here are the I-keyed ones without a health-care key.
    const investigativeItems = QUESTIONS.filter(
      (q) =>
        q.loadings.some((l) => l.model === "holland" && l.dimension === "I" && l.weight > 0) &&
        !q.loadings.some((l) => l.model === "chaside" && l.dimension === "S"),
    ).map((q) => q.id);
    expect(investigativeItems).toEqual([2, 9, 17]);
    for (const id of ["19-2012.00", "19-2031.00", "15-2021.00"]) {
      for (const before of simulateRespondents(40, 99)) {
        // One step up on the primary Investigative item (2) never lowers the match.
        if ((before[1] ?? 5) < 5) {
          const stepped = before.map((a, i) => (i === 1 ? a + 1 : a));
          expect(rawFor(id, stepped), id).toBeGreaterThan(rawFor(id, before));
        }
        const after = before.map((answer, i) => (investigativeItems.includes(i + 1) ? 5 : answer));
        if (after.some((a, i) => a !== before[i])) expect(rawFor(id, after), id).toBeGreaterThan(rawFor(id, before));
      }
    }
    const base = Array.from({ length: 21 }, () => 3);
    const raised = base.map((a, i) => (investigativeItems.includes(i + 1) ? 5 : a));
    expect(rankOf(raised, "19-2012.00")).toBeLessThan(rankOf(base, "19-2012.00"));
    // …and the health item lifts a health career instead.
    const health = base.map((a, i) => (i === 6 ? 5 : a));
    expect(rawFor("29-1141.00", health)).toBeGreaterThan(rawFor("29-1141.00", base));
  });

  it("puts sensible careers first for three contrasting answer sets", () => {
    const top = (answers: number[]) =>
      scoreAnswers(answers, careers)
        .matches.slice(0, 10)
        .map((m) => m.careerId);
    const majorGroups = (ids: string[]) => ids.map((id) => id.slice(0, 2));
    // Architecture/engineering (17) or life, physical and social science (19).
    expect(
      majorGroups(top(INVESTIGATIVE_REALISTIC)).filter((g) => g === "17" || g === "19").length,
    ).toBeGreaterThanOrEqual(7);
    // Education (25), arts and media (27), community and social service (21), health (29).
    expect(
      majorGroups(top(SOCIAL_ARTISTIC)).filter((g) => ["21", "25", "27", "29"].includes(g)).length,
    ).toBeGreaterThanOrEqual(7);
    // Management (11), business and financial (13), office and administrative (43).
    expect(
      majorGroups(top(ENTERPRISING_CONVENTIONAL)).filter((g) => ["11", "13", "43"].includes(g)).length,
    ).toBeGreaterThanOrEqual(7);
  });
});

describe("explanations", () => {
  it("gives every match 2-3 reasons and one caution", () => {
    for (const answers of [INVESTIGATIVE_REALISTIC, SOCIAL_ARTISTIC, Array.from({ length: 21 }, () => 3)]) {
      for (const match of scoreAnswers(answers, careers).matches) {
        expect(match.reasons.length, match.careerId).toBeGreaterThanOrEqual(2);
        expect(match.reasons.length, match.careerId).toBeLessThanOrEqual(3);
        expect(match.caution).toMatch(/^Might not suit you if /);
      }
    }
  });

  it("names only Holland types and study areas that pushed the score up", () => {
    for (const answers of [INVESTIGATIVE_REALISTIC, SOCIAL_ARTISTIC, ENTERPRISING_CONVENTIONAL]) {
      const person = profilePerson(answers);
      for (const match of scoreAnswers(answers, careers).matches.slice(0, 30)) {
        const profile = career(match.careerId).profile;
        const { similarities } = matchRaw(person, profile, standardiseCareer(profile, CALIBRATION.occupationNorms));
        const hollandReason = match.reasons.find((r) => r.includes(" work is largely "));
        expect(hollandReason, match.careerId).toBeDefined();
        for (const letter of DIMENSIONS.holland) {
          const name = DIMENSION_LABELS.holland[letter]?.name ?? letter;
          if (hollandReason?.split(" work is largely ")[1]?.includes(name)) {
            expect(similarities.holland.detail.contributions[letter], `${match.careerId} ${letter}`).toBeGreaterThan(0);
          }
        }
        const areaReason = match.reasons.find((r) => r.includes("main study area for this career: "));
        const areaName = areaReason?.split("main study area for this career: ")[1] ?? "";
        for (const area of DIMENSIONS.chaside) {
          if (areaName.startsWith(DIMENSION_LABELS.chaside[area]?.name ?? "?")) {
            expect(similarities.chaside.detail.contributions[area], `${match.careerId} ${area}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it("uses the career title and warns about what the person rated low", () => {
    const [first] = scoreAnswers(SOCIAL_ARTISTIC, careers).matches;
    expect(first?.reasons.join(" ")).toContain(career(first?.careerId ?? "").title);
    const accountants = scoreAnswers(SOCIAL_ARTISTIC, [career("13-2011.00")]).matches[0];
    expect(accountants?.caution).toMatch(/records|budgets|organised|Conventional/i);
  });

  it("says when a reason rests on an estimated part of the profile", () => {
    const reasons = scoreAnswers(ENTERPRISING_CONVENTIONAL, [career("13-1082.00")]).matches[0]?.reasons ?? [];
    const estimatedModels: Model[] = career("13-1082.00").profile.estimated.map((e) => e.model);
    expect(estimatedModels.length).toBeGreaterThan(0);
    expect(reasons.some((r) => r.includes("estimated from similar careers"))).toBe(true);
  });
});

describe("summarizePerson", () => {
  it("reports the top three Holland letters, top areas and values", () => {
    const summary = summarizePerson(profilePerson(INVESTIGATIVE_REALISTIC));
    expect(summary.hollandCode).toHaveLength(3);
    expect(summary.hollandCode.slice(0, 2).split("").sort().join("")).toBe("IR");
    expect(summary.topChaside).toContain("I");
    expect(summary.topValues).toHaveLength(2);
    expect(summary.sentence).toContain("Investigative");
    expect(
      summarizePerson(profilePerson(ENTERPRISING_CONVENTIONAL)).hollandCode.slice(0, 2).split("").sort().join(""),
    ).toBe("CE");
  });
});

describe("confidence", () => {
  const varied = INVESTIGATIVE_REALISTIC;
  const level = (answers: number[]) => scoreAnswers(answers, [career("15-1252.00")]).confidence;

  it("is high for varied, consistent answers", () => {
    expect(level(varied)).toEqual({ level: "high", flags: [] });
  });

  it("is low for all-neutral answers", () => {
    const result = level(Array.from({ length: 21 }, () => 3));
    expect(result.level).toBe("low");
    expect(result.flags).toContain(CONFIDENCE_FLAGS.neutral);
  });

  it("is low for all-agree answers, naming straight-lining and acquiescence", () => {
    const result = level(Array.from({ length: 21 }, () => 5));
    expect(result.level).toBe("low");
    expect(result.flags).toEqual(
      expect.arrayContaining([CONFIDENCE_FLAGS.straightLining, CONFIDENCE_FLAGS.acquiescence]),
    );
  });

  it("is low for a run of 10 identical answers inside otherwise varied ones", () => {
    const answers = varied.map((a, i) => (i >= 5 && i < 15 ? 4 : a));
    expect(level(answers).level).toBe("low");
    expect(level(answers).flags).toContain(CONFIDENCE_FLAGS.straightLining);
  });

  it("drops to medium when both halves of opposite pairs are agreed with", () => {
    const answers = [...varied];
    for (const [a, b] of [
      [5, 15],
      [6, 14],
      [8, 16],
    ] as const) {
      answers[a - 1] = 4;
      answers[b - 1] = 4;
    }
    const result = assessConfidence(answers, profilePerson(answers).models.holland);
    expect(result.flags).toContain(CONFIDENCE_FLAGS.acquiescence);
    expect(result.level).not.toBe("high");
  });

  it("flags contradictory reverse-keyed answers", () => {
    const answers = [...varied];
    answers[5] = 5; // item 6: I like keeping lists exact
    answers[13] = 5; // item 14: routine bores me
    answers[4] = 1; // item 5: I like to take charge
    answers[14] = 2; // item 15: I prefer the background (disagree too)
    const result = assessConfidence(answers, profilePerson(answers).models.holland);
    expect(result.flags).toContain(CONFIDENCE_FLAGS.inconsistency);
  });

  it("flags a flat interest profile", () => {
    const flat = profilePerson(varied).models.holland;
    for (const letter of DIMENSIONS.holland) flat[letter] = 0.6;
    expect(assessConfidence(varied, flat).flags).toContain(CONFIDENCE_FLAGS.flatInterests);
  });
});

describe("estimateTopStability", () => {
  it("reports how often careers stay in the top 10 under retest-like noise, deterministically", () => {
    const subset = careers.filter((_, i) => i % 5 === 0);
    const stability = estimateTopStability(INVESTIGATIVE_REALISTIC, subset, { runs: 40 });
    expect(estimateTopStability(INVESTIGATIVE_REALISTIC, subset, { runs: 40 })).toEqual(stability);
    const total = [...stability.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(10, 10); // ten slots per run
    const top = scoreAnswers(INVESTIGATIVE_REALISTIC, subset).matches[0]?.careerId ?? "";
    expect(stability.get(top)).toBeGreaterThan(0.5);
  });
});
