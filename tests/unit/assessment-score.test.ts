// Scoring behaviour against the real O*NET profiles: bounds, determinism, the fast typed-array path
// against the readable reference formulas, mirrored profiles, monotonicity, reachability of every
// dimension and ordering rules.
import { beforeAll, describe, expect, it } from "vitest";
import { loadOccupations, loadOnetSignals } from "@/lib/data/onet";
import { assess, type ScoredCareer } from "@/lib/assessment/assess";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import { bandOf } from "@/lib/assessment/calibration";
import {
  buildCatalog,
  MODEL_COUNT,
  personVectors,
  rawScoresInto,
  similaritiesInto,
  weightVector,
} from "@/lib/assessment/catalog";
import { DIMENSIONS, MODELS } from "@/lib/assessment/models";
import { profilePerson } from "@/lib/assessment/person";
import { buildOccupationProfiles, standardise, type CareerProfile } from "@/lib/assessment/profiles";
import { QUESTIONS } from "@/lib/assessment/questions";
import { similarities } from "@/lib/assessment/similarity";
import { simulateRespondents, uniformRespondents } from "@/lib/assessment/simulate";
import { DESIGNED_ANSWERS } from "./fixtures/designed-answers";

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

const rankOf = (answers: readonly number[], id: string): number =>
  assess(answers, careers).careers.findIndex((m) => m.careerId === id) + 1;

/** Raw score of one career through the fast path. */
function rawFor(id: string, answers: readonly number[]): number {
  const catalog = buildCatalog([career(id)], CALIBRATION.occupationNorms);
  const raw = new Float64Array(1);
  rawScoresInto(
    catalog,
    personVectors(answers, CALIBRATION.personNorms.bigFive),
    weightVector(CALIBRATION.rawWeights),
    raw,
    null,
  );
  return raw[0] ?? 0;
}

