import Link from "next/link";
import { MODEL_LABELS } from "@/lib/assessment/models";
import type { CareerResult } from "@/lib/assessment/assess";
import { getDictionary } from "@/lib/i18n/dictionary";
import { routes } from "@/lib/routes";

/**
 * One career: index, band and the per-model breakdown. Reasons and caution are data now
 * (explainMatch in lib/assessment/explain.ts) and are worded by the page rewrite.
 */
export function MatchCard({
  match,
  title,
  rank,
  headingLevel = 3,
}: {
  match: CareerResult;
  title: string;
  rank: number | null;
  headingLevel?: 2 | 3;
}) {
  const t = getDictionary().result;
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
          <Link href={routes.career(match.careerId)} className="text-brand-700 underline">
            {title}
          </Link>
        </Heading>
        <p className="text-right">
          <span className="text-2xl font-bold tabular-nums print:text-base" data-testid="match-index">
            {match.index ?? "–"}
          </span>{" "}
          <span className="text-sm text-slate-700">
            / 100 {t.matchIndex.toLowerCase()}
            {match.band ? (
              <>
                {" "}
                · <strong>{t.bands[match.band]}</strong>
              </>
            ) : null}
          </span>
        </p>
      </div>
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
                  {MODEL_LABELS[b.model].name}
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
          Similarity is 0-100 per model; points = weight × similarity, before calibration to the match index.
          {anyEstimated ? ` ${t.estimatedNote}` : ""}
        </p>
      </details>
    </article>
  );
}
