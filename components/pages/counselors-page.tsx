// The counselors' class view in one locale. The page is static and holds no personal data: one client
// component loads the catalog's assessment profiles (a static JSON file, lib/class-catalog.ts) and reads
// and scores the pasted links in the browser. Without JavaScript it explains why and points to result pages.
import type { Metadata } from "next";
import { ClassView } from "@/components/counselors/ClassView";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { counselorsText } from "@/lib/i18n/counselors";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
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
        <ClassView locale={locale} catalogUrl={routesFor(locale).counselorsCatalog()} riasecNames={dict.riasecNames} />
      </div>
    </div>
  );
}
