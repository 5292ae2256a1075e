// The counselors' class view in one locale. The page is static and holds no personal data: it sends the
// browser the catalog's assessment profiles (lib/class-view.ts compactCareers) and one client component
// reads and scores the pasted links there. Without JavaScript it explains why and points to result pages.
import type { Metadata } from "next";
import { ClassView } from "@/components/counselors/ClassView";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { scoredCareers } from "@/lib/assessment-data";
import { compactCareers } from "@/lib/class-view";
import { careerById } from "@/lib/content/careers";
import { counselorsText } from "@/lib/i18n/counselors";
import { getDictionary } from "@/lib/i18n/dictionary";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

const alternates = () => Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).counselors()]));

export function counselorsMetadata(locale: Locale): Metadata {
  const t = counselorsText[locale];
  return pageMetadata({
    locale,
    title: t.title,
    description: t.description,
    path: routesFor(locale).counselors(),
    alternates: alternates(),
  });
}

/** Every career as the class view needs it: this edition's title and page, else the English ones. */
function classCatalog(locale: Locale) {
  const r = routesFor(locale);
  return compactCareers(scoredCareers(), (id) => {
    const own = careerById(id, locale);
    if (own) return { title: own.title, href: r.career(own.slug) };
    const english = careerById(id, DEFAULT_LOCALE);
    return { title: english?.title ?? id, href: routesFor(DEFAULT_LOCALE).career(id), lang: DEFAULT_LOCALE };
  });
}

export function CounselorsPage({ locale }: { locale: Locale }) {
  const t = counselorsText[locale];
  const dict = getDictionary(locale);
  return (
    <div>
      <LanguageSwitch locale={locale} alternates={alternates()} />
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <p className="mt-3 max-w-3xl text-lg print:hidden">{t.intro}</p>
      <section
        aria-labelledby="class-privacy-heading"
        className="mt-4 max-w-3xl rounded-lg bg-brand-50 p-4 print:mt-2 print:bg-transparent print:p-0"
      >
        <h2 id="class-privacy-heading" className="text-lg font-semibold">
          {t.privacyHeading}
        </h2>
        {t.privacy.map((paragraph) => (
          <p key={paragraph} className="mt-1">
            {paragraph}
          </p>
        ))}
      </section>
      <noscript>
        <section aria-labelledby="class-noscript-heading" className="mt-4 max-w-3xl rounded-lg border-2 border-amber-600 p-4">
          <h2 id="class-noscript-heading" className="text-lg font-semibold">
            {t.noscriptHeading}
          </h2>
          <p className="mt-1">{t.noscript}</p>
          <p className="mt-1">{t.noscriptExample(routesFor(locale).resultPath())}</p>
        </section>
      </noscript>
      <div className="mt-6">
        <ClassView locale={locale} careers={classCatalog(locale)} riasecNames={dict.riasecNames} />
      </div>
    </div>
  );
}
