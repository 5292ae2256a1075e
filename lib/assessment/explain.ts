// Structured reasons for one career of a result (methodology §4.3): the dimensions where this person and
// this career agree most (fit) and differ most (misfit), measured by their effect on the raw score, and
// one caution. Data only: the page words them, quoting the career's own text through `pointer`.
import { contextOf, type AssessmentContext, type AssessmentResult } from "./assess";
import { CALIBRATION } from "./calibration-data";
import type { Band } from "./calibration";
import { catalogFor, derivePersonVectors, weightVector, type ContentField, type ScoredCareer } from "./catalog";
import { DIMENSIONS, MODELS, dimensionsOf, type Model } from "./models";
import { HOLLAND_SHAPE_WEIGHT } from "./similarity";

export type Fit = "good" | "mixed" | "weak";
export type Level = "high" | "low";

/** An entry of the career file the page can quote next to the reason (field list, 0-based index). */
export interface ContentPointer {
  field: ContentField;
  index: number;
}

export interface Reason {
  kind: "fit" | "misfit";
  model: Model;
  dimensions: string[];
  /** Where the person stands on these dimensions (against their own profile, or the population for Big Five). */
  person: Level;
  /** Where the career stands (against other occupations). */
  career: Level;
  pointer: ContentPointer | null;
}

export interface Caution {
  model: Model;
  dimension: string;
  /** Whether the person is below (low) or above (high) the reference respondents on it. */
  person: Level;
  career: "high";
  pointer: ContentPointer | null;
}

export interface MatchExplanation {
  careerId: string;
  /** From the band: strong/good → good, possible → mixed, weak → weak. Null when withheld. */
  fit: Fit | null;
  /** Best first; a weak match leads with misfits. */
  reasons: Reason[];
  caution: Caution | null;
}

/** Our choices, in raw-score units (the reference raw scores span about 0.25-0.85). */
export const EXPLAIN_RULES = {
  /** A dimension moving the raw score by less than this is noise, not a reason. */
  minEffect: 0.004,
  /** At most this many dimensions in one reason, and reasons per card. */
  maxDimensions: 2,
  maxReasons: 3,
  /** Big Five / VAK / caution: the career must be this distinctive (z) on a dimension to count it. */
  distinctiveZ: 0.5,
  /** Big Five fit: person within this many SDs of the career's demand. */
  closeZ: 1.0,
  /** A shared dislike ("you avoid X, the career has little X") ranks at this fraction of its effect. */
  sharedLowWeight: 0.5,
  /** A card may lead with a weaker reason than its best, to differ from earlier cards, down to this fraction. */
  distinctFloor: 0.5,
} as const;

export const FIT_BY_BAND: Record<Band, Fit> = { strong: "good", good: "good", possible: "mixed", weak: "weak" };

/** Which list of the career file a reason points into. A choice by field only: no text is matched. */
export const POINTER_FIELDS: Record<"fit" | "misfit", Record<Model, ContentField>> = {
  fit: { holland: "interests", chaside: "interests", mmmg: "paths", bigFive: "strengths", vak: "technical" },
  misfit: { holland: "technical", chaside: "technical", mmmg: "paths", bigFive: "human", vak: "technical" },
};

interface Candidate {
  kind: "fit" | "misfit";
  model: Model;
  dimensions: string[];
  person: Level;
  career: Level;
  effect: number;
}

const level = (x: number): Level => (x >= 0 ? "high" : "low");

