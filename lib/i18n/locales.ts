// Locales the site is built for. English lives at the root (content/careers, /careers/...); every
// other locale lives under /<locale>/ with its own dictionary, path words and content/<locale>/careers.
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
