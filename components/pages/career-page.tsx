// A career page in one locale. Route files (app/(en)/careers/[slug], app/(es)/es/carreras/[slug]) only
// pass the locale and the slug.
import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CareerGrid } from "@/components/CareerCard";
import { CompareWith } from "@/components/compare/CompareWith";
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
import { CategoryIcon, Icon, ICONS } from "@/components/Icon";
import { JsonLd } from "@/components/JsonLd";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { QuickFacts } from "@/components/QuickFacts";
import { careerProfile } from "@/lib/assessment-data";
import { careerCardsById } from "@/lib/catalog";
import { careerSlugIn, getCareer, getCareerRecord, loadCareers } from "@/lib/content/careers";
import { getCategory } from "@/lib/content/categories";
import { getOccupation, loadEducation, loadTopSkills } from "@/lib/data/onet";
import { formatterFor, isoDate } from "@/lib/format";
import { getDesignStrings } from "@/lib/i18n/design";
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
  const d = getDesignStrings(locale);
  const r = routesFor(locale);
  const f = formatterFor(locale);
  const category = getCategory(career.category);
  const categoryName = dict.categories[career.category]?.name ?? career.category;
  const education = loadEducation().get(career.onetSoc);
  const cards = careerCardsById(locale);
  const related = career.related.flatMap((id) => cards.get(id) ?? []);
  const bls = occupation.bls;

  // Page order: the figures and the work first, "Is it for you?" (the second test call-to-action) last.
  const toc: [string, string][] = [
    ["what", t.sections.what],
    ["paths", t.sections.paths],
    ["study", t.sections.study],
    ["profile", t.sections.profile],
    ["skills", t.sections.skills],
    ["schools", t.sections.schools],
    ["market", t.sections.market],
    ["faq", t.sections.faq],
    ["related", t.sections.related],
    ["sources", t.sections.sources],
    ["fit", t.sections.fit],
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
      <header className="mb-4">
        <h1 className="flex items-center gap-3 text-display text-slate-900">
          <span className="inline-flex size-11 shrink-0 items-center justify-center rounded-card bg-brand-50 text-brand-700 sm:size-12">
            <CategoryIcon category={career.category} className="size-6 sm:size-7" />
          </span>
          {career.title}
        </h1>
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

      <QuickFacts career={career} occupation={occupation} locale={locale} />

      {/* A one-line horizontal scroller that sticks to the top: reachable at any point of a long page
          on a phone, with no script and nothing to open or close. */}
      <nav
        aria-labelledby="toc-heading"
        className="no-print sticky top-0 z-20 -mx-4 mt-6 mb-8 border-y border-slate-200 bg-white/95 px-4 backdrop-blur"
      >
        <div className="flex items-center gap-2">
          {/* On phones the bar is all links (the heading stays for screen readers); the fade on the
              right edge shows that the row scrolls. */}
          <h2
            id="toc-heading"
            className="sr-only shrink-0 text-xs font-semibold tracking-wide text-slate-700 uppercase sm:not-sr-only"
          >
            {t.onThisPage}
          </h2>
          <ul className="-ml-3 flex min-w-0 flex-1 gap-1 overflow-x-auto py-1 pr-10 [mask-image:linear-gradient(to_right,#000_85%,transparent)] sm:ml-0 lg:flex-wrap lg:pr-0 lg:[mask-image:none]">
            {toc.map(([id, label]) => (
              <li key={id} className="shrink-0">
                <a
                  href={`#${id}`}
                  className="toc-pill"
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>

      <div className="defer-sections space-y-12">
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
          {/* The note on which occupation's data this is comes before the figures it explains. */}
          {career.onetFitNote ? (
            <p className="mb-3 text-sm text-slate-700">
              <strong>{t.onetFit}:</strong> {career.onetFitNote}
            </p>
          ) : null}
          <DataPanel occupation={occupation} education={education} locale={locale} />
        </Section>
        <FaqSection career={career} t={t} />
        <CompareWith locale={locale} careerId={career.id} title={career.title} />
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
                <a href={source.url} className="link-inline" rel="noopener">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <SiteLink href={r.about()} className="link-inline">
              {t.howWeWrite}
            </SiteLink>
          </p>
        </Section>
        <Section id="fit" title={t.sections.fit}>
          <TestCallout career={career} t={t} locale={locale} />
          <TestProfileNote profile={careerProfile(career.id)} code={career.onetSoc} locale={locale} />
        </Section>
      </div>

      <p className="no-print mt-10 flex justify-end">
        <a
          href="#top"
          className="inline-flex min-h-tap items-center gap-1.5 rounded-full border border-slate-300 px-4 text-sm font-semibold text-brand-700 no-underline hover:border-brand-700 hover:bg-brand-50 hover:underline"
        >
          <Icon node={ICONS.top} className="size-4" />
          {d.backToTop}
        </a>
      </p>

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
