// The result page in one locale, rendered per request from the URL (no state). proxy.ts gives it its
// HTTP status (303 for form posts, 400/404 for broken links) with the same resolver it uses here.
// Order: what the answers say about you (with uncertainty), then careers as stability tiers (no ranks),
// then the full profile. When the answers carry no information, no career is suggested at all.
import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { redirect } from "next/navigation";
import { CompareSuggestions } from "@/components/compare/CompareSuggestions";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { InvalidResult } from "@/components/result/InvalidResult";
import { MatchCard } from "@/components/result/MatchCard";
import { PrintDetails } from "@/components/result/PrintDetails";
import { ProfileCharts } from "@/components/result/ProfileCharts";
import { ShareTools } from "@/components/result/ShareTools";
import { assess, type CareerResult } from "@/lib/assessment/assess";
import { explainMatch } from "@/lib/assessment/explain";
import { resolveResultRequest, type SearchParams } from "@/lib/assessment/request";
import { RETEST, TIER_THRESHOLDS, TIERS } from "@/lib/assessment/stability";
import { scoredCareers } from "@/lib/assessment-data";
import { careerById } from "@/lib/content/careers";
import { isKnownCareer } from "@/lib/content/files";
import { getCompareWords } from "@/lib/i18n/compare";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { requestOrigin } from "@/lib/request-origin";
import { wordExplanation } from "@/lib/result-words";
import { routesFor } from "@/lib/routes";

export type { SearchParams };

export function resultMetadata(locale: Locale, params: SearchParams): Metadata {
  const t = getDictionary(locale).result;
  const r = routesFor(locale);
  const verdict = resolveResultRequest(params, isKnownCareer, r.resultPath());
  if (verdict.kind !== "ok") {
    return pageMetadata({ locale, title: t.invalidTitle, description: t.invalidHelp, path: r.test(), noindex: true });
  }
  // Results hold personal answers: never indexed, never a search snippet.
  return pageMetadata({
    locale,
    title: t.title,
    description: t.description,
    path: r.result(verdict.answers.join(""), verdict.career),
    noindex: true,
  });
}

