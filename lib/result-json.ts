// The machine-readable result (GET /test/result.json, /es/test/resultado.json): the same parsing and
// scoring as the page, every career in score order, reasons worded in the edition's language.
// Server-only glue between the pure core, the catalog and the dictionaries; the route stays thin.
import "server-only";
import { assess } from "@/lib/assessment/assess";
import { explainMatch } from "@/lib/assessment/explain";
import { parseResultQuery } from "@/lib/assessment/answers";
import { searchParamsFrom, type SearchParams } from "@/lib/assessment/request";
import { scoredCareers } from "@/lib/assessment-data";
import { careerById } from "@/lib/content/careers";
import { isKnownCareer } from "@/lib/content/files";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { cautionSentence, problemSentence, reasonSentence } from "@/lib/result-words";

/** A pure function of the URL and the scoring version: shared caches may keep it a day; browsers revalidate. */
export const RESULT_CACHE_CONTROL = "public, max-age=0, must-revalidate, s-maxage=86400";

export function searchParamsOf(url: URL): SearchParams {
  return searchParamsFrom(url.searchParams);
}

export function resultJson(locale: Locale, params: SearchParams): { status: number; body: unknown } {
  const t = getDictionary(locale);
  const parsed = parseResultQuery(params, isKnownCareer);
  if (!parsed.ok) {
    const problems = parsed.problems.map((p) => ({
      param: p.param,
      message: problemSentence(t.result, p),
    }));
    return { status: parsed.status, body: { error: t.result.invalidHeading, problems } };
  }
  const result = assess(parsed.answers, scoredCareers());
  const profile = Object.fromEntries(
    Object.entries(result.profile).map(([model, dims]) => [
      model,
      Object.fromEntries(Object.entries(dims).map(([d, v]) => [d, Math.round(v.score * 1000) / 1000])),
    ]),
  );
  const careers = result.careers.map((c) => {
    const content = careerById(c.careerId, locale) ?? careerById(c.careerId);
    const explanation = !result.withheld && content ? explainMatch(result, c.careerId) : null;
    return {
      slug: c.careerId,
      title: content?.title ?? c.careerId,
      index: c.index,
      band: result.withheld ? null : c.band,
      tier: result.withheld ? null : c.tier,
      stability: c.stability,
      breakdown: c.breakdown.map((b) => ({
        model: b.model,
        similarity: Math.round(b.similarity * 1000) / 1000,
        weight: Math.round(b.weight * 1000) / 1000,
        contribution: Math.round(b.contribution * 1000) / 1000,
      })),
      reasons: explanation && content ? explanation.reasons.map((r) => reasonSentence(t, content, r)) : [],
      caution: explanation?.caution && content ? cautionSentence(t, content, explanation.caution) : "",
    };
  });
  return {
    status: 200,
    body: {
      version: result.version,
      withheld: result.withheld,
      confidence: { level: result.confidence.level, flags: result.confidence.flags },
      profile,
      careers,
    },
  };
}
