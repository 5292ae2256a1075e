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
import { careerProfile } from "@/lib/assessment-data";
import { careerCardsBySlug } from "@/lib/catalog";
import { getCareer, getCareerRecord, loadCareers } from "@/lib/content/careers";
import { getCategory } from "@/lib/content/categories";
import { allOccupationsChangePct, getOccupation, loadEducation, loadTopSkills } from "@/lib/data/onet";
import { formatDate } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return loadCareers().map((career) => ({ slug: career.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  // The record is enough for a title and description: no Markdown rendering here.
  const career = getCareerRecord(slug);
  if (!career) return {};
  return pageMetadata({
    title: `${career.title}: what they do, study, skills and outlook`,
    description: career.summary,
    path: routes.career(slug),
  });
}

export default async function CareerPage({ params }: Props) {
  const { slug } = await params;
  const career = getCareer(slug);
  const occupation = career ? getOccupation(career.onetSoc) : undefined;
  if (!career || !occupation) notFound();
  const dict = getDictionary();
  const t = dict.career;
  const category = getCategory(career.category);
  const education = loadEducation().get(career.onetSoc);
  const cardsBySlug = careerCardsBySlug();
  const related = career.related.flatMap((s) => cardsBySlug.get(s) ?? []);
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
      <Breadcrumbs
        items={[
          { name: t.breadcrumbHome, href: routes.home() },
          { name: t.breadcrumbCareers, href: routes.careers() },
          ...(category ? [{ name: category.name, href: routes.category(category.slug) }] : []),
          { name: career.title, href: routes.career(career.slug) },
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
          {t.lastReviewed}: <time dateTime={formatDate(career.lastReviewed)}>{formatDate(career.lastReviewed)}</time> ·{" "}
          {t.writtenBy}
        </p>
      </header>

      <div className="mb-8">
        <TestCallout career={career} t={t} />
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
        <SchoolsSection career={career} t={t} />
        <Section id="market" title={t.sections.market}>
          <div className="mb-4">
            <Html html={career.html.outlook} />
          </div>
          <DataPanel occupation={occupation} education={education} allChangePct={allOccupationsChangePct()} />
          {career.onetFitNote ? (
            <p className="mt-3 text-sm text-slate-700">
              <strong>{t.onetFit}:</strong> {career.onetFitNote}
            </p>
          ) : null}
        </Section>
        <Section id="fit" title={t.sections.fit}>
          <TestCallout career={career} t={t} />
          <TestProfileNote profile={careerProfile(career.slug)} code={career.onetSoc} />
        </Section>
        <FaqSection career={career} t={t} />
        <Section id="related" title={t.sections.related}>
          <CareerGrid cards={related} />
        </Section>
        <Section id="sources" title={t.sections.sources}>
          <p className="text-sm">
            {t.writtenBy} {t.lastReviewed}: {formatDate(career.lastReviewed)}.
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
            <Link href={routes.about()} className="text-brand-700 underline">
              How Rumbo writes and checks career pages
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
          url: absoluteUrl(routes.career(career.slug)),
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