export async function ResultPage({ locale, params }: { locale: Locale; params: SearchParams }) {
  const dict = getDictionary(locale);
  const t = dict.result;
  const r = routesFor(locale);
  const verdict = resolveResultRequest(params, isKnownCareer, r.resultPath());
  // proxy.ts already answered redirects and set 400/404; this keeps the page correct on its own.
  if (verdict.kind === "redirect") redirect(verdict.location);
  if (verdict.kind === "invalid") return <InvalidResult problems={verdict.problems} status={verdict.status} locale={locale} />;

  const origin = await requestOrigin();
  const answersText = verdict.answers.join("");
  const result = assess(verdict.answers, scoredCareers());
  // This edition's file when it exists, else the English one (its page is linked instead).
  const contentOf = (id: string) => careerById(id, locale) ?? careerById(id);
  const titleOf = (id: string) => contentOf(id)?.title ?? id;
  const hrefOf = (id: string) => {
    const own = careerById(id, locale);
    return own ? r.career(own.slug) : routesFor("en").career(id);
  };
  // "Worth a look" careers are the least certain: one reason each keeps the page short on a phone.
  const card = (match: CareerResult, headingLevel: 3 | 4) => {
    const content = contentOf(match.careerId);
    const full = !result.withheld && content ? explainMatch(result, match.careerId) : null;
    const brief = headingLevel === 4 && match.tier === "worth-a-look";
    const explanation = full && brief ? { ...full, reasons: full.reasons.slice(0, 1), caution: null } : full;
    return (
      <MatchCard
        match={match}
        title={titleOf(match.careerId)}
        href={hrefOf(match.careerId)}
        explanation={explanation && content ? wordExplanation(dict, content, explanation) : null}
        locale={locale}
        headingLevel={headingLevel}
        detailHref={headingLevel === 4 ? r.result(answersText, match.careerId) : undefined}
      />
    );
  };
  const chosen = verdict.career ? result.careers.find((m) => m.careerId === verdict.career) : undefined;
  const tiers = TIERS.map((tier) => ({
    tier,
    careers: result.careers
      .filter((c) => c.tier === tier)
      .sort((a, b) => titleOf(a.careerId).localeCompare(titleOf(b.careerId), locale)),
  })).filter((group) => group.careers.length > 0);
  const leadText = (model: "holland" | "chaside" | "mmmg") => {
    const lead = result.leads[model];
    return lead && lead.length > 0
      ? dict.result.words.list(lead.map((d) => dict.dimensionLabels[model]?.[d]?.name ?? d))
      : t.noClearLead;
  };

  return (
    // defer-sections: the tiers and the profile are many phone screens long; they are laid out as they
    // come near the screen (app/globals.css).
    <div className="defer-sections">
      <LanguageSwitch
        locale={locale}
        alternates={Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).result(answersText, verdict.career)]))}
      />
      <h1 className="text-3xl font-bold">{t.heading}</h1>

      <section aria-labelledby="summary-heading" className="mt-4 rounded-lg bg-brand-50 p-4 print:mt-2 print:p-0">
        <h2 id="summary-heading" className="text-xl font-semibold">
          {t.summaryHeading}
        </h2>
        <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="font-medium">{t.leadInterests}</dt>
            <dd className="font-semibold" data-testid="lead-holland">
              {leadText("holland")}
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t.studyAreas}</dt>
            <dd>{leadText("chaside")}</dd>
          </div>
          <div>
            <dt className="font-medium">{t.topMotivations}</dt>
            <dd>{leadText("mmmg")}</dd>
          </div>
        </dl>
        <p className="mt-2 text-sm">
          {t.confidenceHeading} <strong>{t.confidence[result.confidence.level]}</strong>
        </p>
        {result.confidence.flags.length > 0 ? (
          <ul className="list-disc pl-5 text-sm print:hidden" data-testid="confidence-flags">
            {result.confidence.flags.map((flag) => (
              <li key={flag}>{t.qualityFlags[flag] ?? flag}</li>
            ))}
          </ul>
        ) : null}
      </section>

      {result.withheld ? (
        <section aria-labelledby="withheld-heading" className="mt-6 rounded-lg border-2 border-amber-500 p-4" data-testid="withheld">
          <h2 id="withheld-heading" className="text-xl font-semibold">
            {t.withheldHeading}
          </h2>
          <p className="mt-2">{t.withheldText}</p>
          <ul className="mt-2 list-disc pl-5">
            {result.withheldReasons.map((flag) => (
              <li key={flag}>{t.qualityFlags[flag] ?? flag}</li>
            ))}
          </ul>
          <p className="mt-2">{t.withheldWhatNow}</p>
          <p className="mt-3">
            <SiteLink
              href={r.test(verdict.career)}
              className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white no-underline"
            >
              {t.retakeLink}
            </SiteLink>
          </p>
        </section>
      ) : (
        <>
          {chosen ? (
            <section aria-labelledby="chosen-heading" className="mt-6 print:mt-3">
              <h2 id="chosen-heading" className="mb-2 text-xl font-semibold">
                {t.careerFirst(titleOf(chosen.careerId))}
              </h2>
              <p className="mb-2 text-sm text-slate-700">
                {chosen.tier ? t.chosenInTier(t.tiers[chosen.tier] ?? chosen.tier) : t.chosenNotInTiers}
              </p>
              {card(chosen, 3)}
            </section>
          ) : null}
          <section aria-labelledby="tiers-heading" className="mt-6 print:mt-3">
            <h2 id="tiers-heading" className="text-xl font-semibold">
              {t.tiersHeading}
            </h2>
            {tiers.map(({ tier, careers }) => (
              <section key={tier} aria-labelledby={`tier-${tier}`} className="mt-4">
                <h3 id={`tier-${tier}`} className="text-lg font-semibold" data-testid="tier-heading">
                  {t.tiers[tier]}
                </h3>
                <p className="text-sm text-slate-700 print:hidden">{t.tierMeaning[tier]?.(Math.round(TIER_THRESHOLDS[tier] * 10))}</p>
                <ul className="mt-2 space-y-3 print:mt-0 print:columns-2 print:space-y-0">
                  {careers.map((match) => (
                    <li key={match.careerId}>{card(match, 4)}</li>
                  ))}
                </ul>
              </section>
            ))}
            <p className="mt-4 text-sm text-slate-700 print:hidden">{t.tiersIntro(RETEST.runs, RETEST.top)}</p>
            <p className="mt-2 text-sm text-slate-700">{t.counselor}</p>
            <CompareSuggestions ids={result.careers.flatMap((c) => (c.tier ? [c.careerId] : []))} answers={answersText} locale={locale} />
          </section>
        </>
      )}

      <section
        aria-labelledby="profile-heading"
        // Print: a compact chart (two columns, small type, no notes), see .r-profile in app/globals.css.
        className="r-profile"
      >
        <h2 id="profile-heading" className="mb-3 text-xl font-semibold">
          {t.profileHeading}
        </h2>
        <ProfileCharts profile={result.profile} locale={locale} />
      </section>

      <section aria-labelledby="share-heading" className="mt-8 print:hidden">
        <h2 id="share-heading" className="text-lg font-semibold">
          {t.shareHeading}
        </h2>
        <p className="mt-1 text-sm">{t.shareHint}</p>
        <div className="mt-2">
          <ShareTools
            copyLabel={t.copyLink}
            copiedLabel={t.copied}
            printLabel={t.print}
            url={`${origin}${r.result(answersText, verdict.career)}`}
            shareLabel={getCompareWords(locale).share.share}
            shareTitle={getCompareWords(locale).share.shareTitle}
            copyFailedLabel={getCompareWords(locale).share.copyFailed}
          />
        </div>
      </section>
      <PrintDetails
        url={`${origin}${r.result(answersText, verdict.career)}`}
        qrSrc={r.resultQr(answersText, verdict.career)}
        version={result.version}
        locale={locale}
      />

      <p className="mt-8 flex flex-wrap gap-4 print:hidden">
        <SiteLink href={r.test(verdict.career)} className="link-inline-sm">
          {t.retakeLink}
        </SiteLink>
        <SiteLink href={r.methodology()} className="link-inline-sm">
          {dict.test.methodologyLink}
        </SiteLink>
      </p>
      <p className="mt-4 text-xs text-slate-600 print:hidden">{t.versionLine(result.version)}</p>
    </div>
  );
}
