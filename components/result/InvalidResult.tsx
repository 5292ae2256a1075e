import { PROBLEM_PAGE_PRIMARY, ProblemPage } from "@/components/ProblemPage";
import { SiteLink } from "@/components/SiteLink";
import type { ResultQueryProblem } from "@/lib/assessment/answers";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { problemSentence } from "@/lib/result-words";
import { routesFor } from "@/lib/routes";

/** The 400/404 page of a broken result link: what is wrong, what a good link looks like, a way back. */
export function InvalidResult({
  problems,
  status,
  locale,
}: {
  problems: ResultQueryProblem[];
  status: 400 | 404;
  locale: Locale;
}) {
  const t = getDictionary(locale).result;
  return (
    <ProblemPage
      status={status}
      heading={t.invalidHeading}
      intro={t.invalidIntro}
      problems={problems.map((problem) => problemSentence(t, problem))}
      testId="result-problems"
      help={t.invalidHelp}
    >
      <p className="mt-6">
        <SiteLink href={routesFor(locale).test()} className={PROBLEM_PAGE_PRIMARY}>
          {t.retakeLink}
        </SiteLink>
      </p>
    </ProblemPage>
  );
}