function correlationCandidates(
  context: AssessmentContext,
  i: number,
  model: "holland" | "chaside" | "mmmg",
): Candidate[] {
  const dims = dimensionsOf(model);
  const n = dims.length;
  const person =
    model === "holland"
      ? context.person.hollandUnit
      : model === "chaside"
        ? context.person.chasideUnit
        : context.person.mmmgUnit;
  const career =
    model === "holland"
      ? context.catalog.hollandUnit
      : model === "chaside"
        ? context.catalog.chasideUnit
        : context.catalog.mmmgUnit;
  // Similarity = shape·(r + 1)/2 and r = Σ c_j, so c_j moves the raw score by weight·shape·c_j/2.
  const scale = (context.weights[MODELS.indexOf(model)] ?? 0) * (model === "holland" ? HOLLAND_SHAPE_WEIGHT : 1) * 0.5;
  const groups = new Map<string, { candidate: Candidate; parts: { dimension: string; effect: number }[] }>();
  dims.forEach((dimension, j) => {
    const u = person[j] ?? 0;
    const o = career[i * n + j] ?? 0;
    const effect = scale * u * o;
    if (Math.abs(effect) < EXPLAIN_RULES.minEffect) return;
    const kind = effect > 0 ? "fit" : "misfit";
    // Wanting less of a work value than a job offers is no reason not to fit it.
    if (model === "mmmg" && kind === "misfit" && u < 0) return;
    const key = `${kind}|${level(u)}|${level(o)}`;
    const group = groups.get(key) ?? {
      candidate: { kind, model, dimensions: [], person: level(u), career: level(o), effect: 0 },
      parts: [],
    };
    group.parts.push({ dimension, effect });
    groups.set(key, group);
  });
  return [...groups.values()].map(({ candidate, parts }) => {
    const top = parts.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect)).slice(0, EXPLAIN_RULES.maxDimensions);
    return {
      ...candidate,
      dimensions: dims.filter((d) => top.some((p) => p.dimension === d)),
      effect: top.reduce((sum, p) => sum + p.effect, 0),
    };
  });
}

/** Big Five: effect of each distinctive trait against a typical (z = 0) person, ≈ w·s·a_j·(z_o² − (z_u − z_o)²)/2. */
function bigFiveCandidates(context: AssessmentContext, i: number, similarity: number): Candidate[] {
  const m = MODELS.indexOf("bigFive");
  const n = DIMENSIONS.bigFive.length;
  const weight = context.weights[m] ?? 0;
  return DIMENSIONS.bigFive.flatMap((trait, j): Candidate[] => {
    const zo = context.catalog.z.bigFive[i * n + j] ?? 0;
    const zu = context.person.bigFiveZ[j] ?? 0;
    if (Math.abs(zo) < EXPLAIN_RULES.distinctiveZ) return [];
    const a = context.catalog.bigFiveWeight[i * n + j] ?? 0;
    const effect = (weight * similarity * a * (zo * zo - (zu - zo) ** 2)) / 2;
    if (Math.abs(effect) < EXPLAIN_RULES.minEffect) return [];
    if (effect > 0 && Math.abs(zu - zo) >= EXPLAIN_RULES.closeZ) return [];
    return [
      {
        kind: effect > 0 ? "fit" : "misfit",
        model: "bigFive",
        dimensions: [trait],
        person: level(zu),
        career: level(zo),
        effect,
      },
    ];
  });
}

/** VAK: each mode's share distance against an even (⅓) person; only modes the work leans on. */
function vakCandidates(context: AssessmentContext, i: number): Candidate[] {
  const m = MODELS.indexOf("vak");
  const n = DIMENSIONS.vak.length;
  const weight = context.weights[m] ?? 0;
  return DIMENSIONS.vak.flatMap((mode, j): Candidate[] => {
    const po = context.catalog.vakShares[i * n + j] ?? 0;
    const pu = context.person.vakShares[j] ?? 0;
    if ((context.catalog.z.vak[i * n + j] ?? 0) < EXPLAIN_RULES.distinctiveZ) return [];
    const effect = (weight * (Math.abs(1 / 3 - po) - Math.abs(pu - po))) / 2;
    if (Math.abs(effect) < EXPLAIN_RULES.minEffect) return [];
    return [
      {
        kind: effect > 0 ? "fit" : "misfit",
        model: "vak",
        dimensions: [mode],
        person: level(pu - 1 / 3),
        career: "high",
        effect,
      },
    ];
  });
}

