// The reference distribution behind the match index: simulated respondents × occupations, scored with
// fresh occupation norms. scripts/calibrate.ts freezes its output; tests recompute it at small N.
import { fitKnots, rawQuantiles, type CalibrationData } from "./calibration";
import { CONFIDENCE_RULES, hasResponseQualityFlag } from "./confidence";
import {
  ABILITIES_TO_VAK,
  CHASIDE_BLEND,
  CHASIDE_D_BUMP,
  KNOWLEDGE_TO_CHASIDE,
  ONET_SCALES,
  RELATED_OCCUPATIONS_FOR_GAPS,
  RIASEC_PROXY_FOR_CHASIDE,
  SOC_GROUP_STAND_INS,
  WORK_STYLE_CLIP_PERCENTILES,
  WORK_STYLES_TO_BIG_FIVE,
  WORK_VALUES_TO_MMMG,
} from "./crosswalks";
import { buildAssessmentKey } from "./key";
import { MODELS, type Model } from "./models";
import { computeOccupationNorms, type CareerProfile } from "./profiles";
import { matchRaw, profilePerson, standardiseCareer } from "./score";
import { BIG_FIVE_PERSON_NORMS, HOLLAND_SHAPE_WEIGHT } from "./similarity";
import { SIMULATION, simulateRespondents } from "./simulate";

export type ReferenceDistribution = Omit<CalibrationData, "version" | "generated" | "fingerprint">;

/**
 * FNV-1a hash of everything the frozen calibration depends on besides the O*NET data (which the
 * norms check covers): the item key, model weights, crosswalks and scoring constants.
 */
export function scoringFingerprint(): string {
  const text = JSON.stringify({
    key: buildAssessmentKey(),
    // Listed one by one: a module namespace object serialises differently across bundlers.
    crosswalks: [
      ABILITIES_TO_VAK,
      CHASIDE_BLEND,
      CHASIDE_D_BUMP,
      KNOWLEDGE_TO_CHASIDE,
      ONET_SCALES,
      RELATED_OCCUPATIONS_FOR_GAPS,
      RIASEC_PROXY_FOR_CHASIDE,
      SOC_GROUP_STAND_INS,
      WORK_STYLE_CLIP_PERCENTILES,
      WORK_STYLES_TO_BIG_FIVE,
      WORK_VALUES_TO_MMMG,
    ],
    constants: { BIG_FIVE_PERSON_NORMS, HOLLAND_SHAPE_WEIGHT, SIMULATION, CONFIDENCE_RULES },
  });
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] ?? 0) + (sorted[Math.ceil(middle)] ?? 0)) / 2;
}

/**
 * Scores `respondents` seeded simulated people against every profile. Respondents that trip a
 * response-quality check are left out, as methodology §2.4 asks for any calibration sample.
 */
export function buildReferenceDistribution(
  profiles: readonly CareerProfile[],
  respondents: number,
  seed: number,
): ReferenceDistribution {
  const occupationNorms = computeOccupationNorms(profiles);
  const careerZ = profiles.map((profile) => standardiseCareer(profile, occupationNorms));
  const people = simulateRespondents(respondents, seed)
    .filter((answers) => !hasResponseQualityFlag(answers))
    .map(profilePerson);
  const pairs = people.length * profiles.length;
  const raw = new Float64Array(pairs);
  const perModel: Record<Model, Float64Array> = {
    holland: new Float64Array(pairs),
    chaside: new Float64Array(pairs),
    mmmg: new Float64Array(pairs),
    bigFive: new Float64Array(pairs),
    vak: new Float64Array(pairs),
  };
  let k = 0;
  for (const person of people) {
    profiles.forEach((profile, j) => {
      const z = careerZ[j];
      if (!z) return;
      const result = matchRaw(person, profile, z);
      raw[k] = result.raw;
      for (const model of MODELS) perModel[model][k] = result.similarities[model].value;
      k++;
    });
  }
  const scores = Array.from(raw);
  return {
    seed,
    respondents: people.length,
    occupations: profiles.length,
    quantiles: rawQuantiles(scores),
    knots: fitKnots(scores),
    similarityMedians: {
      holland: median(perModel.holland),
      chaside: median(perModel.chaside),
      mmmg: median(perModel.mmmg),
      bigFive: median(perModel.bigFive),
      vak: median(perModel.vak),
    },
    occupationNorms,
  };
}
