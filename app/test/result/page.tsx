import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { InvalidResult } from "@/components/result/InvalidResult";
import { MatchCard } from "@/components/result/MatchCard";
import { ProfileCharts } from "@/components/result/ProfileCharts";
import { ShareTools } from "@/components/result/ShareTools";
import { DIMENSION_LABELS } from "@/lib/assessment/models";
import { resolveResultRequest, type SearchParams } from "@/lib/assessment/request";
import { scoreAnswers, summarizePerson } from "@/lib/assessment/score";
import { scoredCareers } from "@/lib/assessment-data";
import { getCareerRecord } from "@/lib/content/careers";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

const t = getDictionary().result;
const TOP = 10;

type Props = { searchParams: Promise<SearchParams> };

const isKnownCareer = (slug: string) => getCareerRecord(slug) !== undefined;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const verdict = resolveResultRequest(await searchParams, isKnownCareer);
  if (verdict.kind !== "ok") {
    return pageMetadata({ title: t.invalidTitle, description: t.invalidHelp, path: routes.test(), noindex: true });
  }
  // Results hold personal answers: never indexed, never a search snippet.
  return pageMetadata({
    title: t.title,
    description: t.description,
    path: routes.result(verdict.answers.join(""), verdict.career),
    noindex: true,
  });
}

export default async function ResultPage({ searchParams }: Props) {
  const verdict = resolveResultRequest(await searchParams, isKnownCareer);
  // proxy.ts already answered redirects and set 400/404; this keeps the page correct on its own.
  if (verdict.kind === "redirect") redirect(verdict.location);
  if (verdict.kind === "invalid") return <InvalidResult problems={verdict.problems} status={verdict.status} />;

  const careers = scoredCareers();
  const titles = new Map(careers.map((c) => [c.id, c.title]));
  const result = scoreAnswers(verdict.answers, careers);
  const summary = summarizePerson(result.person);
  const top = result.matches.slice(0, TOP);
  const chosen = verdict.career ? result.matches.find((m) => m.careerId === verdict.career) : undefined;
  const chosenRank = chosen ? result.matches.indexOf(chosen) + 1 : null;

  return (
    <div>
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <p className="mt-2 text-slate-800 print:hidden">{t.shareHint}</p>
      <p className="hidden text-xs print:block">
        {absoluteUrl(routes.result(verdict.answers.join(""), verdict.career))} · scoring version {result.version}
      </p>
      <div className="mt-3">
        <ShareTools copyLabel={t.copyLink} copiedLabel={t.copied} printLabel={t.print} />
      </div>

      {chosen ? (
        <section aria-labelledby="chosen-heading" className="mt-8 print:mt-3">
          <h2 id="chosen-heading" className="mb-3 text-2xl font-semibold">
            {t.careerFirst(titles.get(chosen.careerId) ?? chosen.careerId)}
          </h2>
          <MatchCard match={chosen} title={titles.get(chosen.careerId) ?? chosen.careerId} rank={null} />
          <p className="mt-2 text-sm text-slate-700">
            Rank {chosenRank} of {result.matches.length} careers in the catalog.
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
            <dt className="font-medium">Holland code</dt>
            <dd className="text-lg font-bold">{summary.hollandCode}</dd>
          </div>
          <div>
            <dt className="font-medium">Study areas</dt>
            <dd>{summary.topChaside.map((d) => DIMENSION_LABELS.chaside[d]?.name ?? d).join(", ")}</dd>
          </div>
          <div>
            <dt className="font-medium">Top motivations</dt>
            <dd>{summary.topValues.map((d) => DIMENSION_LABELS.mmmg[d]?.name ?? d).join(", ")}</dd>
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
              <MatchCard match={match} title={titles.get(match.careerId) ?? match.careerId} rank={i + 1} />
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
        <ProfileCharts person={result.person} />
      </section>

      <p className="mt-8 flex flex-wrap gap-4 print:hidden">
        <Link href={routes.test(verdict.career ?? undefined)} className="text-brand-700 underline">
          {t.retakeLink}
        </Link>
        <Link href={routes.methodology()} className="text-brand-700 underline">
          {getDictionary().test.methodologyLink}
        </Link>
      </p>
      <p className="mt-4 text-xs text-slate-600 print:hidden">Scoring version {result.version}.</p>
    </div>
  );
}
