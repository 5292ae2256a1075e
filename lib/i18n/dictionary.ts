// Picks the interface dictionary for a locale. One import point, so adding "es" is one line here.
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { en, type Dictionary } from "./en";

const dictionaries: Record<Locale, Dictionary> = { en };

export function getDictionary(locale: Locale = DEFAULT_LOCALE): Dictionary {
  return dictionaries[locale];
}
