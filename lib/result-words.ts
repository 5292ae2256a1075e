// Turns the scoring core's structured explanations into sentences of one locale. The core returns
// codes, dimensions and pointers into the career file; wording lives here and in the dictionaries,
// so a new language adds a dictionary, not a change to the core.
import type { Caution, MatchExplanation, Reason } from "@/lib/assessment/explain";
import type { CareerRecord } from "@/lib/content/validate";
import type { Dictionary } from "@/lib/i18n/dictionary";

type ContentCareer = Pick<CareerRecord, "title" | "profile" | "skills" | "paths">;

/** The career file's own text a reason points to (index wraps: another edition may list fewer items). */
function quote(career: ContentCareer, pointer: Reason["pointer"]): string | null {
  if (!pointer) return null;
  const list =
    pointer.field === "interests"
      ? career.profile.interests
      : pointer.field === "strengths"
        ? career.profile.strengths
        : pointer.field === "technical"
          ? career.skills.technical
          : pointer.field === "human"
            ? career.skills.human
            : career.paths.map((p) => p.title);
  if (list.length === 0) return null;
  return list[pointer.index % list.length] ?? null;
}

function names(t: Dictionary, reason: { model: string; dimensions: readonly string[] }, key: "name" | "plain"): string {
  const labels = t.dimensionLabels[reason.model] ?? {};
  return t.result.words.list(reason.dimensions.map((d) => labels[d]?.[key] ?? d));
}

export function reasonSentence(t: Dictionary, career: ContentCareer, reason: Reason): string {
  const w = t.result.words;
  const text = {
    title: career.title,
    names: names(t, reason, "name"),
    plain: names(t, reason, "plain"),
    quote: quote(career, reason.pointer),
  };
  if (reason.kind === "fit") return reason.person === "high" ? w.fitHigh(text) : w.fitLow(text);
  return reason.career === "high" ? w.misfitCareerHigh(text) : w.misfitCareerLow(text);
}

export function cautionSentence(t: Dictionary, career: ContentCareer, caution: Caution): string {
  return t.result.words.caution({
    title: career.title,
    names: names(t, { model: caution.model, dimensions: [caution.dimension] }, "name"),
    plain: names(t, { model: caution.model, dimensions: [caution.dimension] }, "plain"),
    quote: quote(career, caution.pointer),
  });
}

export interface WordedExplanation {
  heading: string;
  reasons: string[];
  caution: string | null;
}

export function wordExplanation(t: Dictionary, career: ContentCareer, explanation: MatchExplanation): WordedExplanation {
  const heading = explanation.fit === "weak" ? t.result.whyNot : explanation.fit === "mixed" ? t.result.whyMixed : t.result.why;
  return {
    heading,
    reasons: explanation.reasons.map((r) => reasonSentence(t, career, r)),
    caution: explanation.caution ? cautionSentence(t, career, explanation.caution) : null,
  };
}
