/* eslint-disable react/jsx-no-literals -- this page's English prose moves to per-locale Markdown next
   (issue 11); until then the Spanish edition shows a notice above the English text. */
import type { Metadata } from "next";
import Link from "next/link";
import {
  ABILITIES_TO_VAK,
  CHASIDE_BLEND,
  KNOWLEDGE_TO_CHASIDE,
  RIASEC_PROXY_FOR_CHASIDE,
  WORK_STYLES_TO_BIG_FIVE,
  WORK_VALUES_TO_MMMG,
  type Composite,
} from "@/lib/assessment/crosswalks";
import { DIMENSION_LABELS, MODEL_LABELS, MODEL_WEIGHTS, MODELS, type Model } from "@/lib/assessment/models";
import { ASSESSMENT_VERSION, CHANGELOG, QUESTIONS, SCALE_LABELS } from "@/lib/assessment/questions";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { getDictionary } from "@/lib/i18n/dictionary";

export const methodologyMetadata = (locale: Locale): Metadata =>
  pageMetadata({
  locale,
  alternates: Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).methodology()])),
  title: "How the Rumbo career test works: models, key, weights and limits",
  description:
    "The five models behind Rumbo's 21-question career test, the full item-to-dimension key, the O*NET crosswalks, the weights and why, what the match index means, and what the test cannot tell you.",
  path: routesFor(locale).methodology(),
});

const EVIDENCE: Record<Model, { strength: string; why: string }> = {
  holland: {
    strength: "Strong",
    why: "Decades of research and several meta-analyses link interest fit to choosing, staying in and doing well in a field, although the effects are modest.",
  },
  chaside: {
    strength: "Weak on its own",
    why: "A field-of-study questionnaire common in Latin American school guidance, with no identifiable author or peer-reviewed validation. We keep its seven areas because they map well onto how universities organise degrees, and we measure them with our own items.",
  },
  mmmg: {
    strength: "Moderate",
    why: "Built on the six work values of the Theory of Work Adjustment, which O*NET also rates for every occupation. Values fit relates modestly to job satisfaction; teenagers' values are still changing.",
  },
  bigFive: {
    strength: "Moderate for traits, weak for job fit",
    why: "The Big Five are well established, but matching personality to an occupation adds little beyond interests. The job side comes from O*NET Work Styles, which rate what the work demands, not the personality of the people in it.",
  },
  vak: {
    strength: "Preferences only",
    why: "People do prefer seeing, listening or doing, but teaching to a preferred 'learning style' does not improve learning. We compare your preference with the sensory and hands-on demands of the work only.",
  },
};

function compositeText(composite: Composite): string {
  return Object.entries(composite)
    .map(([element, weight]) => `${element} ${weight > 0 ? "" : "−"}${Math.abs(weight).toFixed(1)}`)
    .join("; ");
}

