// The category taxonomy: stable ids (the values career files use) and the URL slug of each id per
// locale. Names and descriptions are interface copy and live in the locale dictionaries.
import type { Locale } from "@/lib/i18n/locales";

export interface Category {
  /** Stable id used in career files ("health"); also the English URL slug. */
  slug: string;
  /** URL slug per locale (/es/carreras/area/<slug>). */
  slugs: Record<Locale, string>;
}

export const CATEGORIES = [
  { slug: "technology-it", slugs: { en: "technology-it", es: "tecnologia-informatica" } },
  { slug: "health", slugs: { en: "health", es: "salud" } },
  { slug: "education", slugs: { en: "education", es: "educacion" } },
  { slug: "engineering", slugs: { en: "engineering", es: "ingenieria" } },
  { slug: "arts-design", slugs: { en: "arts-design", es: "artes-diseno" } },
  { slug: "business-finance", slugs: { en: "business-finance", es: "negocios-finanzas" } },
  { slug: "law-public-safety", slugs: { en: "law-public-safety", es: "derecho-seguridad" } },
  { slug: "science", slugs: { en: "science", es: "ciencias" } },
  { slug: "social-services", slugs: { en: "social-services", es: "servicios-sociales" } },
  { slug: "communication-media", slugs: { en: "communication-media", es: "comunicacion-medios" } },
  { slug: "trades-construction", slugs: { en: "trades-construction", es: "oficios-construccion" } },
  { slug: "agriculture-environment", slugs: { en: "agriculture-environment", es: "agro-medio-ambiente" } },
  { slug: "hospitality-tourism", slugs: { en: "hospitality-tourism", es: "hosteleria-turismo" } },
  { slug: "transport-logistics", slugs: { en: "transport-logistics", es: "transporte-logistica" } },
  { slug: "sports-fitness", slugs: { en: "sports-fitness", es: "deporte-actividad-fisica" } },
  { slug: "government-defense", slugs: { en: "government-defense", es: "gobierno-defensa" } },
  { slug: "manufacturing-production", slugs: { en: "manufacturing-production", es: "industria-produccion" } },
] as const satisfies readonly Category[];

export type CategorySlug = (typeof CATEGORIES)[number]["slug"];

export const CATEGORY_SLUGS: readonly string[] = CATEGORIES.map((c) => c.slug);

export function getCategory(slug: string): Category | undefined {
  return CATEGORIES.find((c) => c.slug === slug);
}

/** The category whose URL slug in `locale` is `localSlug`. */
export function categoryByLocalSlug(locale: Locale, localSlug: string): Category | undefined {
  return CATEGORIES.find((c) => c.slugs[locale] === localSlug);
}
