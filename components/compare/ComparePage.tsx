// The compare page in one locale, rendered per request from the URL (no state, shareable, never
// indexed). Route files (app/(en)/compare, app/(es)/es/comparar) only pass the locale. proxy.ts gives
// it its HTTP status (303 for form submissions, 400/404 for broken links) with the same resolver.
import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { redirect } from "next/navigation";
import { CareerSelect } from "@/components/compare/CareerSelect";
import { CompareInvalid } from "@/components/compare/CompareInvalid";
import { CompareTable } from "@/components/compare/CompareTable";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { careerTitle, compareCareers } from "@/lib/compare";
import { isKnownCareer } from "@/lib/content/files";
import { MAX_COMPARE, MIN_COMPARE, resolveCompareRequest, type SearchParams } from "@/lib/compare-request";
import { ALL_OCCUPATIONS_PROJECTION } from "@/lib/data/reference";
import { formatterFor } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getCompareWords } from "@/lib/i18n/compare";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export type { SearchParams };

const alternatesFor = (ids: readonly string[], answers: string | null) =>
  Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).compare(ids, answers)]));

export function compareMetadata(locale: Locale, params: SearchParams): Metadata {
  const t = getCompareWords(locale).compare;
  const verdict = resolveCompareRequest(params, isKnownCareer, locale);
  if (verdict.kind !== "ok") {
    return pageMetadata({
      locale,
      title: t.invalidTitle,
      description: t.invalidHelp(MIN_COMPARE, MAX_COMPARE),
      path: routesFor(locale).comparePath(),
      noindex: true,
    });
  }
  const answers = verdict.answers?.join("") ?? null;
  const names = verdict.ids.map((id) => careerTitle(id, locale));
  // A comparison is a view of pages that are indexed on their own: shareable, never a search result.
  return pageMetadata({
    locale,
    title: t.title(names),
    description: t.description(names),
    path: routesFor(locale).compare(verdict.ids, answers),
    alternates: alternatesFor(verdict.ids, answers),
    noindex: true,
  });
}

export function ComparePage({ locale, params }: { locale: Locale; params: SearchParams }) {
  const dict = getDictionary(locale);
  const words = getCompareWords(locale);
  const t = words.compare;
  const r = routesFor(locale);
  const verdict = resolveCompareRequest(params, isKnownCareer, locale);
  // proxy.ts already answered redirects and set 400/404; this keeps the page correct on its own.
  if (verdict.kind === "redirect") redirect(verdict.location);
  if (verdict.kind === "invalid") {
    return (
      <CompareInvalid problems={verdict.problems} status={verdict.status} answers={verdict.answers} locale={locale} />
    );
  }

  const answers = verdict.answers?.join("") ?? null;
  const comparison = compareCareers(verdict.ids, locale, verdict.answers);
  const { careers } = comparison;

  return (
    <div>
      <LanguageSwitch locale={locale} alternates={alternatesFor(verdict.ids, answers)} />
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <p className="mt-2 max-w-3xl text-slate-800">{t.intro}</p>
      {answers ? (
        <p className="mt-2 text-sm text-slate-800">
          {comparison.result?.withheld ? t.withheld : t.matchFrom}{" "}
          <SiteLink href={r.result(answers)} className="link-inline-sm">
            {t.backToResult}
          </SiteLink>
        </p>
      ) : null}
      {verdict.answersUnreadable ? <p className="mt-2 text-sm text-slate-800">{t.answersUnreadable}</p> : null}

      <div className="mt-6">
        <CompareTable
          careers={careers}
          answers={answers}
          withheld={comparison.result?.withheld ?? false}
          locale={locale}
        />
      </div>

      {careers.length < MAX_COMPARE ? (
        <section aria-labelledby="add-heading" className="mt-8 rounded-lg border border-slate-200 p-4 print:hidden">
          <h2 id="add-heading" className="text-xl font-semibold">
            {t.addHeading}
          </h2>
          <form method="get" action={r.comparePath()} className="mt-2 flex flex-wrap items-end gap-3">
            {careers.map((career) => (
              <input key={career.id} type="hidden" name="careers" value={career.id} />
            ))}
            {answers ? <input type="hidden" name="a" value={answers} /> : null}
            <div className="min-w-0 flex-1 basis-64">
              <label htmlFor="compare-add" className="block text-sm font-medium">
                {t.addLabel}
              </label>
              <CareerSelect id="compare-add" locale={locale} exclude={verdict.ids} />
            </div>
            <button
              type="submit"
              className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              {t.addButton}
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="compare-sources" className="mt-8 text-xs text-slate-700">
        <h2 id="compare-sources" className="text-base font-semibold text-slate-900">
          {t.sourcesHeading}
        </h2>
        <p className="mt-1">{dict.data.usOnly}</p>
        <p className="mt-1">{dict.data.sourceBls}</p>
        <p className="mt-1">{dict.data.sourceOnet}</p>
        <p className="mt-1">
          {dict.data.allOccupations(formatterFor(locale).changePct(ALL_OCCUPATIONS_PROJECTION.changePct))}
        </p>
        <p className="mt-1">{dict.data.growthRule}</p>
        <p className="mt-1">{t.skillsSource}</p>
      </section>
    </div>
  );
}
