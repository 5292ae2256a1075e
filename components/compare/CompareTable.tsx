// The comparison itself: one table, careers as columns and facts as rows. On a wide screen it is a
// plain table; on a phone each fact becomes a block with the careers in a fixed 2-column grid (same
// place in every block) and each value labelled with its career. That label is read aloud too: some
// browsers drop table semantics (and so the column headers) when a table's display changes, and HTML
// forbids explicit ARIA table roles on a plain table's rows and cells.
import { SiteLink } from "@/components/SiteLink";
import type { ReactNode } from "react";
import type { ComparedCareer } from "@/lib/compare";
import { formatterFor } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getCompareWords } from "@/lib/i18n/compare";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

type RowId = keyof ReturnType<typeof getCompareWords>["compare"]["rows"];

const MOBILE_ROW = "max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-3 max-sm:gap-y-2";

export function CompareTable({
  careers,
  answers,
  withheld,
  locale,
}: {
  careers: ComparedCareer[];
  /** The result's answers when the link carries one: adds the match row. */
  answers: string | null;
  withheld: boolean;
  locale: Locale;
}) {
  const dict = getDictionary(locale);
  const t = getCompareWords(locale).compare;
  const f = formatterFor(locale);
  const r = routesFor(locale);
  const riasecNames: Record<string, string> = dict.riasecNames;
  const na = <span className="text-slate-600">{dict.data.notAvailable}</span>;
  const list = (items: readonly string[]) => (
    <ul className="list-disc space-y-0.5 pl-4">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );

  const rows: { id: RowId; cell: (c: ComparedCareer) => ReactNode }[] = [
    ...(answers && !withheld
      ? [
          {
            id: "match" as const,
            cell: (c: ComparedCareer) =>
              c.match ? (
                <>
                  <span className="block font-semibold">
                    {c.match.tier ? (dict.result.tiers[c.match.tier] ?? c.match.tier) : t.notSuggested}
                  </span>
                  {c.match.index !== null ? <span className="block">{t.matchIndex(c.match.index)}</span> : null}
                </>
              ) : (
                na
              ),
          },
        ]
      : []),
    {
      id: "pay",
      cell: (c) =>
        c.medianWage !== null ? (
          <span className="font-semibold">
            {f.usd(c.medianWage)}
            {c.medianWageIsLowerBound ? ` ${dict.data.wageLowerBound}` : ""}
          </span>
        ) : (
          na
        ),
    },
    {
      id: "growth",
      cell: (c) =>
        c.changePct !== null && c.growth ? (
          <>
            <span className="block font-semibold">{f.changePct(c.changePct)}</span>
            <span className="block">{dict.data.growthWords[c.growth]}</span>
          </>
        ) : (
          na
        ),
    },
    { id: "openings", cell: (c) => (c.openings !== null ? f.count(c.openings) : na) },
    {
      id: "entryEducation",
      cell: (c) => (c.entryEducation ? (dict.data.entryEducationNames[c.entryEducation] ?? c.entryEducation) : na),
    },
    { id: "studyYears", cell: (c) => dict.career.years(c.typicalYears.min, c.typicalYears.max) },
    {
      id: "interests",
      cell: (c) =>
        c.riasec.length > 0 ? (
          <>
            <span className="block font-semibold">{c.riasec.join("")}</span>
            <span className="block">{t.list(c.riasec.map((l) => riasecNames[l] ?? l))}</span>
          </>
        ) : (
          na
        ),
    },
    { id: "skills", cell: (c) => list(c.skills) },
    { id: "paths", cell: (c) => list(c.paths) },
  ];

  const removable = careers.length > 2;
  return (
    <table className="w-full border-collapse text-sm max-sm:block sm:table-fixed" data-testid="compare-table">
      <caption className="sr-only">{t.caption}</caption>
      <thead className="max-sm:block">
        <tr className={`${MOBILE_ROW} max-sm:pb-3`}>
          <td className="max-sm:col-span-2 max-sm:p-0 sm:w-36 lg:w-44" />
          {careers.map((c) => (
            <th
              key={c.id}

              scope="col"
              className="px-2 pb-3 text-left align-bottom max-sm:px-0"
              lang={c.lang !== locale ? c.lang : undefined}
            >
              <span className="block">
                <SiteLink href={c.href} className="text-base font-semibold text-brand-700 underline sm:text-lg">
                  {c.title}
                </SiteLink>
              </span>
              {c.lang !== locale ? (
                <span className="block text-xs font-normal text-slate-600" lang={locale}>
                  {t.englishOnly}
                </span>
              ) : null}
              {removable ? (
                <SiteLink
                  href={r.compare(
                    careers.filter((other) => other.id !== c.id).map((other) => other.id),
                    answers,
                  )}
                  className="mt-1 flex min-h-6 w-fit items-center text-xs font-normal text-brand-700 underline print:hidden"
                  lang={locale}
                >
                  {t.remove(c.title)}
                </SiteLink>
              ) : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {rows.map((row) => (
          <tr key={row.id} className={`border-t border-slate-300 ${MOBILE_ROW} max-sm:py-3`} data-row={row.id}>
            <th
              scope="row"
              className="py-2 pr-2 text-left align-top font-semibold text-slate-900 max-sm:col-span-2 max-sm:py-0"
            >
              {t.rows[row.id]}
            </th>
            {careers.map((c) => (
              <td
                key={c.id}

                className="px-2 py-2 align-top text-slate-900 max-sm:px-0 max-sm:py-0"
                lang={c.lang !== locale && (row.id === "skills" || row.id === "paths") ? c.lang : undefined}
              >
                <span className="block text-xs text-slate-600 sm:hidden" lang={c.lang}>
                  {c.title}
                </span>
                {row.cell(c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
