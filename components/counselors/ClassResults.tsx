// What the class view shows once links are read: interest profiles side by side, the careers suggested
// most often, the links that could not be read, and each student's own result link. Rendered in the
// browser only (imported by ClassView); tables stay tables on paper.
import { SiteLink } from "@/components/SiteLink";
import {
  MOST_FREQUENT,
  hollandMeans,
  hollandRow,
  type CareerCount,
  type CompactCareer,
  type InvalidLink,
  type ScoredStudent,
} from "@/lib/class-view";
import { DIMENSIONS } from "@/lib/assessment/models";
import { TIERS } from "@/lib/assessment/stability";
import { counselorsText, type CounselorsText } from "@/lib/i18n/counselors";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export interface ClassViewData {
  students: ScoredStudent[];
  invalid: InvalidLink[];
  ignored: number;
  counts: CareerCount[];
  /** Time to read and score the paste, in milliseconds (exposed for the e2e timing check). */
  scoringMs: number;
  /** This page's origin, to print each student's link in full. */
  origin: string;
}

const LETTERS: readonly string[] = DIMENSIONS.holland;

const cellClass = "border-b border-slate-300 px-2 py-1 align-top print:px-1 print:py-0.5";
const headClass = `${cellClass} text-left font-semibold`;
const linkClass = "link-inline-sm";
// Holds a wide table on a narrow screen: focusable so keyboard users can scroll it (WCAG 2.1.1).
const scrollClass = "mt-3 overflow-x-auto print:overflow-visible";

function studentName(t: CounselorsText, student: { label: string | null; position: number }): string {
  return student.label ?? t.studentFallback(student.position);
}

function ScoreCell({ score, leading, t }: { score: number; leading: boolean; t: CounselorsText }) {
  return (
    <td className={`${cellClass} min-w-12 tabular-nums`}>
      <span className={leading ? "font-bold" : undefined}>{score}</span>
      {leading ? <span className="sr-only">{` (${t.leading})`}</span> : null}
      <span aria-hidden="true" className="mt-0.5 block h-1.5 w-full rounded-sm bg-slate-200 [print-color-adjust:exact]">
        <span className="block h-full rounded-sm bg-brand-600 [print-color-adjust:exact]" style={{ width: `${score}%` }} />
      </span>
    </td>
  );
}

