// Career profiles from the real O*NET pack: crosswalk ranges, the gap rule, the SOC 33 bump and overrides.
import { beforeAll, describe, expect, it } from "vitest";
import { loadOnetSignals } from "@/lib/data/onet";
import type { OnetSignals } from "@/lib/data/types";
import { DIMENSIONS, MODELS, type Model } from "@/lib/assessment/models";
import {
  applyOverrides,
  buildOccupationProfiles,
  computeOccupationNorms,
  findOverrideProblems,
  standardise,
  type CareerProfile,
  type ModelVector,
} from "@/lib/assessment/profiles";

let signals: Map<string, OnetSignals>;
let profiles: Map<string, CareerProfile>;

beforeAll(() => {
  signals = loadOnetSignals();
  profiles = buildOccupationProfiles(signals);
});

function profile(code: string): CareerProfile {
  const found = profiles.get(code);
  if (!found) throw new Error(`no profile for ${code}`);
  return found;
}

const estimatedModels = (p: CareerProfile): Model[] => p.estimated.map((e) => e.model).sort();
const topDimension = (vector: ModelVector): string => Object.entries(vector).sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";

/** Mean vector of the first 10 related occupations whose own data for `model` exists. */
function expectedFromRelated(code: string, model: Model, hasData: (s: OnetSignals) => boolean): ModelVector {
  const related = (signals.get(code)?.relatedCodes ?? [])
    .filter((c) => {
      const s = signals.get(c);
      return s !== undefined && hasData(s);
    })
    .slice(0, 10);
  expect(related).toHaveLength(10);
  const mean: ModelVector = {};
  for (const dimension of DIMENSIONS[model]) {
    mean[dimension] = related.reduce((sum, c) => sum + (profile(c).models[model][dimension] ?? 0), 0) / related.length;
  }
  return mean;
}

function expectVectorClose(actual: ModelVector, expected: ModelVector): void {
  for (const [dimension, value] of Object.entries(expected)) expect(actual[dimension]).toBeCloseTo(value, 10);
}

