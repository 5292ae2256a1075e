// Turns the scoring core's structured explanations into sentences of one locale. The core returns
// codes, dimensions and pointers into the career file; wording lives here and in the dictionaries,
// so a new language adds a dictionary, not a change to the core.
import type { ResultQueryProblem } from "@/lib/assessment/answers";
import type { Caution, MatchExplanation, Reason } from "@/lib/assessment/explain";
import type { CareerRecord } from "@/lib/content/validate";
import type { Dictionary } from "@/lib/i18n/dictionary";

type ContentCareer = Pick<CareerRecord, "title" | "profile" | "skills" | "paths">;

/**
 * The career file's own text a reason points to, as a clause that says what kind of text it is (what
 * people in it enjoy, what it calls for, what the work includes, a path), without claiming it is
 * about the reason's dimension. Index wraps: another edition may list fewer items.
 */
function quote(t: Dictionary, career: ContentCareer, pointer: Reason["pointer"]): string | null {
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
  const text = list.length > 0 ? list[pointer.index % list.length] : undefined;
  return text ? (t.result.words.quote[pointer.field]?.(text) ?? null) : null;
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
    quote: quote(t, career, reason.pointer),
  };
  if (reason.kind === "fit") return reason.person === "high" ? w.fitHigh(text) : w.fitLow(text);
  return reason.career === "high" ? w.misfitCareerHigh(text) : w.misfitCareerLow(text);
}

export function cautionSentence(t: Dictionary, career: ContentCareer, caution: Caution): string {
  return t.result.words.caution({
    title: career.title,
    names: names(t, { model: caution.model, dimensions: [caution.dimension] }, "name"),
    plain: names(t, { model: caution.model, dimensions: [caution.dimension] }, "plain"),
    // The caution's pointer is chosen by list, not by meaning: quoting it could pair a trait with an
    // unrelated skill, so the caution names the dimension only.
    quote: null,
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

/** What is wrong with a result link, in the edition's words (the code itself if a dictionary lacks it). */
export function problemSentence(t: Dictionary["result"], problem: ResultQueryProblem): string {
  return t.problems[problem.code]?.(problem.values) ?? problem.code;
}
