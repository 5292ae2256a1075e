// The test page in one locale: the 21 items in that language (same ids, keys and loadings in every
// language), as a plain GET form that the client component enhances.
import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { AssessmentForm } from "@/components/AssessmentForm";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { ASSESSMENT_VERSION, QUESTIONS } from "@/lib/assessment/questions";
import { careerById } from "@/lib/content/careers";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export type SearchParams = Record<string, string | string[] | undefined>;

export function testMetadata(locale: Locale): Metadata {
  const t = getDictionary(locale).test;
  return pageMetadata({
    locale,
    title: t.title,
    description: t.description,
    path: routesFor(locale).test(),
    alternates: Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).test()])),
  });
}

export function TestPage({ locale, params }: { locale: Locale; params: SearchParams }) {
  const t = getDictionary(locale).test;
  const r = routesFor(locale);
  const requested = params.career;
  // An unknown or malformed career is simply ignored here: the test itself still works.
  const careerId = typeof requested === "string" ? requested.slice(0, 100) : undefined;
  const career = careerId ? (careerById(careerId, locale) ?? careerById(careerId)) : undefined;
  return (
    <div className="max-w-3xl">
      <LanguageSwitch
        locale={locale}
        alternates={Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).test(career?.id)]))}
      />
      <h1 className="text-display">{t.heading}</h1>
      <p className="mt-3 text-lg">{t.intro}</p>
      {career ? <p className="mt-3 rounded-card bg-brand-50 p-3 font-medium">{t.forCareer(career.title)}</p> : null}
      <p className="mt-3 text-sm text-slate-700">{t.privacy}</p>
      <p className="mt-1 text-sm">
        <SiteLink href={r.methodology()} className="link-inline-sm">
          {t.methodologyLink}
        </SiteLink>
      </p>
      <AssessmentForm
        questions={QUESTIONS.map(({ id }, i) => ({ id, text: t.items[i] ?? "" }))}
        scaleLabels={t.scale}
        version={ASSESSMENT_VERSION}
        career={career?.id ?? null}
        action={r.resultPath()}
        strings={{
          questionTemplate: t.questionTemplate,
          progressTemplate: t.progressTemplate,
          back: t.back,
          next: t.next,
          submit: t.submit,
          required: t.required,
          resumed: t.resumed,
          startOver: t.startOver,
        }}
      />
    </div>
  );
}
