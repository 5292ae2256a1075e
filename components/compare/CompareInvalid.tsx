import { PROBLEM_PAGE_PRIMARY, ProblemPage } from "@/components/ProblemPage";
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
    <ProblemPage
      status={status}
      heading={t.invalidHeading}
      intro={t.invalidIntro}
      problems={problems.map((problem) => t.problems[problem.code](problem.values))}
      testId="compare-problems"
      help={t.invalidHelp(MIN_COMPARE, MAX_COMPARE)}
    >
      <ul className="mt-6 flex flex-wrap gap-4">
        {answers ? (
          <li>
            <SiteLink href={r.result(answers)} className={PROBLEM_PAGE_PRIMARY}>
              {t.backToResult}
            </SiteLink>
          </li>
        ) : null}
        <li>
          <SiteLink
            href={r.careers()}
            className={answers ? "inline-flex min-h-11 items-center text-brand-700 underline" : PROBLEM_PAGE_PRIMARY}
          >
            {t.browseCareers}
          </SiteLink>
        </li>
      </ul>
    </ProblemPage>
  );
}
