import { describe, expect, it } from "vitest";
import { scoredCareers } from "@/lib/assessment-data";
import { scoreAnswers, standardiseCareer } from "@/lib/assessment/score";
import { CALIBRATION } from "@/lib/assessment/calibration-data";

const answers = [5, 5, 2, 2, 2, 3, 3, 3, 4, 2, 4, 2, 5, 2, 4, 2, 5, 3, 5, 4, 3];

describe("scoreAnswers performance options", () => {
  const careers = scoredCareers();

  it("precomputed standardised profiles equal the ones computed per request", () => {
    for (const career of careers.slice(0, 5)) {
      expect(career.standardised).toEqual(standardiseCareer(career.profile, CALIBRATION.occupationNorms));
    }
  });

  it("explaining only the top matches keeps ranking and indexes identical", () => {
    const full = scoreAnswers(answers, careers);
    const lean = scoreAnswers(answers, careers, undefined, { explainTop: 3, explainIds: ["actor"] });
    expect(lean.matches.map((m) => [m.careerId, m.index])).toEqual(full.matches.map((m) => [m.careerId, m.index]));
    lean.matches.forEach((match, i) => {
      const explained = i < 3 || match.careerId === "actor";
      expect(match.reasons.length > 0, match.careerId).toBe(explained);
      if (explained) expect(match.reasons).toEqual(full.matches[i]?.reasons);
    });
  });
});
