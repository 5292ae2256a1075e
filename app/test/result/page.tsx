import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { InvalidResult } from "@/components/result/InvalidResult";
import { MatchCard } from "@/components/result/MatchCard";
import { ProfileCharts } from "@/components/result/ProfileCharts";
import { ShareTools } from "@/components/result/ShareTools";
import { DIMENSION_LABELS } from "@/lib/assessment/models";
import { resolveResultRequest, type SearchParams } from "@/lib/assessment/request";
import { assess } from "@/lib/assessment/assess";
import { MODELS, type Model } from "@/lib/assessment/models";
import { TIERS } from "@/lib/assessment/stability";
import { scoredCareers } from "@/lib/assessment-data";
import { getCareerRecord } from "@/lib/content/careers";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

const t = getDictionary().result;

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
  const result = assess(verdict.answers, careers);
  // Interim wiring until the page rewrite: tiered careers, tier by tier, alphabetical within a tier
  // (the order inside a tier carries no meaning); leads replace the old summary sentence.
  const top = result.careers
    .filter((c) => c.tier !== null)
    .sort(
      (a, b) =>
        TIERS.indexOf(a.tier ?? "worth-a-look") - TIERS.indexOf(b.tier ?? "worth-a-look") ||
        (titles.get(a.careerId) ?? "").localeCompare(titles.get(b.careerId) ?? ""),
    );
  const person = {
    models: Object.fromEntries(
      MODELS.map((model) => [
        model,
        Object.fromEntries(Object.entries(result.profile[model]).map(([d, value]) => [d, value.score])),
      ]),
    ) as Record<Model, Record<string, number>>,
  };
  const summary = {
    hollandCode: result.leads.holland?.join("") ?? "–",
    topChaside: result.leads.chaside ?? [],
    topValues: result.leads.mmmg ?? [],
  };
  const chosen = verdict.career ? result.careers.find((m) => m.careerId === verdict.career) : undefined;
  const chosenRank = chosen && !result.withheld ? result.careers.indexOf(chosen) + 1 : null;

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
          {chosenRank !== null ? (
            <p className="mt-2 text-sm text-slate-700">
              Rank {chosenRank} of {result.careers.length} careers in the catalog.
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="summary-heading" className="mt-8 rounded-lg bg-brand-50 p-4 print:mt-3 print:p-0">
        <h2 id="summary-heading" className="text-2xl font-semibold">
          {t.summaryHeading}
        </h2>
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
        <ul className="space-y-4 print:space-y-1">
          {top.map((match) => (
            <li key={match.careerId}>
              <MatchCard match={match} title={titles.get(match.careerId) ?? match.careerId} rank={null} />
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-slate-700 print:hidden">{t.retake}</p>
        <p className="mt-1 text-sm text-slate-700">{t.counselor}</p>
      </section>

      <section aria-labelledby="profile-heading" className="mt-10 print:hidden">
        <h2 id="profile-heading" className="mb-3 text-2xl font-semibold">
          {t.profileHeading}
        </h2>
        <ProfileCharts person={person} />
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
