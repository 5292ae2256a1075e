// Influence audit (methodology §2.2 step 4): with independent random answers, how much of each
// career's score variance one item explains, and how much models correlate only through shared items.
import { MODELS, type Model } from "./models";
import { type CareerProfile, type OccupationNorms } from "./profiles";
import { matchRaw, profilePerson, standardiseCareer } from "./score";
import { uniformRespondents } from "./simulate";

export interface InfluenceAudit {
  respondents: number;
  careers: number;
  /** Largest share of a career's score variance explained by one item (r²). Target ≤ about 0.12. */
  maxItemShare: { share: number; itemId: number; code: string };
  /** Careers where some item explains more than 12 % of the variance. */
  careersOverThreshold: number;
  /** Median over careers of the largest single-item share. */
  medianCareerMaxShare: number;
  /** Per item: the largest share it reaches on any career. */
  itemMaxShares: { itemId: number; share: number }[];
  /** Correlation of two models' similarities across respondents, averaged over careers (and the max). */
  modelCorrelations: { a: Model; b: Model; mean: number; max: number }[];
}

function correlation(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] ?? 0;
    my += y[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

export const ITEM_SHARE_THRESHOLD = 0.12;

export function auditInfluence(
  profiles: readonly CareerProfile[],
  norms: OccupationNorms,
  respondents: number,
  seed: number,
): InfluenceAudit {
  const answers = uniformRespondents(respondents, seed);
  const people = answers.map(profilePerson);
  const items = answers[0]?.length ?? 0;
  const itemColumns = Array.from({ length: items }, (_, i) => Float64Array.from(answers, (a) => a[i] ?? 3));
  const itemMax = new Array<number>(items).fill(0);
  let best = { share: 0, itemId: 0, code: "" };
  let over = 0;
  const careerMaxes: number[] = [];
  const pairs: { a: Model; b: Model; sum: number; max: number }[] = [];
  MODELS.forEach((a, i) => MODELS.slice(i + 1).forEach((b) => pairs.push({ a, b, sum: 0, max: -1 })));

  for (const profile of profiles) {
    const z = standardiseCareer(profile, norms);
    const scores = new Float64Array(people.length);
    const sims: Record<Model, Float64Array> = {
      holland: new Float64Array(people.length),
      chaside: new Float64Array(people.length),
      mmmg: new Float64Array(people.length),
      bigFive: new Float64Array(people.length),
      vak: new Float64Array(people.length),
    };
    people.forEach((person, k) => {
      const result = matchRaw(person, profile, z);
      scores[k] = result.raw;
      for (const model of MODELS) sims[model][k] = result.similarities[model].value;
    });
    let careerMax = 0;
    itemColumns.forEach((column, i) => {
      const share = correlation(column, scores) ** 2;
      itemMax[i] = Math.max(itemMax[i] ?? 0, share);
      careerMax = Math.max(careerMax, share);
      if (share > best.share) best = { share, itemId: i + 1, code: profile.code };
    });
    if (careerMax > ITEM_SHARE_THRESHOLD) over++;
    careerMaxes.push(careerMax);
    for (const pair of pairs) {
      const r = correlation(sims[pair.a], sims[pair.b]);
      pair.sum += r;
      pair.max = Math.max(pair.max, r);
    }
  }
  return {
    respondents,
    careers: profiles.length,
    maxItemShare: best,
    careersOverThreshold: over,
    medianCareerMaxShare: careerMaxes.sort((a, b) => a - b)[Math.floor(careerMaxes.length / 2)] ?? 0,
    itemMaxShares: itemMax.map((share, i) => ({ itemId: i + 1, share })),
    modelCorrelations: pairs.map((p) => ({ a: p.a, b: p.b, mean: p.sum / Math.max(1, profiles.length), max: p.max })),
  };
}
