// Stability tiers, leads and structured reasons on the real catalog, with the three designed answer sets.
import { beforeAll, describe, expect, it } from "vitest";
import { assess, type AssessmentResult, type ScoredCareer } from "@/lib/assessment/assess";
import { explainMatch, type Reason } from "@/lib/assessment/explain";
import { DIMENSIONS, MODELS } from "@/lib/assessment/models";
import { DIMENSION_ITEMS, INTEREST_BLOCK } from "@/lib/assessment/person";
import { RETEST, TIER_THRESHOLDS, seedFromAnswers } from "@/lib/assessment/stability";
import { simulateRespondents } from "@/lib/assessment/simulate";
import { scoredCareers } from "@/lib/assessment-data";
import { DESIGNED_ANSWERS } from "./fixtures/designed-answers";

let careers: ScoredCareer[];
let results: Record<keyof typeof DESIGNED_ANSWERS, AssessmentResult>;
beforeAll(() => {
  careers = scoredCareers();
  results = {
    investigativeRealistic: assess(DESIGNED_ANSWERS.investigativeRealistic, careers),
    socialArtistic: assess(DESIGNED_ANSWERS.socialArtistic, careers),
    enterprisingConventional: assess(DESIGNED_ANSWERS.enterprisingConventional, careers),
  };
});

const tiered = (result: AssessmentResult) => result.careers.filter((c) => c.tier !== null);

describe("stability tiers", () => {
  it("gives each designed answer set non-empty tiers, including the unjittered top 10", () => {
    for (const [name, result] of Object.entries(results)) {
      expect(tiered(result).length, name).toBeGreaterThanOrEqual(RETEST.top);
      expect(
        result.careers.slice(0, RETEST.top).every((c) => c.tier !== null),
        name,
      ).toBe(true);
      expect(
        result.careers.some((c) => c.tier === "very-likely"),
        name,
      ).toBe(true);
    }
  });

  it("assigns tiers from the published thresholds", () => {
    for (const result of Object.values(results)) {
      result.careers.forEach((c, rank) => {
        if (c.stability === null) {
          expect(rank).toBeGreaterThanOrEqual(RETEST.candidates);
          expect(c.tier).toBeNull();
          return;
        }
        if (c.stability >= TIER_THRESHOLDS["very-likely"]) expect(c.tier).toBe("very-likely");
        else if (c.stability >= TIER_THRESHOLDS.likely) expect(c.tier).toBe("likely");
        else if (c.stability >= TIER_THRESHOLDS["worth-a-look"] || rank < RETEST.top)
          expect(c.tier).toBe("worth-a-look");
        else expect(c.tier).toBeNull();
      });
    }
  });

  it("is deterministic per answer string and differs between answer strings", () => {
    const answers = simulateRespondents(1, 42)[0] ?? [];
    const stabilities = (r: AssessmentResult) => r.careers.map((c) => [c.careerId, c.stability]);
    expect(stabilities(assess(answers, careers))).toEqual(stabilities(assess([...answers], careers)));
    expect(seedFromAnswers(answers)).toBe(seedFromAnswers([...answers]));
    expect(seedFromAnswers(DESIGNED_ANSWERS.socialArtistic)).not.toBe(
      seedFromAnswers(DESIGNED_ANSWERS.investigativeRealistic),
    );
  });
});

