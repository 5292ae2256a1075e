import { SiteLink } from "@/components/SiteLink";
import type { CareerResult } from "@/lib/assessment/assess";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import type { WordedExplanation } from "@/lib/result-words";

/**
 * One suggested career: why it may or may not fit (worded from the core's structured reasons and the
 * career's own file), what might not suit, and, folded away, the match index and per-model breakdown.
 * No rank number: the order within a tier means nothing the answers can support.
 */
export function MatchCard({
  match,
  title,
  href,
  explanation,
  locale,
  headingLevel = 4,
  detailHref,
}: {
  match: CareerResult;
  title: string;
  href: string;
  explanation: WordedExplanation | null;
  locale: Locale;
  headingLevel?: 3 | 4;
  /** When set, the index and breakdown live on the career-first view at this address (keeps the page light). */
  detailHref?: string;
}) {
  const dict = getDictionary(locale);
  const t = dict.result;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const anyEstimated = match.breakdown.some((b) => b.estimated);
  return (
    <article className="r-card" data-testid="match">
      <Heading className="r-title">
        <SiteLink href={href} className="r-link">
          {title}
        </SiteLink>
      </Heading>
      {match.stability !== null ? (
        <p className="r-note" data-testid="stability">
          {t.stabilityLine(Math.round(match.stability * 10))}
        </p>
      ) : null}
      {explanation ? (
        <>
          <p className="r-why">{explanation.heading}</p>
          <ul className="r-list">
            {explanation.reasons.map((reason, i) => (
              // Keyed by position: the list never reorders, and a sentence as key would travel twice in
              // the page's inline payload.
              <li key={i}>{reason}</li>
            ))}
          </ul>
          {explanation.caution ? (
            <p className="r-more">
              <strong>{t.caution}</strong> {explanation.caution}
            </p>
          ) : null}
        </>
      ) : null}
      {match.index !== null && detailHref ? (
        <p className="r-more">
          <a href={detailHref} className="r-link">
            {t.detailsSummary(match.index)}
          </a>
        </p>
      ) : null}
      {match.index !== null && !detailHref ? (
        <details className="mt-3 text-sm print:hidden" open>
          <summary className="inline-flex min-h-6 cursor-pointer items-center font-medium text-brand-700">
            {t.detailsSummary(match.index)}
          </summary>
          <p className="mt-2">
            <span className="font-semibold" data-testid="match-index">
              {match.index}
            </span>{" "}
            {t.outOf} · {match.band ? t.bands[match.band] : null}
          </p>
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">{t.breakdown}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-2">
                  {t.model}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t.similarity}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t.weight}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t.points}
                </th>
              </tr>
            </thead>
            <tbody>
              {match.breakdown.map((b) => (
                <tr key={b.model} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 font-normal">
                    {dict.modelNames[b.model]}
                    {b.estimated ? ` (${t.estimated})` : ""}
                  </th>
                  <td className="py-1 pr-2 text-right tabular-nums">{Math.round(b.similarity * 100)}</td>
                  <td className="py-1 pr-2 text-right tabular-nums">{Math.round(b.weight * 100)}</td>
                  <td className="py-1 text-right tabular-nums">{(b.contribution * 100).toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-1 text-xs text-slate-700">
            {t.breakdownNote}
            {anyEstimated ? ` ${t.estimatedNote}` : ""}
          </p>
        </details>
      ) : null}
    </article>
  );
}