function candidatesFor(context: AssessmentContext, i: number, bigFiveSimilarity: number): Candidate[] {
  return [
    ...correlationCandidates(context, i, "holland"),
    ...correlationCandidates(context, i, "chaside"),
    ...correlationCandidates(context, i, "mmmg"),
    ...bigFiveCandidates(context, i, bigFiveSimilarity),
    ...vakCandidates(context, i),
  ].sort((a, b) => strength(b) - strength(a));
}

/** Ranking strength: |effect|, with shared dislikes discounted (they say less about why a career fits). */
function strength(c: Candidate): number {
  const sharedLow = c.kind === "fit" && c.person === "low" && c.career === "low";
  return Math.abs(c.effect) * (sharedLow ? EXPLAIN_RULES.sharedLowWeight : 1);
}

const signature = (c: Pick<Candidate, "kind" | "model" | "dimensions" | "person" | "career">): string =>
  `${c.kind}|${c.model}|${c.dimensions.join(",")}|${c.person}|${c.career}`;

/** Reason kinds in card order: good → fit, fit, misfit; mixed → fit, misfit, fit; weak → misfit, misfit, fit. */
const SEQUENCE: Record<Fit, ("fit" | "misfit")[]> = {
  good: ["fit", "fit", "misfit"],
  mixed: ["fit", "misfit", "fit"],
  weak: ["misfit", "misfit", "fit"],
};

class PointerPicker {
  private used = new Map<ContentField, number>();
  constructor(private readonly career: ScoredCareer | undefined) {}
  /** The next unused entry of `field` in this career's file, or null when the file has none. */
  next(field: ContentField): ContentPointer | null {
    const count = this.career?.content?.[field] ?? 0;
    const index = this.used.get(field) ?? 0;
    if (index >= count) return null;
    this.used.set(field, index + 1);
    return { field, index };
  }
}

function chooseReasons(
  candidates: Candidate[],
  fit: Fit,
  usedFirst: Set<string>,
  career: ScoredCareer | undefined,
): Reason[] {
  const chosen: Candidate[] = [];
  for (const kind of SEQUENCE[fit]) {
    const pool = candidates.filter((c) => c.kind === kind && !chosen.includes(c));
    // A card leads with a reason no earlier card led with, if one is nearly as strong as its best.
    const best = pool[0];
    const floor = best ? strength(best) * EXPLAIN_RULES.distinctFloor : 0;
    const pick =
      chosen.length === 0 ? (pool.find((c) => strength(c) >= floor && !usedFirst.has(signature(c))) ?? best) : best;
    if (pick) chosen.push(pick);
  }
  const first = chosen[0];
  if (first) usedFirst.add(signature(first));
  const pointers = new PointerPicker(career);
  return chosen.slice(0, EXPLAIN_RULES.maxReasons).map(({ kind, model, dimensions, person, career: where }) => ({
    kind,
    model,
    dimensions,
    person,
    career: where,
    pointer: pointers.next(POINTER_FIELDS[kind][model]),
  }));
}

/**
 * The dimension the career demands (z ≥ distinctiveZ) on which the person is lowest (population z),
 * only when the person is below the reference respondents on it, and never a dimension a reason of the
 * same card names as a fit (a card must not say "you enjoy X" and "might not suit you if you dislike X").
 */
