/* eslint-disable react/jsx-no-literals -- this page's English prose moves to per-locale Markdown next
   (issue 11); until then the Spanish edition shows a notice above the English text. */
import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { getDictionary } from "@/lib/i18n/dictionary";


export const aboutMetadata = (locale: Locale): Metadata =>
  pageMetadata({
  locale,
  alternates: Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).about()])),
  title: getDictionary(locale).about.title,
  description: getDictionary(locale).about.description,
  path: routesFor(locale).about(),
});

function H2({ children }: { children: React.ReactNode }) {
  return <h2 className="mt-8 mb-2 text-2xl font-semibold">{children}</h2>;
}

export function AboutPage({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <div className="max-w-3xl space-y-3 leading-relaxed" lang="en">
      <LanguageSwitch locale={locale} alternates={Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).about()]))} />
      {locale !== "en" ? (
        <p lang={locale} className="rounded bg-amber-50 p-3 text-sm">
          {t.site.englishOnlyNotice}
        </p>
      ) : null}
      <h1 className="text-3xl font-bold">{t.about.title}</h1>
      <p className="text-lg">
        Rumbo is a free, open career catalog for students and the counselors who help them. Every career page explains
        the work, the study routes, the skills and the job market, and links to a short test that suggests careers
        matching your answers — with the reasons for each match.
      </p>

      <H2>Who writes Rumbo</H2>
      <p>
        Career pages are written and checked by the <strong>Rumbo editorial team</strong>. We do not publish invented
        experts, reviewers or testimonials: when a qualified person reviews a page, their real name and role will appear
        on it. Each page shows the date it was last reviewed and the sources it relies on.
      </p>
      <p>
        Every page passes automatic checks before it is published: required sections, minimum depth, real school links
        over https, related careers that exist, an interest code consistent with O*NET, and no copied filler shared
        between pages.
      </p>

      <H2>Where the figures come from</H2>
      <p>
        Rumbo never types a salary, growth rate or employment figure by hand. Each one is read from open data by the
        career&apos;s O*NET-SOC code and shown with its source and period:
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>O*NET 30.1 and 30.0</strong> (U.S. Department of Labor, Employment and Training Administration):
          interest profiles, Job Zones, education levels, skills, work styles, work values, knowledge and abilities.
          Licensed under{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/" className="text-brand-700 underline">
            CC BY 4.0
          </a>
          .
        </li>
        <li>
          <strong>BLS Employment Projections 2024-34</strong> (Table 1.2) with median wages from the Occupational
          Employment and Wage Statistics program, May 2024 (U.S. Bureau of Labor Statistics, public domain).
        </li>
        <li>
          <strong>2018 Standard Occupational Classification</strong> (U.S. Bureau of Labor Statistics) for occupation
          groups.
        </li>
      </ul>
      <p>{t.attribution.onet}</p>
      <p>{t.attribution.modified}</p>
      <p>
        These are U.S. figures. Outside the United States, use them as a rough guide to how an occupation compares with
        others, not as local pay or demand.
      </p>

      <H2>The test</H2>
      <p>
        The 21-question test blends five models of interests, personality, motivations and preferences. It suggests
        careers whose typical activities and demands resemble your answers; it does not predict success and it is not a
        diagnosis. The{" "}
        <Link href={routesFor(locale).methodology()} className="text-brand-700 underline">
          methodology page
        </Link>{" "}
        explains every item, weight and limit, and the full scoring key is published as open data.
      </p>

      <H2>Privacy</H2>
      <p>
        Many of our readers are under 18, so Rumbo collects nothing: no accounts, no trackers, no analytics, no
        advertising and no requests to other companies. Your test answers live only in your browser and in the result
        link you choose to share. The server builds your result from that link and keeps nothing.
      </p>

      <H2>Licences</H2>
      <p>
        Rumbo&apos;s code is open source under the MIT licence; its career texts are published under CC BY 4.0, so
        schools and counselors may reuse them with attribution. The open data keeps its own licences listed above.
      </p>
    </div>
  );
}
