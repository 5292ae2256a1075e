// Interface strings added with the visual design (issue 13): compact header labels, the home page's
// two paths, the career page's quick facts and navigation aids. Kept apart from en.ts/es.ts so the
// dictionaries others edit stay untouched; both locales must have exactly the same keys (typed below).
import type { Locale } from "./locales";

const en = {
  /** Header labels on phones, where the full labels (site.nav) do not fit on one line. */
  navShort: { careers: "Careers", test: "Test", methodology: "Method", about: "About" },
  home: {
    pathsLabel: "Two ways to start",
    exploreText: (careers: number, areas: number) => `${careers} careers in ${areas} areas, with U.S. pay and outlook`,
    areasIntro: "Pick an area to see its careers with pay, growth and study time.",
  },
  facts: {
    heading: "Quick facts",
    work: "The work",
    pay: "U.S. median pay",
    growth: "U.S. jobs 2024-34",
    growthValue: (pct: string, words: string) => `${pct}: ${words.charAt(0).toLowerCase()}${words.slice(1)}`,
    allJobs: (pct: string) => `All occupations: ${pct}`,
    study: "Typical study",
    interests: "Interests (Holland code)",
    source: "U.S. figures from the BLS: median pay May 2024, projected change 2024-34.",
    allFigures: "All figures and sources",
  },
  backToTop: "Back to top",
};

export type DesignStrings = typeof en;

const es: DesignStrings = {
  navShort: { careers: "Carreras", test: "Test", methodology: "Método", about: "Info" },
  home: {
    pathsLabel: "Dos formas de empezar",
    exploreText: (careers: number, areas: number) =>
      `${careers} carreras en ${areas} áreas, con salario y perspectivas en EE. UU.`,
    areasIntro: "Elige un área para ver sus carreras con salario, crecimiento y años de estudio.",
  },
  facts: {
    heading: "Datos rápidos",
    work: "El trabajo",
    pay: "Salario mediano en EE. UU.",
    growth: "Empleo en EE. UU. 2024-34",
    growthValue: (pct: string, words: string) => `${pct}: ${words.charAt(0).toLowerCase()}${words.slice(1)}`,
    allJobs: (pct: string) => `Todas las ocupaciones: ${pct}`,
    study: "Estudios habituales",
    interests: "Intereses (código Holland)",
    source: "Cifras de EE. UU. del BLS: salario mediano de mayo de 2024, cambio previsto 2024-34.",
    allFigures: "Todas las cifras y fuentes",
  },
  backToTop: "Volver arriba",
};

export const design: Record<Locale, DesignStrings> = { en, es };

export function getDesignStrings(locale: Locale): DesignStrings {
  return design[locale];
}
