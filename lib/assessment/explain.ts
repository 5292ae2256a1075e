// "Why you matched" and "might not suit you if" lines, generated from the per-dimension contributions
// of each model (methodology §4.3), so they name only dimensions that actually moved the score.
import { DIMENSIONS, MODELS, MODEL_WEIGHTS, dimensionLabel, type Model } from "./models";
import { HOLLAND_SHAPE_WEIGHT, type CorrelationDetail, type Similarities } from "./similarity";

export interface ExplainInput {
  title: string;
  similarities: Similarities;
  /** Models of this career that are estimated by the gap rule. */
  estimated: ReadonlySet<Model>;
  /** Median similarity per model in the reference population: above it, the model helped. */
  medians: Record<Model, number>;
}

/** A contribution smaller than this (share of r) is noise, not a reason. */
const MIN_REASON_CONTRIBUTION = 0.05;
/** Big Five: the job must be this distinctive (|z|) on a trait, and the person this close to it. */
const DISTINCTIVE_Z = 0.5;
const CLOSE_Z = 1.0;
const FAR_Z = 1.0;
/** VAK: a mode counts when its share is clearly above an even third. */
const LEANING_SHARE = 0.4;
/** VAK: a mode the person clearly leans on less than the other two. */
const LOW_SHARE = 0.3;

const plain = (model: Model, dimension: string): string => dimensionLabel(model, dimension).plain;
const nameOf = (model: Model, dimension: string): string => dimensionLabel(model, dimension).name;

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/** Dimensions where both the person and the career are above their own average, strongest first. */
function sharedHighs(detail: CorrelationDetail, dimensions: readonly string[], count: number): string[] {
  return dimensions
    .filter(
      (d) =>
        (detail.contributions[d] ?? 0) >= MIN_REASON_CONTRIBUTION &&
        (detail.personDeviation[d] ?? 0) > 0 &&
        (detail.careerDeviation[d] ?? 0) > 0,
    )
    .sort((a, b) => (detail.contributions[b] ?? 0) - (detail.contributions[a] ?? 0))
    .slice(0, count);
}

function reasonFor(model: Model, input: ExplainInput): string | null {
  const { similarities, title } = input;
  switch (model) {
    case "holland": {
      const dims = sharedHighs(similarities.holland.detail, DIMENSIONS.holland, 2);
      if (dims.length === 0) return null;
      return `You enjoy ${joinWords(dims.map((d) => plain("holland", d)))}; ${title} work is largely ${joinWords(
        dims.map((d) => nameOf("holland", d)),
      )}.`;
    }
    case "chaside": {
      const [area] = sharedHighs(similarities.chaside.detail, DIMENSIONS.chaside, 1);
      if (!area) return null;
      return `Your interest in ${plain("chaside", area)} matches a main study area for this career: ${nameOf("chaside", area)}.`;
    }
    case "mmmg": {
      const dims = sharedHighs(similarities.mmmg.detail, DIMENSIONS.mmmg, 2);
      if (dims.length === 0) return null;
      const more = dims.length === 1 ? "more of it" : "more of both";
      return `You care about ${joinWords(dims.map((d) => plain("mmmg", d)))}, and this career offers ${more} than most.`;
    }
    case "bigFive": {
      const { personZ, careerZ, terms } = similarities.bigFive.detail;
      const traits = DIMENSIONS.bigFive
        .filter((t) => (careerZ[t] ?? 0) >= DISTINCTIVE_Z && Math.abs((personZ[t] ?? 0) - (careerZ[t] ?? 0)) < CLOSE_Z)
        .sort((a, b) => (terms[a] ?? 0) - (terms[b] ?? 0))
        .slice(0, 2);
      if (traits.length === 0) return null;
      return `This career calls for ${joinWords(traits.map((t) => plain("bigFive", t)))}, which fits how you describe yourself.`;
    }
    case "vak": {
      const { personShares, careerShares } = similarities.vak.detail;
      const mode = DIMENSIONS.vak
        .filter((m) => (careerShares[m] ?? 0) >= LEANING_SHARE && (personShares[m] ?? 0) >= 1 / 3)
        .sort((a, b) => (careerShares[b] ?? 0) - (careerShares[a] ?? 0))[0];
      if (!mode) return null;
      return `The work relies a lot on ${plain("vak", mode)}, which is how you like to work.`;
    }
  }
}

const ESTIMATED_NOTE = " O*NET has no data on this for the career, so this part is estimated from similar careers.";