function career(id: string): ScoredCareer {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown career ${id}`);
  return found;
}

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

const INVESTIGATIVE_REALISTIC = [...DESIGNED_ANSWERS.investigativeRealistic];
const SOCIAL_ARTISTIC = [...DESIGNED_ANSWERS.socialArtistic];
const ENTERPRISING_CONVENTIONAL = [...DESIGNED_ANSWERS.enterprisingConventional];

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

describe("assess: scores", () => {
  it("keeps indexes within 0-97, similarities within 0-1, and contributions = raw weight × similarity", () => {
    for (const answers of [...uniformRespondents(4, 11), INVESTIGATIVE_REALISTIC, SOCIAL_ARTISTIC]) {
      const result = assess(answers, careers);
      if (result.withheld) continue;
      expect(result.careers).toHaveLength(careers.length);
      let previousRaw = Infinity;
      for (const entry of result.careers) {
        expect(Number.isInteger(entry.index)).toBe(true);
        expect(entry.index).toBeGreaterThanOrEqual(0);
        expect(entry.index).toBeLessThanOrEqual(97);
        expect(entry.band).toBe(bandOf(entry.index ?? -1));
        const raw = entry.breakdown.reduce((sum, b) => sum + b.contribution, 0);
        expect(raw).toBeLessThanOrEqual(previousRaw + 1e-12);
        previousRaw = raw;
        for (const b of entry.breakdown) {
          expect(b.similarity).toBeGreaterThanOrEqual(0);
          expect(b.similarity).toBeLessThanOrEqual(1);
          expect(b.weight).toBe(CALIBRATION.rawWeights[b.model]);
          expect(b.contribution).toBeCloseTo(b.weight * b.similarity, 12);
        }
      }
    }
  });

  it("computes the same similarities as the readable reference formulas", () => {
    const catalog = buildCatalog(careers, CALIBRATION.occupationNorms);
    const sims = new Float64Array(MODEL_COUNT);
    for (const answers of [...simulateRespondents(5, 7), ...uniformRespondents(5, 8), ENTERPRISING_CONVENTIONAL]) {
      const person = profilePerson(answers);
      const fast = personVectors(answers, CALIBRATION.personNorms.bigFive);
      for (let i = 0; i < careers.length; i += 7) {
        const profile = careers[i]?.profile;
        if (!profile) continue;
        const z = Object.fromEntries(
          MODELS.map((m) => [m, standardise(m, profile.models[m], CALIBRATION.occupationNorms)]),
        ) as Record<(typeof MODELS)[number], Record<string, number>>;
        const reference = similarities(person.models, profile.models, z, CALIBRATION.personNorms.bigFive);
        similaritiesInto(catalog, fast, i, sims, 0);
        MODELS.forEach((model, m) =>
          expect(sims[m], `${model} ${careers[i]?.id}`).toBeCloseTo(reference[model].value, 10),
        );
      }
    }
  });

  it("scores the same with and without per-model similarities (the retest kernel is the fused path)", () => {
    const catalog = buildCatalog(careers, CALIBRATION.occupationNorms);
    const weights = weightVector(CALIBRATION.rawWeights);
    const subset = Int32Array.from({ length: 300 }, (_, k) => (k * 7) % catalog.size);
    for (const answers of [...simulateRespondents(5, 11), ENTERPRISING_CONVENTIONAL]) {
      const person = personVectors(answers, CALIBRATION.personNorms.bigFive);
      const withSims = new Float64Array(subset.length);
      const fused = new Float64Array(subset.length);
      rawScoresInto(catalog, person, weights, withSims, new Float64Array(subset.length * MODEL_COUNT), subset);
      rawScoresInto(catalog, person, weights, fused, null, subset);
      expect(Array.from(fused)).toEqual(Array.from(withSims));
    }
  });

  it("is deterministic", () => {
    expect(assess(SOCIAL_ARTISTIC, careers)).toEqual(assess(SOCIAL_ARTISTIC, careers));
  });

  it("breaks exact ties by career id, so equal careers keep a stable order", () => {
    const twin = career("15-1252.00");
    const duplicated = [{ ...twin, id: "zz-twin" }, twin, { ...twin, id: "aa-twin" }];
    const ids = assess(INVESTIGATIVE_REALISTIC, duplicated).careers.map((m) => m.careerId);
    expect(ids).toEqual(["15-1252.00", "aa-twin", "zz-twin"]);
  });

  it("flags estimated models in the breakdown", () => {
    const [entry] = assess(INVESTIGATIVE_REALISTIC, [career("15-1252.00")]).careers;
    expect(entry?.breakdown.filter((b) => b.estimated).map((b) => b.model)).toEqual(["mmmg"]);
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
      const answers = mirrorAnswers(career(id).profile);
      if (assess(answers, careers).withheld) continue;
      // v1 held these at ≤ 25; v2's fitted weights give VAK and motivations more pull, which the
      // key-based mirror only approximates (the physicist mirror moved from ~20 to 27 of 923).
      expect(rankOf(answers, id), id).toBeLessThanOrEqual(30);
    }
    // Across a spread of careers the typical mirror lands in the top 2 % of 923.
    const sample = careers.filter((_, i) => i % 20 === 0);
    const ranks = sample.map((c) => rankOf(mirrorAnswers(c.profile), c.id)).sort((a, b) => a - b);
    expect(ranks[Math.floor(ranks.length / 2)]).toBeLessThanOrEqual(18);
  });

  it("raises an investigative career when Investigative-keyed answers go up", () => {
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
        if ((before[1] ?? 5) < 5) {
          const stepped = before.map((a, i) => (i === 1 ? a + 1 : a));
          expect(rawFor(id, stepped), id).toBeGreaterThan(rawFor(id, before));
        }
        const after = before.map((answer, i) => (investigativeItems.includes(i + 1) ? 5 : answer));
        if (after.some((a, i) => a !== before[i])) expect(rawFor(id, after), id).toBeGreaterThan(rawFor(id, before));
      }
    }
    const health = Array.from({ length: 21 }, (_, i) => (i === 6 ? 5 : 3));
    expect(rawFor("29-1141.00", health)).toBeGreaterThan(
      rawFor(
        "29-1141.00",
        Array.from({ length: 21 }, () => 3),
      ),
    );
  });

  it("puts sensible careers first for the three designed answer sets", () => {
    const top = (answers: number[]) =>
      assess(answers, careers)
        .careers.slice(0, 10)
        .map((m) => m.careerId.slice(0, 2));
    // Architecture/engineering (17), science (19), computing (15), installation/repair (49).
    expect(
      top(INVESTIGATIVE_REALISTIC).filter((g) => ["15", "17", "19", "49"].includes(g)).length,
    ).toBeGreaterThanOrEqual(7);
    // Education (25), arts and media (27), community and social service (21), health (29).
    expect(top(SOCIAL_ARTISTIC).filter((g) => ["21", "25", "27", "29"].includes(g)).length).toBeGreaterThanOrEqual(7);
    // Management (11), business and financial (13), office and administrative (43), sales (41).
    expect(
      top(ENTERPRISING_CONVENTIONAL).filter((g) => ["11", "13", "41", "43"].includes(g)).length,
    ).toBeGreaterThanOrEqual(7);
  });
});
