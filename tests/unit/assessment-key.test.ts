// The item key and model constants: weights, coverage, wording rules and the published JSON key.
import { describe, expect, it } from "vitest";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import { buildAssessmentKey } from "@/lib/assessment/key";
import { DIMENSION_ITEMS, RELIABILITY, spearmanBrown } from "@/lib/assessment/person";
import { QUALITY_FLAGS, QUALITY_RULES } from "@/lib/assessment/quality";
import { SIMULATION } from "@/lib/assessment/simulate";
import { RETEST, TIER_THRESHOLDS } from "@/lib/assessment/stability";
import { DIMENSIONS, MODELS, MODEL_WEIGHTS } from "@/lib/assessment/models";
import { DIMENSION_LABELS, MODEL_LABELS } from "@/lib/i18n/en-models";
import {
  ASSESSMENT_VERSION,
  CHANGELOG,
  KNOWN_VERSIONS,
  OPPOSITE_PAIRS,
  QUESTIONS,
  SCALE_LABELS,
} from "@/lib/assessment/questions";

describe("models", () => {
  it("weights sum to 1 with interests carrying 60 %", () => {
    const total = MODELS.reduce((sum, model) => sum + MODEL_WEIGHTS[model], 0);
    expect(total).toBeCloseTo(1, 10);
    expect(MODEL_WEIGHTS.holland + MODEL_WEIGHTS.chaside).toBeCloseTo(0.6, 10);
    expect(MODEL_WEIGHTS.vak).toBe(Math.min(...MODELS.map((m) => MODEL_WEIGHTS[m])));
  });

  it("labels every dimension of every model, in plain words, never as neuroticism", () => {
    for (const model of MODELS) {
      expect(MODEL_LABELS[model].name.length).toBeGreaterThan(3);
      expect(Object.keys(DIMENSION_LABELS[model]).sort()).toEqual([...DIMENSIONS[model]].sort());
      for (const label of Object.values(DIMENSION_LABELS[model])) {
        expect(label.plain).toMatch(/^[a-z]/); // fits mid-sentence: "You enjoy …"
        expect(`${label.name} ${label.plain}`.toLowerCase()).not.toContain("neurotic");
      }
    }
    expect(DIMENSION_LABELS.bigFive.ES?.name).toBe("Emotional steadiness under pressure");
    expect(MODEL_LABELS.mmmg.name).toBe("Motivations (MMMG)");
  });
});

describe("questions", () => {
  it("has 21 items with ids 1-21 in URL order and 5 scale labels", () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(SCALE_LABELS).toHaveLength(5);
  });

  it("covers every dimension of every model with at least 2 items of |weight| ≥ 0.3", () => {
    for (const model of MODELS) {
      for (const dimension of DIMENSIONS[model]) {
        const items = QUESTIONS.filter((q) =>
          q.loadings.some((l) => l.model === model && l.dimension === dimension && Math.abs(l.weight) >= 0.3),
        );
        expect(items.length, `${model}.${dimension}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("only loads on dimensions that exist, once per item", () => {
    for (const question of QUESTIONS) {
      const keys = question.loadings.map((l) => `${l.model}.${l.dimension}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const { model, dimension, weight } of question.loadings) {
        expect(DIMENSIONS[model] as readonly string[]).toContain(dimension);
        expect(Math.abs(weight)).toBeGreaterThan(0);
        expect(Math.abs(weight)).toBeLessThanOrEqual(1);
      }
    }
  });

  it("keys each opposite pair in opposite directions on a shared dimension", () => {
    expect(OPPOSITE_PAIRS).toHaveLength(4);
    for (const [a, b] of OPPOSITE_PAIRS) {
      const first = QUESTIONS[a - 1]?.loadings ?? [];
      const second = QUESTIONS[b - 1]?.loadings ?? [];
      const opposed = first.some((l) =>
        second.some(
          (m) => m.model === l.model && m.dimension === l.dimension && Math.sign(m.weight) !== Math.sign(l.weight),
        ),
      );
      expect(opposed, `pair ${a}-${b}`).toBe(true);
    }
  });

  it("words items in the first person without job titles", () => {
    const titles = /\b(engineer|nurse|doctor|teacher|lawyer|designer|manager|accountant|scientist|police|artist)s?\b/i;
    for (const question of QUESTIONS) {
      expect(question.text).toMatch(/\b(I|I'm|I'd|my|me)\b/);
      expect(question.text).not.toMatch(titles);
      expect(question.text.length).toBeLessThan(140);
    }
  });

  it("lists the current version in the changelog", () => {
    expect(KNOWN_VERSIONS).toContain(ASSESSMENT_VERSION);
    expect(CHANGELOG.at(-1)?.version).toBe(ASSESSMENT_VERSION);
  });
});

describe("buildAssessmentKey", () => {
  it("publishes the open key, mirroring the questions, constants and frozen calibration", () => {
    const key = buildAssessmentKey();
    expect(key.version).toBe(ASSESSMENT_VERSION);
    expect(key.scale).toEqual({ min: 1, max: 5 });
    expect(key.items).toHaveLength(21);
    expect(key.items[0]).toEqual({ id: 1, text: QUESTIONS[0]?.text, loadings: QUESTIONS[0]?.loadings });
    expect(key.dimensions.mmmg).toEqual(DIMENSIONS.mmmg);
    expect(key.designWeights).toEqual(MODEL_WEIGHTS);
    expect(key.rawWeights).toEqual(CALIBRATION.rawWeights);
    expect(key.influence).toEqual(CALIBRATION.influence);
    expect(key.norms.person.values).toEqual(CALIBRATION.personNorms);
    expect(key.norms.occupation.values).toEqual(CALIBRATION.occupationNorms);
    expect(key.simulation.settings).toEqual(SIMULATION);
    expect(key.simulation.seed).toBe(CALIBRATION.seed);
    expect(key.matchIndex.knots).toEqual(CALIBRATION.knots);
    expect(key.itemScoreShares.items).toEqual(CALIBRATION.itemScoreShares.items);
    expect(key.itemScoreShares.items).toHaveLength(21);
    expect(key.dimensionItems).toEqual(DIMENSION_ITEMS);
    expect(key.uncertainty.reliability.singleItem).toBe(RELIABILITY.singleItem);
    expect(key.retest).toMatchObject(RETEST);
    expect(key.tiers).toEqual(TIER_THRESHOLDS);
    expect(key.quality.rules).toEqual(QUALITY_RULES);
    expect(key.quality.flags).toEqual(QUALITY_FLAGS);
    // Serialisable as-is for /methodology/key.json.
    expect(JSON.parse(JSON.stringify(key))).toEqual(key);
  });

  it("derives the single-item reliability from the stated source by Spearman-Brown", () => {
    const { sourceAlpha: a, sourceItems: k, singleItem } = RELIABILITY;
    expect(a / (k - (k - 1) * a)).toBeCloseTo(singleItem, 2);
    expect(spearmanBrown(k, a / (k - (k - 1) * a))).toBeCloseTo(a, 10);
  });

  it("gives thin dimensions wider uncertainty than well-covered ones", () => {
    const { perDimension } = buildAssessmentKey().uncertainty;
    expect(perDimension.holland.S?.effectiveItems).toBeGreaterThan(perDimension.chaside.I?.effectiveItems ?? Infinity);
    expect(perDimension.holland.S?.reliability).toBeGreaterThan(perDimension.chaside.I?.reliability ?? Infinity);
  });
});
