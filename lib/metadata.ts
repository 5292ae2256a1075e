// Builds per-page metadata: unique title and description, canonical URL, hreflang alternates to the
// page's counterpart in every locale (x-default: English), and Open Graph in the page's language.
import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl } from "./site";

const OG_LOCALE: Record<Locale, string> = { en: "en_US", es: "es_ES" };

export function pageMetadata(options: {
  locale: Locale;
  title: string;
  description: string;
  path: string;
  /** The same page in each locale that has it (including this one). */
  alternates?: Partial<Record<Locale, string>>;
  noindex?: boolean;
  absoluteTitle?: boolean;
}): Metadata {
  const url = absoluteUrl(options.path);
  const languages: Record<string, string> = {};
  for (const [locale, path] of Object.entries(options.alternates ?? {})) if (path) languages[locale] = absoluteUrl(path);
  if (languages.en) languages["x-default"] = languages.en;
  return {
    title: options.absoluteTitle ? { absolute: options.title } : options.title,
    description: options.description,
    alternates: { canonical: url, ...(Object.keys(languages).length > 1 ? { languages } : {}) },
    openGraph: {
      title: options.title,
      description: options.description,
      url,
      type: "website",
      locale: OG_LOCALE[options.locale],
    },
    ...(options.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