/** 2-3 sentences from the models that lifted the score most above a typical pair. */
export function explainReasons(input: ExplainInput): string[] {
  const ranked = MODELS.map((model) => ({
    model,
    advantage: MODEL_WEIGHTS[model] * (input.similarities[model].value - input.medians[model]),
  }))
    .filter((entry) => entry.advantage > 0)
    .sort((a, b) => b.advantage - a.advantage);
  const reasons: string[] = [];
  for (const { model } of ranked) {
    if (reasons.length === 3) break;
    const sentence = reasonFor(model, input);
    if (!sentence) continue;
    reasons.push(input.estimated.has(model) ? `${sentence}${ESTIMATED_NOTE}` : sentence);
  }
  if (reasons.length === 1) {
    reasons.push("Apart from that, your answers overlap only partly with what this career usually involves.");
  } else if (reasons.length === 0) {
    // Nothing lifted the score: say so, and contrast the career's main activities with the person's.
    const { personDeviation, careerDeviation } = input.similarities.holland.detail;
    const strongest = (deviation: Record<string, number>) =>
      [...DIMENSIONS.holland]
        .sort((a, b) => (deviation[b] ?? 0) - (deviation[a] ?? 0))
        .slice(0, 2)
        .map((d) => nameOf("holland", d));
    reasons.push(
      "Your answers overlap only a little with what this career usually involves.",
      `${input.title} work is mostly ${joinWords(strongest(careerDeviation))}, while your answers lean towards ${joinWords(strongest(personDeviation))} activities.`,
    );
  }
  return reasons;
}

interface CautionCandidate {
  /** Effect on the raw score (negative = pulled the match down). */
  effect: number;
  text: string;
}

function correlationCautions(model: "holland" | "chaside" | "mmmg", input: ExplainInput): CautionCandidate[] {
  const detail = input.similarities[model].detail;
  // Similarity = (r + 1)/2, so a contribution c_j moves it by c_j/2 (times 0.8 for Holland's shape part).
  const scale = MODEL_WEIGHTS[model] * (model === "holland" ? HOLLAND_SHAPE_WEIGHT : 1) * 0.5;
  return DIMENSIONS[model].flatMap((d): CautionCandidate[] => {
    const c = detail.contributions[d] ?? 0;
    if (c >= 0) return [];
    const personHigh = (detail.personDeviation[d] ?? 0) > 0;
    const effect = scale * c;
    if (model === "mmmg") {
      // Only "you want it, the job lacks it" is a reason not to fit; the reverse is harmless.
      return personHigh
        ? [
            {
              effect,
              text: `Might not suit you if ${plain(model, d)} matters a lot to you: this career offers less of it than most.`,
            },
          ]
        : [];
    }
    return [
      personHigh
        ? {
            effect,
            text: `Might not suit you if you want to spend most of your time ${plain(model, d)}: this career has little of it.`,
          }
        : { effect, text: `Might not suit you if you dislike ${plain(model, d)}: this career has a lot of it.` },
    ];
  });
}

function bigFiveCautions(input: ExplainInput): CautionCandidate[] {
  const { value, detail } = input.similarities.bigFive;
  const totalTerms = DIMENSIONS.bigFive.reduce((sum, t) => sum + (detail.terms[t] ?? 0), 0);
  return DIMENSIONS.bigFive.flatMap((t): CautionCandidate[] => {
    const zo = detail.careerZ[t] ?? 0;
    const zu = detail.personZ[t] ?? 0;
    // Only when the person is below the typical respondent too: "more than you" alone is not a warning.
    if (zo < DISTINCTIVE_Z || zu >= 0 || zo - zu < FAR_Z || totalTerms <= 0) return [];
    // Share of the Big Five shortfall (1 − similarity) that this trait's distance accounts for.
    const effect = -MODEL_WEIGHTS.bigFive * (1 - value) * ((detail.terms[t] ?? 0) / totalTerms);
    return [
      {
        effect,
        text: `Might not suit you if ${plain("bigFive", t)} does not come easily to you: this career demands a lot of it.`,
      },
    ];
  });
}

function vakCautions(input: ExplainInput): CautionCandidate[] {
  const { personShares, careerShares } = input.similarities.vak.detail;
  return DIMENSIONS.vak.flatMap((m): CautionCandidate[] => {
    const gap = (careerShares[m] ?? 0) - (personShares[m] ?? 0);
    if ((careerShares[m] ?? 0) < LEANING_SHARE || (personShares[m] ?? 0) >= LOW_SHARE || gap <= 0.1) return [];
    return [
      {
        effect: -MODEL_WEIGHTS.vak * gap,
        text: `Might not suit you if you do not enjoy ${plain("vak", m)}: the work relies on it a lot.`,
      },
    ];
  });
}

/** The single line from the largest negative contribution across all models. */
export function explainCaution(input: ExplainInput): string {
  const candidates = [
    ...correlationCautions("holland", input),
    ...correlationCautions("chaside", input),
    ...correlationCautions("mmmg", input),
    ...bigFiveCautions(input),
    ...vakCautions(input),
  ].sort((a, b) => a.effect - b.effect);
  return (
    candidates[0]?.text ??
    "Might not suit you if the day-to-day tasks differ from what you imagine: read what a typical day involves before deciding."
  );
}
