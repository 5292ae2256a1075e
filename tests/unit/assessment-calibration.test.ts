// The frozen match-index calibration: shape of the committed curve, and agreement with a fresh,
// deterministic small-N recomputation from the real O*NET data.
import { beforeAll, describe, expect, it } from "vitest";
import { loadOnetSignals } from "@/lib/data/onet";
import { bandOf, fitKnots, indexFromRaw, indexFromRawUnrounded, INDEX_CAP } from "@/lib/assessment/calibration";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import { DIMENSIONS, MODELS } from "@/lib/assessment/models";
import { buildOccupationProfiles, computeOccupationNorms, type CareerProfile } from "@/lib/assessment/profiles";
import { ASSESSMENT_VERSION } from "@/lib/assessment/questions";
import { buildReferenceDistribution, scoringFingerprint, type ReferenceDistribution } from "@/lib/assessment/reference";
import { mulberry32, simulateRespondents } from "@/lib/assessment/simulate";

let withInterests: CareerProfile[];
let fresh: ReferenceDistribution;

beforeAll(() => {
  const signals = loadOnetSignals();
  const profiles = buildOccupationProfiles(signals);
  withInterests = [...signals.values()]
    .filter((s) => s.riasec !== null)
    .flatMap((s) => {
      const profile = profiles.get(s.code);
      return profile ? [profile] : [];
    });
  fresh = buildReferenceDistribution(withInterests, 300, CALIBRATION.seed);
});

describe("committed calibration", () => {
  it("belongs to the current version and records its provenance", () => {
    expect(CALIBRATION.version).toBe(ASSESSMENT_VERSION);
    expect(CALIBRATION.respondents).toBeGreaterThanOrEqual(1000);
    expect(CALIBRATION.occupations).toBe(923);
    expect(CALIBRATION.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("was generated from the current items, weights and crosswalks (re-run scripts/calibrate.ts if not)", () => {
    expect(CALIBRATION.fingerprint).toBe(scoringFingerprint());
  });

  it("has knots strictly increasing in both raw score and index, within 0-97", () => {
    const knots = CALIBRATION.knots;
    expect(knots.length).toBeGreaterThanOrEqual(5);
    knots.forEach(([raw, index], i) => {
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThanOrEqual(INDEX_CAP);
      const previous = knots[i - 1];
      if (previous) {
        expect(raw).toBeGreaterThan(previous[0]);
        expect(index).toBeGreaterThan(previous[1]);
      }
    });
  });

  it("puts the median pair at 50, the 90th percentile at 80 and the 99th at 92", () => {
    expect(indexFromRaw(CALIBRATION.quantiles.p50, CALIBRATION.knots)).toBe(50);
    expect(indexFromRaw(CALIBRATION.quantiles.p90, CALIBRATION.knots)).toBe(80);
    expect(indexFromRaw(CALIBRATION.quantiles.p99, CALIBRATION.knots)).toBe(92);
  });

  it("maps raw scores monotonically onto 0-97, never 100", () => {
    let previous = -1;
    for (let raw = 0; raw <= 1.0001; raw += 0.005) {
      const value = indexFromRawUnrounded(raw, CALIBRATION.knots);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    expect(indexFromRaw(0, CALIBRATION.knots)).toBe(0);
    expect(indexFromRaw(1, CALIBRATION.knots)).toBe(97);
  });

  it("matches a fresh N=300 recomputation from the data (same seed)", () => {
    // Quantiles of ~277k pairs are stable to well under 0.01 between N=300 and N=2000.
    expect(fresh.quantiles.p50).toBeCloseTo(CALIBRATION.quantiles.p50, 2);
    expect(Math.abs(fresh.quantiles.p90 - CALIBRATION.quantiles.p90)).toBeLessThan(0.01);
    expect(Math.abs(fresh.quantiles.p99 - CALIBRATION.quantiles.p99)).toBeLessThan(0.015);
    for (const model of MODELS) {
      expect(Math.abs(fresh.similarityMedians[model] - CALIBRATION.similarityMedians[model]), model).toBeLessThan(0.01);
      // The weight fit and the person norms are as stable as the quantiles.
      expect(Math.abs(fresh.rawWeights[model] - CALIBRATION.rawWeights[model]), model).toBeLessThan(0.015);
      for (const dimension of DIMENSIONS[model]) {
        const committed = CALIBRATION.personNorms[model][dimension];
        expect(Math.abs((fresh.personNorms[model][dimension]?.sd ?? 0) - (committed?.sd ?? 1)), dimension).toBeLessThan(
          0.02,
        );
      }
    }
  });

  it("uses the occupation norms of the current data and crosswalks", () => {
    const norms = computeOccupationNorms(withInterests);
    for (const model of MODELS) {
      for (const dimension of DIMENSIONS[model]) {
        const committed = CALIBRATION.occupationNorms[model][dimension];
        expect(committed?.mean, `${model}.${dimension}`).toBeCloseTo(norms[model][dimension]?.mean ?? Number.NaN, 5);
        expect(committed?.sd, `${model}.${dimension}`).toBeCloseTo(norms[model][dimension]?.sd ?? Number.NaN, 5);
      }
    }
  });
});

describe("calibration helpers", () => {
  it("fits knots at the target quantiles of any sample", () => {
    const random = mulberry32(5);
    const sample = Array.from({ length: 10_000 }, () => random());
    const knots = fitKnots(sample);
    const atMedian = knots.find(([, index]) => index === 50)?.[0] ?? Number.NaN;
    expect(atMedian).toBeCloseTo(0.5, 1);
    expect(indexFromRaw(0.9, knots)).toBeGreaterThanOrEqual(79);
    expect(indexFromRaw(0.9, knots)).toBeLessThanOrEqual(81);
  });

  it("keeps knots monotone even when the sample has long runs of ties", () => {
    const knots = fitKnots(Array.from({ length: 1000 }, (_, i) => (i < 995 ? 0.4 : 0.9)));
    knots.forEach(([raw], i) => {
      const previous = knots[i - 1];
      if (previous) expect(raw).toBeGreaterThan(previous[0]);
    });
  });

  it("bands 75+ strong, 60-74 good, 45-59 possible, below 45 weak", () => {
    expect([97, 75, 74, 60, 59, 45, 44, 0].map(bandOf)).toEqual([
      "strong",
      "strong",
      "good",
      "good",
      "possible",
      "possible",
      "weak",
      "weak",
    ]);
  });

  it("simulates the same respondents for the same seed", () => {
    expect(simulateRespondents(5, 42)).toEqual(simulateRespondents(5, 42));
    expect(simulateRespondents(5, 42)).not.toEqual(simulateRespondents(5, 43));
  });
});
