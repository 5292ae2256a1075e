import { SiteLink } from "@/components/SiteLink";
import type { ResultQueryProblem } from "@/lib/assessment/answers";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
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
    <div className="max-w-2xl" data-status={status}>
      <h1 className="text-3xl font-bold">{t.invalidHeading}</h1>
      <p className="mt-4 text-lg">{t.invalidIntro}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6" data-testid="result-problems">
        {problems.map((problem) => {
          const text = t.problems[problem.code]?.(problem.values) ?? problem.code;
          return <li key={text}>{text}</li>;
        })}
      </ul>
      <p className="mt-4">{t.invalidHelp}</p>
      <p className="mt-6">
        <SiteLink
          href={routesFor(locale).test()}
          className="inline-block rounded bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800"
        >
          {t.retakeLink}
        </SiteLink>
      </p>
    </div>
  );
}
