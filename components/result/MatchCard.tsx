import Link from "next/link";
import type { Match } from "@/lib/assessment/score";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";

/** One ranked career: index, band, reasons, caution and the per-model breakdown. */
export function MatchCard({
  match,
  title,
  rank,
  headingLevel = 3,
  href,
  locale,
}: {
  match: Match;
  title: string;
  rank: number | null;
  headingLevel?: 2 | 3;
  href: string;
  locale: Locale;
}) {
  const dict = getDictionary(locale);
  const t = dict.result;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const anyEstimated = match.breakdown.some((b) => b.estimated);
  return (
    <article
      className="rounded-lg border border-slate-200 p-4 break-inside-avoid print:rounded-none print:border-0 print:border-b print:p-1"
      data-testid="match"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading className="text-xl font-semibold print:text-sm">
          {rank !== null ? <span className="mr-2 text-slate-600">{rank}.</span> : null}
          <Link href={href} className="text-brand-700 underline">
            {title}
          </Link>
        </Heading>
        <p className="text-right">
          <span className="text-2xl font-bold tabular-nums print:text-base" data-testid="match-index">
            {match.index}
          </span>{" "}
          <span className="text-sm text-slate-700">
            / 100 {t.matchIndex.toLowerCase()} · <strong>{t.bands[match.band]}</strong>
          </span>
        </p>
      </div>
      {match.similarToPrevious && rank !== null && rank > 1 ? (
        <p className="text-sm text-slate-700 print:hidden">{t.similarFit}</p>
      ) : null}
      <h4 className="mt-3 text-sm font-semibold print:hidden">{t.why}</h4>
      <ul className="list-disc pl-5 text-sm print:mt-0 print:list-none print:pl-0 print:text-xs">
        {match.reasons.map((reason, i) => (
          // The printout keeps one reason per career so ten careers fit on one page.
          <li key={reason} className={i > 0 ? "print:hidden" : undefined}>
            {reason}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm print:hidden">
        <strong>{t.caution}:</strong> {match.caution.replace(/^Might not suit you if\s*/i, "")}
      </p>
      <details className="mt-3 text-sm print:hidden">
        <summary className="cursor-pointer font-medium text-brand-700">{t.breakdown}</summary>
        <table className="mt-2 w-full text-left">
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
                <td className="py-1 pr-2 text-right tabular-nums">{Math.round(b.weight * 100)}%</td>
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
    </article>
  );
}