function Profiles({
  students,
  t,
  riasecNames,
}: {
  students: ScoredStudent[];
  t: CounselorsText;
  riasecNames: Record<string, string>;
}) {
  const means = hollandMeans(students.map((student) => student.result));
  return (
    <section aria-labelledby="class-profiles-heading" className="mt-8 print:mt-3">
      <h2 id="class-profiles-heading" className="text-xl font-semibold">
        {t.profilesHeading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t.profilesIntro}</p>
      <p className="mt-1 text-sm text-slate-700">
        {t.legend}
        {": "}
        {LETTERS.map((letter, i) => (
          <span key={letter}>
            {i > 0 ? " · " : null}
            <strong>{letter}</strong> {riasecNames[letter] ?? letter}
          </span>
        ))}
      </p>
      <div className={scrollClass} role="region" aria-labelledby="class-profiles-caption" tabIndex={0}>
        <table className="w-full border-collapse text-sm print:text-[8pt]" data-testid="class-profiles">
          <caption id="class-profiles-caption" className="sr-only">
            {t.profilesCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                {t.student}
              </th>
              {LETTERS.map((letter) => (
                <th key={letter} scope="col" className={headClass}>
                  <span aria-hidden="true">{letter}</span>
                  <span className="sr-only">{riasecNames[letter] ?? letter}</span>
                </th>
              ))}
              <th scope="col" className={headClass}>
                {t.suggestions}
              </th>
            </tr>
          </thead>
          <tbody>
            {students.map((student) => (
              <tr key={student.position} className="print:break-inside-avoid">
                <th scope="row" className={`${headClass} font-medium break-words`}>
                  {studentName(t, student)}
                </th>
                {hollandRow(student.result).scores.map(({ dimension, score, leading }) => (
                  <ScoreCell key={dimension} score={score} leading={leading} t={t} />
                ))}
                <td className={cellClass}>
                  {student.result.withheld ? (
                    <span className="font-semibold text-amber-800" data-testid="class-withheld">
                      {t.withheld}
                    </span>
                  ) : (
                    t.suggestionCount(student.result.careers.filter((career) => career.tier !== null).length)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={`${headClass} font-semibold`}>
                {t.classMean(students.length)}
              </th>
              {means.map(({ dimension, score }) => (
                <ScoreCell key={dimension} score={score} leading={false} t={t} />
              ))}
              <td className={cellClass} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function Careers({
  counts,
  withSuggestions,
  t,
  careerById,
}: {
  counts: CareerCount[];
  withSuggestions: number;
  t: CounselorsText;
  careerById: ReadonlyMap<string, CompactCareer>;
}) {
  const shown = counts.slice(0, MOST_FREQUENT);
  return (
    <section aria-labelledby="class-careers-heading" className="mt-8 print:mt-3 print:break-inside-avoid">
      <h2 id="class-careers-heading" className="text-xl font-semibold">
        {t.careersHeading}
      </h2>
      {shown.length === 0 ? (
        <p className="mt-1">{t.noCareers}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">{t.careersIntro(withSuggestions)}</p>
          <div className={scrollClass} role="region" aria-labelledby="class-careers-caption" tabIndex={0}>
            <table className="w-full border-collapse text-sm print:text-[8pt]" data-testid="class-careers">
              <caption id="class-careers-caption" className="sr-only">
                {t.careersCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={headClass}>
                    {t.career}
                  </th>
                  <th scope="col" className={headClass}>
                    {t.students}
                  </th>
                  {TIERS.map((tier) => (
                    <th key={tier} scope="col" className={`${headClass} font-medium`}>
                      {t.tiers[tier]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((count) => {
                  const career = careerById.get(count.careerId);
                  return (
                    <tr key={count.careerId} className="print:break-inside-avoid">
                      <th scope="row" className={`${headClass} font-medium`}>
                        {career ? (
                          <SiteLink href={career.href} className={linkClass} lang={career.lang}>
                            {career.title}
                          </SiteLink>
                        ) : (
                          count.careerId
                        )}
                      </th>
                      <td className={`${cellClass} font-semibold tabular-nums`}>{count.students}</td>
                      {TIERS.map((tier) => (
                        <td key={tier} className={`${cellClass} tabular-nums`}>
                          {count.byTier[tier]}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {counts.length > shown.length ? (
            <p className="mt-2 text-sm text-slate-700">
              {t.careersMore(counts.length - shown.length, counts[shown.length]?.students ?? 0)}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function Problems({ invalid, t }: { invalid: InvalidLink[]; t: CounselorsText }) {
  return (
    <section aria-labelledby="class-problems-heading" className="mt-8 print:mt-3">
      <h2 id="class-problems-heading" className="text-xl font-semibold">
        {t.problemsHeading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t.problemsIntro}</p>
      <ul className="mt-2 space-y-2" data-testid="class-problems">
        {invalid.map((line) => (
          <li key={line.position} className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 print:py-0.5">
            <p className="font-semibold">
              {t.problemLine(line.position)}
              {line.label ? ` (${line.label})` : null}
            </p>
            <ul className="list-disc pl-5">
              {line.problems.map((problem, i) => (
                <li key={i}>{t.problems[problem.code](problem.values)}</li>
              ))}
            </ul>
            <p className="text-sm break-all text-slate-700">
              {t.pasted}
              {": "}
              <code>{line.excerpt}</code>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StudentLinks({ data, t, locale }: { data: ClassViewData; t: CounselorsText; locale: Locale }) {
  const r = routesFor(locale);
  const nameAt = new Map(data.students.map((student) => [student.position, studentName(t, student)]));
  return (
    <section aria-labelledby="class-links-heading" className="mt-8 print:mt-3">
      <h2 id="class-links-heading" className="text-xl font-semibold">
        {t.linksHeading}
      </h2>
      <p className="mt-1 text-sm text-slate-700 print:hidden">{t.linksIntro}</p>
      <ul className="mt-2 space-y-2" data-testid="class-links">
        {data.students.map((student) => {
          const path = r.result(student.answerText, student.career);
          return (
            <li key={student.position} className="print:break-inside-avoid">
              <span className="font-semibold">{studentName(t, student)}</span>
              {": "}
              {/* A plain link: a Next link still prefetches on hover, which would send the answers before any click. */}
              <a href={path} className={`${linkClass} break-all`}>
                {`${data.origin}${path}`}
              </a>
              {student.result.withheld ? (
                <span className="block text-sm print:text-[8pt]">
                  {t.withheldNote}{" "}
                  {student.result.withheldReasons.map((flag) => t.withheldReasons[flag]).join(" ")}
                </span>
              ) : null}
              {student.duplicateOf !== null ? (
                <span className="block text-sm text-slate-700 print:text-[8pt]">
                  {t.duplicateOf(nameAt.get(student.duplicateOf) ?? t.studentFallback(student.duplicateOf))}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ClassResults({
  data,
  locale,
  careerById,
  riasecNames,
}: {
  data: ClassViewData;
  locale: Locale;
  careerById: ReadonlyMap<string, CompactCareer>;
  riasecNames: Record<string, string>;
}) {
  const t = counselorsText[locale];
  const withSuggestions = data.students.filter((student) => !student.result.withheld).length;
  return (
    <div data-testid="class-results" data-scoring-ms={data.scoringMs.toFixed(1)}>
      {data.students.length > 0 ? <Profiles students={data.students} t={t} riasecNames={riasecNames} /> : null}
      {data.students.length > 0 ? (
        <Careers counts={data.counts} withSuggestions={withSuggestions} t={t} careerById={careerById} />
      ) : null}
      {data.invalid.length > 0 ? <Problems invalid={data.invalid} t={t} /> : null}
      {data.students.length > 0 ? <StudentLinks data={data} t={t} locale={locale} /> : null}
    </div>
  );
}
