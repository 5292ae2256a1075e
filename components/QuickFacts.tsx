// The box at the top of a career page: the work in one line and the four figures students compare
// first, each worded from the data (growth words from compareGrowth, the Holland letters by name),
// with the source line before the test call-to-action.
import { SiteLink } from "@/components/SiteLink";
import { Icon, ICONS } from "@/components/Icon";
import type { Career } from "@/lib/content/careers";
import { ALL_OCCUPATIONS_PROJECTION, compareGrowth } from "@/lib/data/reference";
import type { Occupation } from "@/lib/data/types";
import { formatterFor } from "@/lib/format";
import { getDesignStrings } from "@/lib/i18n/design";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export function QuickFacts({ career, occupation, locale }: { career: Career; occupation: Occupation; locale: Locale }) {
  const dict = getDictionary(locale);
  const d = getDesignStrings(locale).facts;
  const f = formatterFor(locale);
  const bls = occupation.bls;
  const wage = bls?.medianWageAnnual2024 ?? null;
  const change = bls?.changePct ?? null;
  const { min, max } = career.study.typicalYears;
  const riasecNames: Record<string, string> = dict.riasecNames;
  const interests = [...career.profile.riasec].map((letter) => riasecNames[letter] ?? letter);
  const dt = "kicker text-slate-700";
  const dd = "mt-0.5 font-semibold text-slate-900";
  return (
    <section aria-labelledby="facts-heading" className="rounded-card border border-brand-200 bg-brand-50 p-4 sm:p-5">
      <h2 id="facts-heading" className="sr-only">
        {d.heading}
      </h2>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3">
        <div className="col-span-2">
          <dt className={dt}>{d.work}</dt>
          <dd className="mt-0.5 text-slate-900 sm:text-lg">{career.summary}</dd>
        </div>
        <div>
          <dt className={dt}>{d.pay}</dt>
          <dd className={dd}>
            {wage !== null
              ? dict.catalog.cardWageValue(f.usd(wage), bls?.medianWageIsLowerBound ?? false)
              : dict.catalog.cardNoWage}
          </dd>
        </div>
        <div>
          <dt className={dt}>{d.study}</dt>
          <dd className={dd}>{dict.career.years(min, max)}</dd>
        </div>
        <div className="col-span-2 sm:col-span-1">
          <dt className={dt}>{d.growth}</dt>
          <dd className={dd}>
            {change !== null
              ? d.growthValue(f.changePct(change), dict.data.growthWords[compareGrowth(change)] ?? "")
              : dict.data.notAvailable}
            <span className="block text-xs font-normal text-slate-700">
              {d.allJobs(f.changePct(ALL_OCCUPATIONS_PROJECTION.changePct))}
            </span>
          </dd>
        </div>
        <div className="col-span-2 sm:col-span-1">
          <dt className={dt}>{d.interests}</dt>
          <dd className={dd}>
            {interests.join(", ")} ({career.profile.riasec})
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-xs text-slate-700">
        {d.source}{" "}
        <a href="#market" className="font-semibold text-brand-700 underline">
          {d.allFigures}
        </a>
      </p>
      <p className="no-print mt-4">
        <SiteLink
          href={routesFor(locale).test(career.id)}
          className="button-primary"
          data-testid="career-test-link"
        >
          <Icon node={ICONS.test} className="size-5" />
          {dict.career.fitCta(career.title)}
        </SiteLink>
      </p>
    </section>
  );
}
