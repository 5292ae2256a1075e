// The prose sections of a career page. Split out so the route file stays a thin composition.
import { SiteLink } from "@/components/SiteLink";
import { Icon, ICONS } from "@/components/Icon";
import type { CareerProfile } from "@/lib/assessment/profiles";
import type { Career } from "@/lib/content/careers";
import { PROGRAMME_REGISTRIES } from "@/lib/content/registries";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

type T = ReturnType<typeof getDictionary>["career"];

export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  // scroll-mt clears the sticky table of contents when a section is reached by its #anchor.
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-20">
      <h2 id={`${id}-heading`} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function TitledList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <div>
      <h3 className="mb-1 text-heading">{title}</h3>
      <ul className="list-disc pl-5 text-sm">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function Html({ html }: { html: string }) {
  return <div className="prose-career" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function PathsSection({ career, t }: { career: Career; t: T }) {
  return (
    <Section id="paths" title={t.sections.paths}>
      <ul className="grid gap-3 sm:grid-cols-2">
        {career.paths.map((path) => (
          <li key={path.title} className="tile">
            <h3 className="text-heading">{path.title}</h3>
            <p className="tile-text">{path.description}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function StudySection({ career, t }: { career: Career; t: T }) {
  const { min, max } = career.study.typicalYears;
  return (
    <Section id="study" title={t.sections.study}>
      <p className="mb-3">
        <strong>{t.typicalDuration}:</strong> {t.years(min, max)}
      </p>
      <Html html={career.html.studyOverview} />
      <h3 className="mt-4 mb-2 text-heading">{t.routesHeading}</h3>
      <ul className="space-y-3">
        {career.study.routes.map((route) => (
          <li key={route.name} className="tile">
            <p className="kicker text-brand-700">{t.routeTypes[route.type]}</p>
            <h4 className="font-semibold">{route.name}</h4>
            <p className="text-sm text-slate-700">{route.duration}</p>
            <p className="tile-text">{route.description}</p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-700">{t.countryNote}</p>
    </Section>
  );
}

export function ProfileSection({
  career,
  t,
  riasecNames,
}: {
  career: Career;
  t: T;
  riasecNames: Record<string, string>;
}) {
  const letters = [...career.profile.riasec].map((l) => `${riasecNames[l] ?? l} (${l})`).join(", ");
  return (
    <Section id="profile" title={t.sections.profile}>
      <Html html={career.html.profileOverview} />
      <p className="mt-3">
        <strong>{t.riasec}:</strong> {career.profile.riasec} — {letters}
      </p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <TitledList title={t.interests} items={career.profile.interests} />
        <TitledList title={t.strengths} items={career.profile.strengths} />
      </div>
    </Section>
  );
}

export function SkillsSection({
  career,
  t,
  onetSkills,
}: {
  career: Career;
  t: T;
  onetSkills: { name: string; importance: number }[];
}) {
  return (
    <Section id="skills" title={t.sections.skills}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TitledList title={t.technicalSkills} items={career.skills.technical} />
        <TitledList title={t.humanSkills} items={career.skills.human} />
      </div>
      {onetSkills.length > 0 ? (
        <>
          <h3 className="mt-4 mb-1 text-heading">{t.onetSkills}</h3>
          <p className="text-sm text-slate-800">
            {onetSkills.map((s) => `${s.name} (${s.importance.toFixed(1)}/5)`).join(" · ")}
          </p>
          <p className="text-xs text-slate-600">{t.onetSkillsSource(career.onetSoc)}</p>
        </>
      ) : null}
    </Section>
  );
}

export function SchoolsSection({ career, t, countryNames }: { career: Career; t: T; countryNames: Record<string, string> }) {
  return (
    <Section id="schools" title={t.sections.schools}>
      <ul className="grid gap-3 sm:grid-cols-2">
        {career.schools.map((school) => (
          <li key={school.url} className="tile">
            <h3 className="font-semibold">
              <a href={school.url} className="link-inline" rel="noopener">
                {school.name}
              </a>
            </h3>
            <p className="text-sm text-slate-700">
              {[school.city, countryNames[school.country] ?? school.country].filter(Boolean).join(", ")} ·{" "}
              {school.public ? t.schoolPublic : t.schoolPrivate}
              {school.free ? ` · ${t.schoolFree}` : ""}
            </p>
            {school.note ? <p className="tile-text">{school.note}</p> : null}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-700">{t.schoolsNote}</p>
      <h3 className="mt-4 mb-1 text-heading">{t.registriesHeading}</h3>
      <p className="text-sm text-slate-700">{t.registriesIntro}</p>
      <ul className="mt-1 grid gap-x-6 text-sm sm:grid-cols-2">
        {PROGRAMME_REGISTRIES.map((registry) => (
          <li key={registry.url}>
            <a href={registry.url} className="link-inline-sm" rel="noopener">
              {countryNames[registry.country] ?? registry.country}
              {": "}
              {registry.name}
            </a>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function FaqSection({ career, t }: { career: Career; t: T }) {
  return (
    <Section id="faq" title={t.sections.faq}>
      <div className="space-y-4">
        {career.faq.map((entry, i) => (
          <div key={entry.question}>
            <h3 className="text-heading">{entry.question}</h3>
            <div className="mt-1 text-slate-800">
              <Html html={career.html.faq[i] ?? ""} />
            </div>
          </div>
        ))}
      </div>
    </Section>
  );
}

export function TestCallout({ career, t, id, locale }: { career: Career; t: T; id?: string; locale: Locale }) {
  return (
    <div id={id} className="no-print rounded-card border-2 border-brand-700 bg-brand-50 p-4 sm:p-5">
      <p className="text-slate-900">{t.fitText(career.title)}</p>
      <p className="mt-3">
        <SiteLink
          href={routesFor(locale).test(career.id)}
          className="button-primary"
          data-testid="career-test-link"
        >
          <Icon node={ICONS.test} className="size-5" />
          {t.fitCta(career.title)}
        </SiteLink>
      </p>
    </div>
  );
}

/** How the test profiles this career, saying plainly which models are estimated or overridden. */
export function TestProfileNote({
  profile,
  code,
  locale,
}: {
  profile: CareerProfile | undefined;
  code: string;
  locale: Locale;
}) {
  if (!profile) return null;
  const dict = getDictionary(locale);
  const t = dict.career;
  return (
    <div className="mt-3 text-sm text-slate-700" data-testid="test-profile-note">
      <p>
        {t.testProfile(code)}{" "}
        <SiteLink href={routesFor(locale).methodology()} className="text-brand-700 underline">
          {t.testProfileHow}
        </SiteLink>
      </p>
      {profile.estimated.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {profile.estimated.map((entry) => (
            <li key={entry.model}>
              <strong>{t.estimated(dict.modelNames[entry.model] ?? entry.model)}</strong> {t.estimatedBasis[entry.basis.kind]?.(entry.basis)}
            </li>
          ))}
        </ul>
      ) : null}
      {profile.overridden.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {profile.overridden.map((entry) => (
            <li key={entry.model}>
              <strong>{t.overridden(dict.modelNames[entry.model] ?? entry.model)}</strong>{" "}
              <span lang="en">{entry.reason}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export { Html };