describe("buildOccupationProfiles", () => {
  it("builds every model for every occupation, each value within 0-1", () => {
    expect(profiles.size).toBe(signals.size);
    for (const p of profiles.values()) {
      for (const model of MODELS) {
        expect(Object.keys(p.models[model]).sort()).toEqual([...DIMENSIONS[model]].sort());
        for (const value of Object.values(p.models[model])) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it("maps interests with (OI − 1)/6 and keeps O*NET's shape", () => {
    const developers = profile("15-1252.00");
    expect(developers.models.holland.I).toBeCloseTo((5.86 - 1) / 6, 10);
    expect(topDimension(developers.models.holland)).toBe("I");
  });

  it("gives recognisable careers their expected CHASIDE area", () => {
    expect(topDimension(profile("29-1141.00").models.chaside)).toBe("S"); // Registered Nurses
    expect(topDimension(profile("13-2011.00").models.chaside)).toBe("C"); // Accountants and Auditors
    expect(topDimension(profile("17-2141.00").models.chaside)).toBe("I"); // Mechanical Engineers
  });

  it("fills Software Developers' missing work values from 10 related occupations", () => {
    const developers = profile("15-1252.00");
    expect(estimatedModels(developers)).toEqual(["mmmg"]);
    expect(developers.estimated[0]).toEqual({ model: "mmmg", basis: { kind: "related", count: 10 } });
    expectVectorClose(
      developers.models.mmmg,
      expectedFromRelated("15-1252.00", "mmmg", (s) => Object.keys(s.workValuesExtent).length > 0),
    );
  });

  it("fills Data Scientists' missing knowledge, abilities and work values, keeping its own work styles", () => {
    const scientists = profile("15-2051.00");
    expect(estimatedModels(scientists)).toEqual(["chaside", "mmmg", "vak"]);
    expectVectorClose(
      scientists.models.chaside,
      expectedFromRelated("15-2051.00", "chaside", (s) => Object.keys(s.knowledgeImportance).length > 0),
    );
    expectVectorClose(
      scientists.models.vak,
      expectedFromRelated("15-2051.00", "vak", (s) => Object.keys(s.abilitiesImportance).length > 0),
    );
    // Work styles exist in the pack for 15-2051.00, so Big Five is derived, not estimated.
    expect(Object.keys(signals.get("15-2051.00")?.workStylesImpact ?? {})).not.toHaveLength(0);
  });

  it("gives military occupations, which have no O*NET ratings, the protective-service average", () => {
    const military = profile("55-3016.00");
    expect(estimatedModels(military)).toEqual([...MODELS].sort());
    expect(
      military.estimated.every(
        (e) => e.basis.kind === "interests-estimated" || (e.basis.kind === "group" && e.basis.group === "33" && e.basis.standIn),
      ),
    ).toBe(true);
    expect(topDimension(military.models.chaside)).toBe("D");
  });

  it("adds the +0.2 defence bump for protective service (SOC 33) only", () => {
    const code = "33-3051.00"; // Police and Sheriff's Patrol Officers
    const original = signals.get(code);
    if (!original) throw new Error("missing police signals");
    const relabelled = new Map(signals);
    relabelled.set(code, { ...original, socMajorGroup: "99" });
    const withoutBump = buildOccupationProfiles(relabelled).get(code)?.models.chaside.D ?? Number.NaN;
    const withBump = profile(code).models.chaside.D ?? Number.NaN;
    expect(withBump - withoutBump).toBeCloseTo(Math.min(0.2, 1 - withoutBump), 10);
    expect(withBump).toBeGreaterThan(withoutBump);
  });

  it("is deterministic", () => {
    const again = buildOccupationProfiles(signals);
    expect(again.get("15-2051.00")).toEqual(profile("15-2051.00"));
  });
});

describe("norms and standardising", () => {
  it("centres each dimension on the occupations' mean", () => {
    const list = [...profiles.values()].filter((p) => signals.get(p.code)?.riasec);
    const norms = computeOccupationNorms(list);
    for (const model of MODELS) {
      for (const dimension of DIMENSIONS[model]) {
        const sd = norms[model][dimension]?.sd ?? 0;
        expect(sd, `${model}.${dimension}`).toBeGreaterThan(0.01);
      }
    }
    const fresh = list.filter((p) => p.estimated.length === 0);
    const meanZ =
      fresh.reduce((sum, p) => sum + (standardise("bigFive", p.models.bigFive, norms).ES ?? 0), 0) / fresh.length;
    expect(Math.abs(meanZ)).toBeLessThan(0.1);
  });
});

describe("applyOverrides", () => {
  const reason = "The O*NET occupation is broader than this career, which is mostly hands-on.";

  it("replaces only the listed dimensions and records the reason", () => {
    const base = profile("15-1252.00");
    const result = applyOverrides(base, [{ model: "vak", values: { K: 0.9 }, reason }]);
    expect(result.models.vak.K).toBe(0.9);
    expect(result.models.vak.V).toBe(base.models.vak.V);
    expect(result.overridden).toEqual([{ model: "vak", reason }]);
    expect(base.models.vak.K).not.toBe(0.9); // input untouched
  });

  it("stops calling a model estimated once every dimension is overridden", () => {
    const base = profile("15-1252.00");
    const values = Object.fromEntries(DIMENSIONS.mmmg.map((d) => [d, 0.5]));
    expect(estimatedModels(applyOverrides(base, [{ model: "mmmg", values: { achievement: 0.8 }, reason }]))).toEqual([
      "mmmg",
    ]);
    expect(estimatedModels(applyOverrides(base, [{ model: "mmmg", values, reason }]))).toEqual([]);
  });

  it("refuses unknown dimensions and values outside 0-1, listing each problem", () => {
    const bad = [{ model: "holland" as const, values: { X: 0.5, R: 1.4 }, reason }];
    expect(findOverrideProblems(bad)).toHaveLength(2);
    expect(() => applyOverrides(profile("15-1252.00"), bad)).toThrow(/"X" is not a dimension.*1\.4 is outside 0-1/);
  });
});
