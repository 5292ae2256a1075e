// "Compare these careers" on the result page: a one-tap link comparing the top suggestions, and a plain
// GET form (inside <details>, no JavaScript needed) to pick which suggested careers to compare. Both
// carry the result's answers, so the compare page shows each career's match.
import { SiteLink } from "@/components/SiteLink";
import { careerTitle } from "@/lib/compare";
import { MAX_COMPARE, MIN_COMPARE } from "@/lib/compare-request";
import { getCompareWords } from "@/lib/i18n/compare";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

/** Careers the one-tap link compares (and the form preselects): the best few suggestions. */
const TOP = 3;

export function CompareSuggestions({
  ids,
  answers,
  locale,
}: {
  /** Suggested career ids, best first. */
  ids: readonly string[];
  answers: string;
  locale: Locale;
}) {
  if (ids.length < MIN_COMPARE) return null;
  const t = getCompareWords(locale).fromResult;
  const r = routesFor(locale);
  const top = ids.slice(0, Math.min(TOP, MAX_COMPARE));
  const collator = new Intl.Collator(locale);
  const options = ids
    .map((id) => ({ id, title: careerTitle(id, locale) }))
    .sort((a, b) => collator.compare(a.title, b.title));
  return (
    <section
      aria-labelledby="compare-suggestions-heading"
      className="mt-6 rounded-lg border border-slate-200 p-4 print:hidden"
      data-testid="compare-suggestions"
    >
      <h3 id="compare-suggestions-heading" className="text-lg font-semibold">
        {t.heading}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{t.text(MIN_COMPARE, MAX_COMPARE)}</p>
      <p className="mt-3">
        <SiteLink
          href={r.compare(top, answers)}
          className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white no-underline hover:bg-brand-800"
        >
          {t.top(top.length)}
        </SiteLink>
      </p>
      <details className="mt-3">
        <summary className="inline-flex min-h-6 cursor-pointer items-center text-brand-700 underline">
          {t.choose}
        </summary>
        <form method="get" action={r.comparePath()} className="mt-2">
          <input type="hidden" name="a" value={answers} />
          <fieldset>
            <legend className="text-sm font-medium">{t.legend(MIN_COMPARE, MAX_COMPARE)}</legend>
            <ul className="r-checks mt-2 grid gap-x-4 sm:grid-cols-2">
              {options.map((option) => (
                <li key={option.id}>
                  <label>
                    <input type="checkbox" name="careers" value={option.id} defaultChecked={top.includes(option.id)} />
                    {option.title}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button
            type="submit"
            className="mt-3 min-h-11 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800"
          >
            {t.button}
          </button>
        </form>
      </details>
    </section>
  );
}
