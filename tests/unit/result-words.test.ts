// The result page's reason sentences, worded from the core's structured explanations and each career's
// own file, in both languages: unique per card, never contradicting themselves, no untranslated codes.
import { beforeAll, describe, expect, it } from "vitest";
import { assess, type AssessmentResult } from "@/lib/assessment/assess";
import { explainMatch } from "@/lib/assessment/explain";
import { scoredCareers } from "@/lib/assessment-data";
import { careerById } from "@/lib/content/careers";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES } from "@/lib/i18n/locales";
import { wordExplanation } from "@/lib/result-words";
import { DESIGNED_ANSWERS } from "./fixtures/designed-answers";

let results: AssessmentResult[] = [];
beforeAll(() => {
  const careers = scoredCareers();
  results = Object.values(DESIGNED_ANSWERS).map((answers) => assess([...answers], careers));
});

describe("worded reasons", () => {
  for (const locale of LOCALES) {
    it(`${locale}: no two cards of a result share a sentence, and every card has a reason`, () => {
      const t = getDictionary(locale);
      for (const result of results) {
        const seen = new Map<string, string>();
        for (const card of result.careers.filter((c) => c.tier !== null)) {
          const content = careerById(card.careerId, locale);
          const explanation = explainMatch(result, card.careerId);
          expect(content && explanation).toBeTruthy();
          if (!content || !explanation) continue;
          const worded = wordExplanation(t, content, explanation);
          expect(worded.reasons.length, card.careerId).toBeGreaterThan(0);
          for (const sentence of [...worded.reasons, ...(worded.caution ? [worded.caution] : [])]) {
            expect(seen.get(sentence), `${card.careerId}: "${sentence}"`).toBeUndefined();
            seen.set(sentence, card.careerId);
            expect(sentence).not.toMatch(/undefined|null|\[object/);
            expect(sentence).toContain(content.title);
          }
        }
      }
    });
  }

  it("a caution never names a dimension the same card gives as a fit", () => {
    for (const result of results) {
      for (const card of result.careers.filter((c) => c.tier !== null)) {
        const explanation = explainMatch(result, card.careerId);
        const caution = explanation?.caution;
        if (!caution) continue;
        const fits = explanation.reasons.filter((r) => r.kind === "fit" && r.model === caution.model);
        expect(fits.flatMap((r) => r.dimensions)).not.toContain(caution.dimension);
        expect(caution.person).toBe("low");
      }
    }
  });
});
