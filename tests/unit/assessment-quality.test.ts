// No-information answer sets are withheld: no band, tier, index, stability or lead anywhere, with the
// reasons as codes; informative answer sets are not.
import { beforeAll, describe, expect, it } from "vitest";
import { assess, type ScoredCareer } from "@/lib/assessment/assess";
import { explainMatch } from "@/lib/assessment/explain";
import { QUALITY_FLAGS, WITHHOLDING_FLAGS, assessConfidence, withholdingFlags } from "@/lib/assessment/quality";
import { profilePerson } from "@/lib/assessment/person";
import { simulateRespondents } from "@/lib/assessment/simulate";
import { scoredCareers } from "@/lib/assessment-data";
import { DESIGNED_ANSWERS } from "./fixtures/designed-answers";

let careers: ScoredCareer[];
beforeAll(() => {
  careers = scoredCareers();
});

const same = (value: number) => Array.from({ length: 21 }, () => value);
const alternating = (a: number, b: number) => Array.from({ length: 21 }, (_, i) => (i % 2 === 0 ? a : b));

const NO_INFORMATION: Record<string, number[]> = {
  "all 1s": same(1),
  "all 3s": same(3),
  "all 5s": same(5),
  "alternating 4/5": alternating(4, 5),
  "alternating 1/5": alternating(1, 5),
  "diagonal 1-5": Array.from({ length: 21 }, (_, i) => (i % 5) + 1),
  "straight line of 12 inside varied answers": [5, 1, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 1, 5, 3, 4, 1],
  "mostly neutral": [3, 3, 4, 3, 3, 3, 2, 3, 3, 3, 3, 4, 3, 3, 3, 2, 3, 3, 3, 4, 3],
  "agree with everything": [4, 5, 4, 5, 5, 4, 4, 5, 4, 5, 4, 4, 5, 5, 4, 5, 4, 5, 5, 4, 5],
  "contradictory reverse-keyed pairs": [4, 2, 3, 2, 5, 5, 3, 2, 4, 2, 1, 3, 4, 5, 5, 1, 3, 2, 4, 2, 1],
};

describe("withheld results", () => {
  for (const [name, answers] of Object.entries(NO_INFORMATION)) {
    it(`withholds ${name}, with no band, tier, index, stability, lead or fit label`, () => {
      const result = assess(answers, careers);
      expect(result.withheld).toBe(true);
      expect(result.withheldReasons.length).toBeGreaterThan(0);
      for (const reason of result.withheldReasons) expect(WITHHOLDING_FLAGS).toContain(reason);
      expect(result.confidence.level).toBe("low");
      for (const lead of Object.values(result.leads)) expect(lead).toBeNull();
      expect(result.careers).toHaveLength(careers.length);
      for (const career of result.careers) {
        expect(career).toMatchObject({ index: null, band: null, tier: null, stability: null, breakdown: [] });
      }
      // Listed by id: no ranking is implied.
      const ids = result.careers.map((c) => c.careerId);
      expect(ids).toEqual([...ids].sort());
      const explanation = explainMatch(result, careers[0]?.id ?? "");
      expect(explanation).toMatchObject({ fit: null, reasons: [], caution: null });
    });
  }

  it("names the specific reasons", () => {
    expect(withholdingFlags(same(3))).toEqual(["no-variation", "straight-lining", "mostly-neutral"]);
    expect(withholdingFlags(alternating(1, 5))).toContain("repeating-pattern");
    expect(withholdingFlags(alternating(4, 5))).toContain("straight-lining");
    expect(withholdingFlags(NO_INFORMATION["agree with everything"] ?? [])).toContain("acquiescent");
    expect(withholdingFlags(NO_INFORMATION["contradictory reverse-keyed pairs"] ?? [])).toContain("inconsistent");
  });

  it("does not withhold the designed answer sets, and withholds few simulated respondents", () => {
    for (const answers of Object.values(DESIGNED_ANSWERS)) {
      const result = assess(answers, careers);
      expect(result.withheld).toBe(false);
      expect(result.confidence.level).toBe("high");
    }
    const simulated = simulateRespondents(1000, 5);
    const withheld = simulated.filter((answers) => withholdingFlags(answers).length > 0).length;
    expect(withheld / simulated.length).toBeLessThan(0.1);
  });

  it("uses only published codes for confidence flags, extreme answering noted without lowering", () => {
    const extreme = [5, 5, 1, 1, 1, 5, 5, 5, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 5, 1];
    const confidence = assessConfidence(extreme, profilePerson(extreme).models.holland, false);
    expect(confidence.flags).toContain("extreme");
    expect(confidence.level).toBe("high");
    for (const flag of confidence.flags) expect(QUALITY_FLAGS).toContain(flag);
    expect(assessConfidence(extreme, profilePerson(extreme).models.holland, true).level).toBe("medium");
  });
});
