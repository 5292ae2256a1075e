// True weights: the published influence (key.json) is what the frozen raw weights actually do, and it
// matches the design weights; v1's raw-equals-design weights did not.
import { beforeAll, describe, expect, it } from "vitest";
import { loadOnetSignals } from "@/lib/data/onet";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import { buildCatalog } from "@/lib/assessment/catalog";
import { measureInfluence, similarityCovariances } from "@/lib/assessment/influence";
import { buildAssessmentKey } from "@/lib/assessment/key";
import { MODELS, MODEL_WEIGHTS } from "@/lib/assessment/models";
import { buildOccupationProfiles } from "@/lib/assessment/profiles";
import { isWithheld } from "@/lib/assessment/quality";
import { simulateRespondents } from "@/lib/assessment/simulate";

let covariances: Float64Array[];
beforeAll(() => {
  const signals = loadOnetSignals();
  const profiles = buildOccupationProfiles(signals);
  const occupations = [...signals.values()].flatMap((s) => {
    const profile = s.riasec !== null ? profiles.get(s.code) : undefined;
    return profile ? [{ id: s.code, title: s.code, profile }] : [];
  });
  const catalog = buildCatalog(occupations, CALIBRATION.occupationNorms);
  // A fresh sample (another seed) of the same simulated population.
  const respondents = simulateRespondents(300, CALIBRATION.seed + 7).filter((a) => !isWithheld(a));
  covariances = similarityCovariances(catalog, respondents, CALIBRATION.personNorms.bigFive);
});

describe("model influence", () => {
  it("measured at the frozen raw weights matches the published influence within .03", () => {
    const measured = measureInfluence(covariances, CALIBRATION.rawWeights);
    const published = buildAssessmentKey().influence;
    for (const model of MODELS) expect(Math.abs(measured[model] - published[model]), model).toBeLessThan(0.03);
  });

  it("published influence matches the design weights within .01, and raw weights sum to 1", () => {
    for (const model of MODELS) {
      expect(Math.abs(CALIBRATION.influence[model] - MODEL_WEIGHTS[model]), model).toBeLessThanOrEqual(0.01);
    }
    expect(MODELS.reduce((sum, m) => sum + CALIBRATION.rawWeights[m], 0)).toBeCloseTo(1, 5);
  });

  it("differs from the design weights when raw weights equal them (why the fit exists)", () => {
    const v1 = measureInfluence(covariances, MODEL_WEIGHTS);
    expect(v1.holland).toBeGreaterThan(0.45);
    expect(v1.vak).toBeLessThan(0.03);
  });
});