function CompositeTable({ caption, model, map }: { caption: string; model: Model; map: Record<string, Composite> }) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1 pr-3">
            Dimension
          </th>
          <th scope="col" className="py-1">
            O*NET elements (weight)
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(map).map(([dimension, composite]) => (
          <tr key={dimension} className="border-b border-slate-100 align-top">
            <th scope="row" className="py-1 pr-3 font-medium">
              {DIMENSION_LABELS[model][dimension]?.name ?? dimension}
            </th>
            <td className="py-1">{compositeText(composite)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function H2({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="mt-10 mb-3 text-2xl font-semibold">
      {children}
    </h2>
  );
}

export function MethodologyPage({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <div className="max-w-4xl space-y-3 leading-relaxed" lang="en">
      <LanguageSwitch locale={locale} alternates={Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).methodology()]))} />
      {locale !== "en" ? (
        <p lang={locale} className="rounded bg-amber-50 p-3 text-sm">
          {t.site.englishOnlyNotice}
        </p>
      ) : null}
      <h1 className="text-3xl font-bold">How the test works</h1>
      <p className="text-lg">
        Rumbo&apos;s test has 21 statements answered from 1 (strongly disagree) to 5 (strongly agree). Your answers are
        scored on five models and compared with a profile of every career built from U.S. O*NET data. The result is a
        list of careers whose typical activities and demands resemble your answers, each with the reasons it matched.
        This page explains every step, so counselors, researchers and curious students can check it. The same key is
        published as open data at{" "}
        <a href={routesFor(locale).methodologyKey()} className="text-brand-700 underline">
          /methodology/key.json
        </a>
        .
      </p>
      <p className="rounded bg-amber-50 p-3">
        <strong>What it is not:</strong> the combined test is new and has not been validated in a study yet. It does not
        predict success, satisfaction or admission, it does not measure ability, and it is not a psychological
        diagnosis. Use it to find careers worth reading about, then talk them through with a counselor.
      </p>

      <H2 id="models">The five models and their weights</H2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Model
              </th>
              <th scope="col" className="py-2 pr-3">
                What it measures
              </th>
              <th scope="col" className="py-2 pr-3">
                Evidence
              </th>
              <th scope="col" className="py-2">
                Weight
              </th>
            </tr>
          </thead>
          <tbody>
            {MODELS.map((model) => (
              <tr key={model} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {MODEL_LABELS[model].name}
                </th>
                <td className="py-2 pr-3">{MODEL_LABELS[model].measures}</td>
                <td className="py-2 pr-3">
                  <strong>{EVIDENCE[model].strength}.</strong> {EVIDENCE[model].why}
                </td>
                <td className="py-2 tabular-nums">{Math.round(MODEL_WEIGHTS[model] * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>Why these weights.</strong> Interests (Holland and the CHASIDE areas together, 60%) have the strongest
        and best replicated links to the field people choose and stay in. Motivations get 20% because the Theory of Work
        Adjustment gives a reason to expect satisfaction when work rewards what you value, and O*NET rates every
        occupation on those values. Personality gets 15% because traits overlap only partly with interests and the job
        side is indirect. VAK gets 5% because there is no evidence that matching it matters; it mostly feeds the
        explanations.
      </p>
      <p>
        <strong>What MMMG means here.</strong> Some career tests mention an &quot;MMMG&quot; motivations model. We found
        no published instrument with that name, so in Rumbo &quot;Motivations (MMMG)&quot; simply names our motivations
        module, built on the six work values of the Theory of Work Adjustment (Dawis &amp; Lofquist): achievement,
        independence, recognition, relationships, support and working conditions. It is not a validated instrument of
        its own.
      </p>
      <p>
        <strong>About CHASIDE.</strong> It is sometimes credited to John Holland; that is not supported. Our 21 items do
        not reproduce the original 98-question CHASIDE questionnaire, so your result is a field-of-study interest map in
        the CHASIDE tradition, not a CHASIDE score.
      </p>
      <p>
        <strong>About VAK.</strong> Learning-style &quot;meshing&quot; — the idea that you learn better when taught in
        your preferred style — has not held up in controlled studies. We show VAK only as a preference about how you
        like to take in information and compare it with how the work itself is done (seeing, listening and talking, or
        using your hands). Study habits that help everyone: combine words with pictures, test yourself, and spread
        practice over time.
      </p>

      <H2 id="key">The item key</H2>
      <p>
        Each statement counts toward several dimensions with a weight of 1.0 (main), 0.5 or 0.3. A negative weight means
        the statement describes the opposite end, so agreeing lowers that dimension. Scale:{" "}
        {SCALE_LABELS.map((l, i) => `${i + 1} = ${l}`).join(", ")}.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="item-key">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                #
              </th>
              <th scope="col" className="py-2 pr-3">
                Statement
              </th>
              <th scope="col" className="py-2">
                Counts toward (weight)
              </th>
            </tr>
          </thead>
          <tbody>
            {QUESTIONS.map((question) => (
              <tr key={question.id} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-2 pr-3">
                  {question.id}
                </th>
                <td className="py-2 pr-3">{question.text}</td>
                <td className="py-2">
                  {question.loadings
                    .map(
                      (l) =>
                        `${MODEL_LABELS[l.model].short}: ${DIMENSION_LABELS[l.model][l.dimension]?.name ?? l.dimension} ${l.weight > 0 ? "+" : "−"}${Math.abs(l.weight).toFixed(1)}`,
                    )
                    .join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <H2 id="scoring">From answers to a match index</H2>
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          Each answer is centred: 1 → −1, 3 → 0, 5 → +1. A dimension&apos;s score is the weighted average of the answers
          that count toward it, shown from 0 to 100 on your results.
        </li>
        <li>
          Each career gets a profile in every model from O*NET data (next section). Your profile and the career&apos;s
          are compared model by model: for interests, study areas and motivations by the correlation of the two profiles
          (their shape, with a small part for the level of your interest in the career&apos;s top types); for
          personality by the distance on the traits the job is distinctive on; for VAK by the overlap of the two mixes.
        </li>
        <li>The five similarities are combined with the weights above into one raw score.</li>
        <li>
          The raw score is turned into a 0-100 <strong>match index</strong> with a fixed table calibrated on simulated
          respondents against every O*NET occupation: a typical person-career pair scores about 50, one in ten pairs
          about 80, one in a hundred about 92; the index stops at 97. The table is frozen for each version of the test,
          so the same answers always give the same result, and it is never stretched per person (your best match is not
          automatically &quot;99&quot;).
        </li>
        <li>
          Bands: 75 and above strong fit, 60-74 good fit, 45-59 possible fit, below 45 weak fit. Careers within 3 points
          of each other are marked as similar fits, with no implied order.
        </li>
        <li>
          <strong>Reasons</strong> are generated from the dimensions that actually added the most to the similarity, and
          the &quot;might not suit you if&quot; line from the one that subtracted the most.
        </li>
        <li>
          <strong>Confidence</strong> drops when answers look careless or uninformative: the same answer many times in a
          row, almost all neutral answers, agreeing with both halves of opposite statements (pairs 5/15, 6/14, 8/16,
          20/21), or a flat interest profile.
        </li>
      </ol>
      <p>
        A match index of 70 means the career resembles your answers more than most person-career pairs do. It is not a
        70% chance of anything. With 21 items, expect some change if you retake the test: careers that keep appearing
        are the strongest signals.
      </p>

      <H2 id="crosswalks">Career profiles from O*NET: the crosswalks</H2>
      <p>
        Career profiles come from the O*NET 30.1 database (interests, work styles, work values) and O*NET 30.0
        (knowledge, abilities), linked by each career&apos;s O*NET-SOC code. Each rating is mapped onto 0-1 using its
        scale&apos;s range; for matching, each dimension is also standardised across all occupations so that demands
        high everywhere do not dominate.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>Holland</strong> ← O*NET Interests (Occupational Interest scale, 1-7).
        </li>
        <li>
          <strong>Motivations</strong> ← O*NET Work Values (Extent, 1-7):{" "}
          {Object.entries(WORK_VALUES_TO_MMMG)
            .map(([element, dim]) => `${element} → ${DIMENSION_LABELS.mmmg[dim]?.name ?? dim}`)
            .join("; ")}
          . Values are compared as relative priorities.
        </li>
        <li>
          <strong>CHASIDE areas</strong> ← {Math.round(CHASIDE_BLEND.knowledge * 100)}% O*NET Knowledge importance and{" "}
          {Math.round(CHASIDE_BLEND.riasec * 100)}% an interest proxy; protective-service occupations get a +0.2 bump on
          Defence and security, which the knowledge data barely covers.
        </li>
        <li>
          <strong>Big Five</strong> ← O*NET Work Styles (2025 Work Styles Impact scale), clipped at the 1st and 99th
          percentile across occupations before rescaling.
        </li>
        <li>
          <strong>VAK</strong> ← O*NET Abilities importance: visual, auditory and motor demands of the work.
        </li>
      </ul>
      <CompositeTable caption="Work styles → personality demands" model="bigFive" map={WORK_STYLES_TO_BIG_FIVE} />
      <CompositeTable caption="Knowledge → CHASIDE areas" model="chaside" map={KNOWLEDGE_TO_CHASIDE} />
      <CompositeTable caption="Interest proxy for CHASIDE areas" model="chaside" map={RIASEC_PROXY_FOR_CHASIDE} />
      <CompositeTable caption="Abilities → seeing, listening/talking, doing" model="vak" map={ABILITIES_TO_VAK} />
      <p>
        <strong>Estimated profiles.</strong> Some occupations lack a table in O*NET (for example, Software Developers
        have no work values and Data Scientists no knowledge or abilities ratings). Rumbo then uses the average profile
        of the occupation&apos;s most closely related O*NET occupations that have the data (up to 10, in O*NET&apos;s
        order), or failing that the average of its occupation group. Such models are marked &quot;estimated&quot; on
        results and career pages. A career file may override a derived profile only with a written reason.
      </p>
      <p>
        These profiles describe U.S. occupations and what the work demands; they do not describe the personality of the
        people who do it, and they may fit local versions of a career imperfectly.
      </p>

      <H2 id="privacy">Privacy</H2>
      <p>
        Your answers never leave your device except inside the result link you open or share: the server builds the page
        from that link and keeps nothing, with no accounts, cookies, analytics or third-party requests. The test page
        keeps a copy of your answers in this browser&apos;s storage so you can continue later; &quot;Start over&quot;
        clears them.
      </p>

      <H2 id="version">Version and changes</H2>
      <p>
        Current version: <strong>{ASSESSMENT_VERSION}</strong>. Result links carry the version (parameter <code>v</code>
        , default current) so a link keeps its meaning when the test changes.
      </p>
      <ul className="list-disc pl-6">
        {CHANGELOG.map((entry) => (
          <li key={entry.version}>
            <strong>Version {entry.version}</strong> ({entry.date}): {entry.changes}
          </li>
        ))}
      </ul>
      <p>
        <Link href={routesFor(locale).test()} className="font-semibold text-brand-700 underline">
          Take the test
        </Link>
      </p>
    </div>
  );
}
