import { RiasecBars } from "./RiasecBars";
import type { EducationSummary, Occupation } from "@/lib/data/types";
import { compareGrowth, ALL_OCCUPATIONS_PROJECTION } from "@/lib/data/reference";
import { formatterFor } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Figures for one O*NET-SOC code, each with its source and period, or a plain "not available". The
 * data note (U.S. only, sources, the growth-words rule) sits before the figures.
 */
export function DataPanel({
  occupation,
  education,
  locale,
}: {
  occupation: Occupation;
  education: EducationSummary | undefined;
  locale: Locale;
}) {
  const t = getDictionary(locale).data;
  const { count: formatCount, usd: formatUsd, changePct: formatChangePct } = formatterFor(locale);
  const allChangePct = ALL_OCCUPATIONS_PROJECTION.changePct;
  const bls = occupation.bls;
  const na = <span className="text-slate-600">{t.notAvailable}</span>;
  const jobZone =
    occupation.jobZone !== null ? (t.jobZoneNames[occupation.jobZone] ?? String(occupation.jobZone)) : null;
  return (
    <section aria-labelledby="data-heading" className="rounded-card border border-brand-200 bg-brand-50 p-4">
      <h2 id="data-heading" className="text-heading">
        {t.heading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t.intro(occupation.code, occupation.title)}</p>
      {/* The note comes before the figures it explains: where they are from and what they cover. */}
      <div className="mt-2 space-y-1 border-l-4 border-accent-600 bg-white/70 py-2 pr-2 pl-3 text-xs text-slate-800">
        <p className="font-semibold">{t.usOnly}</p>
        {bls ? <p>{t.sourceBls}</p> : null}
        <p>{t.sourceOnet}</p>
        <p>{t.growthRule}</p>
      </div>
      {bls ? null : <p className="mt-2 text-sm">{t.missingBls(occupation.code)}</p>}
      <dl className="figures mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {bls ? (
          <>
            <div>
              <dt>{t.employment}</dt>
              <dd>
                {bls.employment2024 !== null && bls.employment2034 !== null
                  ? t.employmentValue(formatCount(bls.employment2024), formatCount(bls.employment2034))
                  : na}
              </dd>
            </div>
            <div>
              <dt>{t.change}</dt>
              <dd>
                {bls.changePct !== null ? (
                  <>
                    {formatChangePct(bls.changePct)}{" "}
                    <span className="block text-sm">{t.growthWords[compareGrowth(bls.changePct, allChangePct)]}</span>
                  </>
                ) : (
                  na
                )}
                <span className="block text-xs text-slate-600">{t.allOccupations(formatChangePct(allChangePct))}</span>
              </dd>
            </div>
            <div>
              <dt>{t.openings}</dt>
              <dd>
                {bls.openingsAnnual !== null ? formatCount(bls.openingsAnnual) : na}
              </dd>
            </div>
            <div>
              <dt>
                {t.wage} ({t.wagePeriod})
              </dt>
              <dd>
                {bls.medianWageAnnual2024 !== null ? (
                  <>
                    {formatUsd(bls.medianWageAnnual2024)}
                    {bls.medianWageIsLowerBound ? ` ${t.wageLowerBound}` : ""}
                  </>
                ) : (
                  <span className="text-slate-600">{t.missingWage}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t.entryEducation}</dt>
              <dd>
                {bls.typicalEntryEducation ? (t.entryEducationNames[bls.typicalEntryEducation] ?? bls.typicalEntryEducation) : na}
              </dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t.jobZone}</dt>
          <dd>{jobZone ?? na}</dd>
        </div>
        {education ? (
          <div>
            <dt>{t.rlMode}</dt>
            <dd>
              {t.rlModeValue(t.rlCategoryNames[education.modeCategory] ?? education.modeLabel, Math.round(education.modePct))}
            </dd>
          </div>
        ) : null}
      </dl>
      <h3 className="mt-4 text-sm font-semibold">{t.interests}</h3>
      {occupation.riasec ? (
        <RiasecBars ratings={occupation.riasec} id="riasec-values" locale={locale} />
      ) : (
        <p className="text-sm">{t.missingInterests}</p>
      )}
    </section>
  );
}
