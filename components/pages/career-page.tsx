// A career page in one locale. Route files (app/(en)/careers/[slug], app/(es)/es/carreras/[slug]) only
// pass the locale and the slug.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CareerGrid } from "@/components/CareerCard";
import {
  FaqSection,
  Html,
  PathsSection,
  ProfileSection,
  SchoolsSection,
  Section,
  SkillsSection,
  StudySection,
  TestCallout,
  TestProfileNote,
} from "@/components/CareerSections";
import { DataPanel } from "@/components/DataPanel";
import { JsonLd } from "@/components/JsonLd";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { careerProfile } from "@/lib/assessment-data";
import { careerCardsById } from "@/lib/catalog";
import { careerSlugIn, getCareer, getCareerRecord, loadCareers } from "@/lib/content/careers";
import { getCategory } from "@/lib/content/categories";
import { getOccupation, loadEducation, loadTopSkills } from "@/lib/data/onet";
import { formatterFor, isoDate } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

export function careerStaticParams(locale: Locale) {
  return loadCareers(locale).map((career) => ({ slug: career.slug }));
}

/** The same career in every locale that has it. */
function careerAlternates(id: string): Partial<Record<Locale, string>> {
  const alternates: Partial<Record<Locale, string>> = {};
  for (const l of LOCALES) {
    const slug = careerSlugIn(l, id);
    if (slug) alternates[l] = routesFor(l).career(slug);
  }
  return alternates;
}

export function careerMetadata(locale: Locale, slug: string): Metadata {
  // The record is enough for a title and description: no Markdown rendering here.
  const career = getCareerRecord(slug, locale);
  if (!career) return {};
  return pageMetadata({
    locale,
    title: getDictionary(locale).career.pageTitle(career.title),
    description: career.summary,
    path: routesFor(locale).career(slug),
    alternates: careerAlternates(career.id),
  });
}

export function CareerPage({ locale, slug }: { locale: Locale; slug: string }) {
  const career = getCareer(slug, locale);
  const occupation = career ? getOccupation(career.onetSoc) : undefined;
  if (!career || !occupation) notFound();
  const dict = getDictionary(locale);
  const t = dict.career;
  const r = routesFor(locale);
  const f = formatterFor(locale);
  const category = getCategory(career.category);
  const categoryName = dict.categories[career.category]?.name ?? career.category;
  const education = loadEducation().get(career.onetSoc);
  const cards = careerCardsById(locale);
  const related = career.related.flatMap((id) => cards.get(id) ?? []);
  const bls = occupation.bls;

  const toc: [string, string][] = [
    ["what", t.sections.what],
    ["paths", t.sections.paths],
    ["study", t.sections.study],
    ["profile", t.sections.profile],
    ["skills", t.sections.skills],
    ["schools", t.sections.schools],
    ["market", t.sections.market],
    ["fit", t.sections.fit],
    ["faq", t.sections.faq],
    ["related", t.sections.related],
    ["sources", t.sections.sources],
  ];

  return (
    <article>
      <LanguageSwitch locale={locale} alternates={careerAlternates(career.id)} />
      <Breadcrumbs
        locale={locale}
        items={[
          { name: t.breadcrumbHome, href: r.home() },
          { name: t.breadcrumbCareers, href: r.careers() },
          ...(category ? [{ name: categoryName, href: r.category(category.slugs[locale]) }] : []),
          { name: career.title, href: r.career(career.slug) },
        ]}
      />
      <header className="mb-6">
        <h1 className="text-3xl font-bold text-slate-900 sm:text-4xl">{career.title}</h1>
        <p className="mt-2 text-lg text-slate-800">{career.summary}</p>
        {career.alsoKnownAs.length > 0 ? (
          <p className="mt-2 text-sm text-slate-700">
            {t.alsoKnownAs}: {career.alsoKnownAs.join(", ")}
          </p>
        ) : null}
        <p className="mt-1 text-sm text-slate-700">
          {t.lastReviewed}: <time dateTime={isoDate(career.lastReviewed)}>{f.date(career.lastReviewed)}</time> ·{" "}
          {t.writtenBy}
        </p>
      </header>

      <div className="mb-8">
        <TestCallout career={career} t={t} locale={locale} />
      </div>

      <nav aria-label={t.onThisPage} className="no-print mb-8 rounded border border-slate-200 p-4 text-sm">
        <h2 className="mb-2 font-semibold">{t.onThisPage}</h2>
        <ul className="columns-2 gap-6 sm:columns-3">
          {toc.map(([id, label]) => (
            <li key={id} className="break-inside-avoid">
              <a href={`#${id}`} className="inline-block py-1.5 text-brand-700 underline">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="space-y-10">
        <Section id="what" title={t.sections.what}>
          <Html html={career.html.body} />
        </Section>
        <PathsSection career={career} t={t} />
        <StudySection career={career} t={t} />
        <ProfileSection career={career} t={t} riasecNames={dict.riasecNames} />
        <SkillsSection career={career} t={t} onetSkills={loadTopSkills(career.onetSoc, 6)} />
        <SchoolsSection career={career} t={t} countryNames={dict.countryNames} />
        <Section id="market" title={t.sections.market}>
          <div className="mb-4">
            <Html html={career.html.outlook} />
          </div>
          <DataPanel occupation={occupation} education={education} locale={locale} />
          {career.onetFitNote ? (
            <p className="mt-3 text-sm text-slate-700">
              <strong>{t.onetFit}:</strong> {career.onetFitNote}
            </p>
          ) : null}
        </Section>
        <Section id="fit" title={t.sections.fit}>
          <TestCallout career={career} t={t} locale={locale} />
          <TestProfileNote profile={careerProfile(career.id)} code={career.onetSoc} locale={locale} />
        </Section>
        <FaqSection career={career} t={t} />
        <Section id="related" title={t.sections.related}>
          <CareerGrid cards={related} locale={locale} />
        </Section>
        <Section id="sources" title={t.sections.sources}>
          <p className="text-sm">
            {t.writtenBy} {t.lastReviewed}: {f.date(career.lastReviewed)}
          </p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {career.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} className="text-brand-700 underline" rel="noopener">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <Link href={r.about()} className="text-brand-700 underline">
              {t.howWeWrite}
            </Link>
          </p>
        </Section>
      </div>

      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Occupation",
          name: career.title,
          description: career.summary,
          inLanguage: locale,
          url: absoluteUrl(r.career(career.slug)),
          occupationalCategory: career.onetSoc,
          ...(career.alsoKnownAs.length > 0 ? { alternateName: career.alsoKnownAs } : {}),
          ...(bls?.typicalEntryEducation ? { educationRequirements: bls.typicalEntryEducation } : {}),
          skills: [...career.skills.technical, ...career.skills.human].join(", "),
          occupationLocation: { "@type": "Country", name: "United States" },
          ...(bls?.medianWageAnnual2024 != null
            ? {
                estimatedSalary: {
                  "@type": "MonetaryAmountDistribution",
                  name: "Median annual wage, May 2024 (BLS OEWS)",
                  currency: "USD",
                  duration: "P1Y",
                  median: bls.medianWageAnnual2024,
                  validFrom: "2024-05-01",
                },
              }
            : {}),
        }}
      />
    </article>
  );
}
