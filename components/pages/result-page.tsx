// The result page in one locale, rendered per request from the URL (no state). proxy.ts gives it its
// HTTP status (303 for form posts, 400/404 for broken links) with the same resolver it uses here.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { InvalidResult } from "@/components/result/InvalidResult";
import { MatchCard } from "@/components/result/MatchCard";
import { ProfileCharts } from "@/components/result/ProfileCharts";
import { ShareTools } from "@/components/result/ShareTools";
import { resolveResultRequest, type SearchParams } from "@/lib/assessment/request";
import { scoreAnswers, summarizePerson } from "@/lib/assessment/score";
import { scoredCareers } from "@/lib/assessment-data";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { careerById } from "@/lib/content/careers";
import { listCareerSlugs } from "@/lib/content/files";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";
import { requestOrigin } from "@/lib/request-origin";

const TOP = 10;

export type { SearchParams };

const isKnownCareer = (id: string) => listCareerSlugs().has(id);

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
  const routes = routesFor(locale);
  const verdict = resolveResultRequest(params, isKnownCareer, routes.resultPath());
  // proxy.ts already answered redirects and set 400/404; this keeps the page correct on its own.
  if (verdict.kind === "redirect") redirect(verdict.location);
  if (verdict.kind === "invalid") return <InvalidResult problems={verdict.problems} status={verdict.status} locale={locale} />;

  const origin = await requestOrigin();
  const careers = scoredCareers();
  const local = (id: string) => careerById(id, locale);
  const titles = new Map(careers.map((c) => [c.id, local(c.id)?.title ?? c.title]));
  const hrefOf = (id: string) => {
    const own = local(id);
    return own ? routes.career(own.slug) : routesFor("en").career(id);
  };
  const answersText = verdict.answers.join("");
  const result = scoreAnswers(verdict.answers, careers);
  const summary = summarizePerson(result.person);
  const top = result.matches.slice(0, TOP);
  const chosen = verdict.career ? result.matches.find((m) => m.careerId === verdict.career) : undefined;
  const chosenRank = chosen ? result.matches.indexOf(chosen) + 1 : null;

  return (
    <div>
      <LanguageSwitch
        locale={locale}
        alternates={Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).result(answersText, verdict.career)]))}
      />
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <p className="mt-2 text-slate-800 print:hidden">{t.shareHint}</p>
      <p className="hidden text-xs print:block">
        {t.printLine(`${origin}${routes.result(answersText, verdict.career)}`, result.version)}
      </p>
      <div className="mt-3">
        <ShareTools copyLabel={t.copyLink} copiedLabel={t.copied} printLabel={t.print} />
      </div>

      {chosen ? (
        <section aria-labelledby="chosen-heading" className="mt-8 print:mt-3">
          <h2 id="chosen-heading" className="mb-3 text-2xl font-semibold">
            {t.careerFirst(titles.get(chosen.careerId) ?? chosen.careerId)}
          </h2>
          <MatchCard
            match={chosen}
            title={titles.get(chosen.careerId) ?? chosen.careerId}
            rank={null}
            href={hrefOf(chosen.careerId)}
            locale={locale}
          />
          <p className="mt-2 text-sm text-slate-700">
            {t.chosenRank(chosenRank ?? 0, result.matches.length)}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="summary-heading" className="mt-8 rounded-lg bg-brand-50 p-4 print:mt-3 print:p-0">
        <h2 id="summary-heading" className="text-2xl font-semibold">
          {t.summaryHeading}
        </h2>
        <p className="mt-2">{summary.sentence}</p>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="font-medium">{t.hollandCode}</dt>
            <dd className="text-lg font-bold">{summary.hollandCode}</dd>
          </div>
          <div>
            <dt className="font-medium">{t.studyAreas}</dt>
            <dd>{summary.topChaside.map((d) => dict.dimensionLabels.chaside?.[d]?.name ?? d).join(", ")}</dd>
          </div>
          <div>
            <dt className="font-medium">{t.topMotivations}</dt>
            <dd>{summary.topValues.map((d) => dict.dimensionLabels.mmmg?.[d]?.name ?? d).join(", ")}</dd>
          </div>
        </dl>
        <h3 className="mt-4 font-semibold">
          {t.confidenceHeading} {t.confidence[result.confidence.level]}
        </h3>
        {result.confidence.flags.length > 0 ? (
          <ul className="list-disc pl-5 text-sm">
            {result.confidence.flags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        ) : null}
        <p className="mt-2 text-sm">{t.meaning}</p>
      </section>

      <section aria-labelledby="top-heading" className="mt-8 print:mt-3">
        <h2 id="top-heading" className="mb-3 text-2xl font-semibold">
          {t.topHeading}
        </h2>
        <ol className="space-y-4 print:space-y-1">
          {top.map((match, i) => (
            <li key={match.careerId}>
              <MatchCard
                match={match}
                title={titles.get(match.careerId) ?? match.careerId}
                rank={i + 1}
                href={hrefOf(match.careerId)}
                locale={locale}
              />
            </li>
          ))}
        </ol>
        <p className="mt-4 text-sm text-slate-700 print:hidden">{t.retake}</p>
        <p className="mt-1 text-sm text-slate-700">{t.counselor}</p>
      </section>

      <section aria-labelledby="profile-heading" className="mt-10 print:hidden">
        <h2 id="profile-heading" className="mb-3 text-2xl font-semibold">
          {t.profileHeading}
        </h2>
        <ProfileCharts person={result.person} locale={locale} />
      </section>

      <p className="mt-8 flex flex-wrap gap-4 print:hidden">
        <Link href={routes.test(verdict.career ?? undefined)} className="text-brand-700 underline">
          {t.retakeLink}
        </Link>
        <Link href={routes.methodology()} className="text-brand-700 underline">
          {dict.test.methodologyLink}
        </Link>
      </p>
      <p className="mt-4 text-xs text-slate-600 print:hidden">{t.versionLine(result.version)}</p>
    </div>
  );
}