function cautionFor(
  context: AssessmentContext,
  i: number,
  career: ScoredCareer | undefined,
  reasons: readonly Reason[],
): Caution | null {
  const named = new Set(reasons.filter((r) => r.kind === "fit").flatMap((r) => r.dimensions.map((d) => `${r.model}.${d}`)));
  const norms = context.calibration.personNorms;
  let best: { model: Model; dimension: string; zu: number; zo: number } | null = null;
  for (const model of ["holland", "chaside", "bigFive", "vak"] as const) {
    const dims = dimensionsOf(model);
    const scores = context.person.scores[model];
    dims.forEach((dimension, j) => {
      const zo = context.catalog.z[model][i * dims.length + j] ?? 0;
      if (zo < EXPLAIN_RULES.distinctiveZ || named.has(`${model}.${dimension}`)) return;
      const norm = norms[model][dimension];
      const zu = norm && norm.sd > 0 ? ((scores[j] ?? 0.5) - norm.mean) / norm.sd : 0;
      if (!best || zu < best.zu || (zu === best.zu && zo > best.zo)) best = { model, dimension, zu, zo };
    });
  }
  if (!best) return null;
  const { model, dimension, zu } = best;
  if (zu >= 0) return null; // at or above the reference average: nothing to warn about
  return {
    model,
    dimension,
    person: level(zu),
    career: "high",
    pointer: new PointerPicker(career).next(POINTER_FIELDS.misfit[model]),
  };
}

/** Per result: its context and the explanations made so far (the cards, then any asked for). */
const explanations = new WeakMap<
  AssessmentResult,
  { context: AssessmentContext; byCareer: Map<string, MatchExplanation> }
>();

/** Rebuilds the context of a result that lost it (e.g. after JSON), from its profile and the careers. */
function rebuildContext(result: AssessmentResult, careers: readonly ScoredCareer[]): AssessmentContext {
  const calibration = CALIBRATION;
  const catalog = catalogFor(careers, calibration);
  const scores = Object.fromEntries(
    MODELS.map((model) => [
      model,
      Float64Array.from(dimensionsOf(model), (d) => result.profile[model][d]?.score ?? 0.5),
    ]),
  ) as Record<Model, Float64Array>;
  return {
    catalog,
    calibration,
    person: derivePersonVectors(scores, calibration.personNorms.bigFive),
    weights: weightVector(calibration.rawWeights),
    positions: new Map(catalog.ids.map((id, i) => [id, i])),
  };
}

function explainOne(
  result: AssessmentResult,
  context: AssessmentContext,
  careerId: string,
  usedFirst: Set<string>,
): MatchExplanation | null {
  const i = context.positions.get(careerId);
  const entry = result.careers.find((c) => c.careerId === careerId);
  if (i === undefined || !entry) return null;
  if (result.withheld || entry.band === null) return { careerId, fit: null, reasons: [], caution: null };
  const career = context.catalog.careers[i];
  const fit = FIT_BY_BAND[entry.band];
  const bigFive = entry.breakdown.find((b) => b.model === "bigFive")?.similarity ?? 0;
  const reasons = chooseReasons(candidatesFor(context, i, bigFive), fit, usedFirst, career);
  return { careerId, fit, reasons, caution: cautionFor(context, i, career, reasons) };
}

/**
 * Reasons and caution for one career of a result. The cards of one result (its tiered careers) are
 * explained together, in result order, so no two of them lead with the same reason; the answer for
 * any career is the same whichever card is asked first. `careers` is only needed for a result that
 * did not come from assess() in this process (for example one parsed from JSON).
 */
export function explainMatch(
  result: AssessmentResult,
  careerId: string,
  careers?: readonly ScoredCareer[],
): MatchExplanation | null {
  let cache = explanations.get(result);
  if (!cache) {
    const context = contextOf(result) ?? (careers ? rebuildContext(result, careers) : undefined);
    if (!context) throw new Error("explainMatch: pass the careers for a result that did not come from assess()");
    const byCareer = new Map<string, MatchExplanation>();
    const usedFirst = new Set<string>();
    for (const card of result.careers) {
      if (card.tier === null) continue;
      const explanation = explainOne(result, context, card.careerId, usedFirst);
      if (explanation) byCareer.set(card.careerId, explanation);
    }
    cache = { context, byCareer };
    explanations.set(result, cache);
  }
  const cached = cache.byCareer.get(careerId);
  if (cached) return cached;
  // Careers outside the cards are explained on their own.
  const explanation = explainOne(result, cache.context, careerId, new Set());
  if (explanation) cache.byCareer.set(careerId, explanation);
  return explanation;
}