describe("profile and leads", () => {
  it("gives every dimension a score inside its 0-1 uncertainty range", () => {
    for (const result of Object.values(results)) {
      for (const model of MODELS) {
        for (const d of DIMENSIONS[model]) {
          const { score, low, high } = result.profile[model][d] ?? { score: -1, low: -1, high: -1 };
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(score);
          expect(high).toBeGreaterThanOrEqual(score);
          expect(high - low).toBeGreaterThan(0);
        }
      }
    }
  });

  it("leads with the designed Holland types, never a code from tie order", () => {
    expect(results.investigativeRealistic.leads.holland).toEqual(["R", "I"]);
    expect(results.socialArtistic.leads.holland).toEqual(["A", "S"]);
    expect(results.enterprisingConventional.leads.holland).toEqual(["E", "C"]);
    // Thin dimensions are wide, so even a clear answer set has models without a clear lead.
    expect(Object.values(results).some((r) => Object.values(r.leads).some((lead) => lead === null))).toBe(true);
  });

  it("lists the items each dimension uses, and the items Holland and CHASIDE share", () => {
    expect(DIMENSION_ITEMS.holland.R?.map((i) => i.itemId)).toEqual([1, 8, 9, 13]);
    for (const model of MODELS) {
      for (const items of Object.values(DIMENSION_ITEMS[model])) {
        expect(items.reduce((sum, item) => sum + item.share, 0)).toBeCloseTo(1, 12);
      }
    }
    expect(INTEREST_BLOCK.sharedItems).toContain(3);
    expect(INTEREST_BLOCK.sharedItems).not.toContain(19);
  });
});

describe("explainMatch", () => {
  const key = (careerId: string, reason: Reason) =>
    `${reason.kind}|${reason.model}|${reason.dimensions.join(",")}|${reason.person}|${reason.career}|` +
    (reason.pointer ? `${careerId}:${reason.pointer.field}:${reason.pointer.index}` : "");

  it("never gives two cards of one result the same reason (structure plus the career's own text)", () => {
    const answerSets = [...Object.values(DESIGNED_ANSWERS), ...simulateRespondents(20, 77)];
    for (const answers of answerSets) {
      const result = assess(answers, careers);
      if (result.withheld) continue;
      const seen = new Map<string, string>();
      for (const card of tiered(result)) {
        const explanation = explainMatch(result, card.careerId);
        expect(explanation?.reasons.length, card.careerId).toBeGreaterThan(0);
        for (const reason of explanation?.reasons ?? []) {
          expect(reason.pointer, `${card.careerId} has content to point to`).not.toBeNull();
          const k = key(card.careerId, reason);
          expect(seen.get(k), k).toBeUndefined();
          seen.set(k, card.careerId);
        }
      }
    }
  });

  // Reason sentences are unique per card through the career-specific pointer (tested above); the
  // dimensions behind them also vary, though less as the catalog grows (many careers share top types).
  it("leads cards with several different reasons even before pointers", () => {
    for (const result of Object.values(results)) {
      const firsts = tiered(result).map((c) => {
        const r = explainMatch(result, c.careerId)?.reasons[0];
        return r ? key("", { ...r, pointer: null }) : "";
      });
      expect(new Set(firsts).size).toBeGreaterThanOrEqual(Math.min(3, firsts.length));
    }
  });

  it("returns data only: codes, dimension keys and pointers into the career file", () => {
    const result = results.enterprisingConventional;
    const id = result.careers[0]?.careerId ?? "";
    const explanation = explainMatch(result, id);
    expect(explanation?.fit).toBe("good");
    for (const reason of explanation?.reasons ?? []) {
      expect(MODELS).toContain(reason.model);
      for (const d of reason.dimensions) expect(DIMENSIONS[reason.model] as readonly string[]).toContain(d);
      const count = careers.find((c) => c.id === id)?.content?.[reason.pointer?.field ?? "paths"] ?? 0;
      expect(reason.pointer?.index ?? 0).toBeLessThan(count);
    }
    expect(explanation?.caution).toMatchObject({ career: "high" });
    // The same explanation whichever card is asked first, and after a JSON round trip (given the careers).
    const again = explainMatch(JSON.parse(JSON.stringify(result)) as AssessmentResult, id, careers);
    expect(again).toEqual(explanation);
  });

  it("heads a weak match with misfits", () => {
    const result = results.investigativeRealistic;
    const weak = [...result.careers].reverse().find((c) => c.band === "weak");
    const explanation = explainMatch(result, weak?.careerId ?? "");
    expect(explanation?.fit).toBe("weak");
    expect(explanation?.reasons[0]?.kind).toBe("misfit");
  });
});
