import { SiteLink } from "@/components/SiteLink";
import { MAX_COMPARE, MIN_COMPARE, type CompareProblem } from "@/lib/compare-request";
import { getCompareWords } from "@/lib/i18n/compare";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

/** The 400/404 page of a broken compare link: what is wrong, what a good link looks like, ways back. */
export function CompareInvalid({
  problems,
  status,
  answers,
  locale,
}: {
  problems: CompareProblem[];
  status: 400 | 404;
  /** The valid result answers the link carried: offers the way back to that result. */
  answers: string | null;
  locale: Locale;
}) {
  const t = getCompareWords(locale).compare;
  const r = routesFor(locale);
  return (
    <div className="max-w-2xl" data-status={status}>
      <h1 className="text-3xl font-bold">{t.invalidHeading}</h1>
      <p className="mt-4 text-lg">{t.invalidIntro}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6" data-testid="compare-problems">
        {problems.map((problem) => {
          const text = t.problems[problem.code](problem.values);
          return <li key={text}>{text}</li>;
        })}
      </ul>
      <p className="mt-4">{t.invalidHelp(MIN_COMPARE, MAX_COMPARE)}</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        {answers ? (
          <li>
            <SiteLink
              href={r.result(answers)}
              className="inline-block rounded bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800"
            >
              {t.backToResult}
            </SiteLink>
          </li>
        ) : null}
        <li>
          <SiteLink
            href={r.careers()}
            className={
              answers
                ? "inline-flex min-h-11 items-center text-brand-700 underline"
                : "inline-block rounded bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800"
            }
          >
            {t.browseCareers}
          </SiteLink>
        </li>
      </ul>
    </div>
  );
}
