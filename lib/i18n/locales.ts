// Locales the site is built for. English ships first; a Spanish edition adds "es" here, a
// dictionary in lib/i18n/dictionaries, and content/es/careers with the same slugs.
export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
