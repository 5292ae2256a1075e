// Picks the interface dictionary for a locale. Every page, component and metadata call passes its
// locale; nothing freezes a dictionary at module load.
import type { Locale } from "./locales";
import { en, type Dictionary } from "./en";
import { es } from "./es";

export type { Dictionary };

const dictionaries: Record<Locale, Dictionary> = { en, es };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}
