// The about page: prose from content/pages/<locale>/about.md; the editorial rules, growth rule and test
// facts it quotes come from code, and the O*NET notice is rendered in English as O*NET requires.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { MODELS } from "@/lib/assessment/models";
import { QUESTION_COUNT } from "@/lib/assessment/questions";
import { fillPlaceholders, loadPage, type PageBlock } from "@/lib/content/pages";
import { QUALITY_RULES } from "@/lib/content/quality";
import { GROWTH_RULE } from "@/lib/data/reference";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { PageBlocks } from "./methodology-page";

/** Every inline placeholder the about Markdown may use, formatted for the locale. */
export function aboutValues(locale: Locale): Record<string, string> {
  const t = getDictionary(locale);
  const r = routesFor(locale);
  const R = QUALITY_RULES;
  const values: Record<string, string> = {
    items: String(QUESTION_COUNT),
    models: String(MODELS.length),
    "route.methodology": r.methodology(),
    "route.key": r.methodologyKey(),
    "route.test": r.test(),
    "content.bodyMin": String(R.bodyWords.min),
    "content.bodyMax": String(R.bodyWords.max),
    "content.bodyMinEs": String(R.bodyWordsEs.min),
    "content.bodyMaxEs": String(R.bodyWordsEs.max),
    "content.minPaths": String(R.minPaths),
    "content.minFaq": String(R.minFaq),
    "content.maxFaq": String(R.maxCareersPerFaqQuestion),
    "content.minSchools": String(R.minSchools),
    "content.minSchoolCountries": String(R.minSchoolCountries),
    "content.minRelated": String(R.minRelated),
    "content.minSources": String(R.minSources),
    "content.sharedSentenceWords": String(R.sharedSentenceWords),
    "growth.similar": String(GROWTH_RULE.similarBand),
    "growth.muchFaster": String(GROWTH_RULE.muchFasterAbove),
  };
  for (const [word, text] of Object.entries(t.data.growthWords)) {
    // Quoted mid-sentence, so the first letter follows the sentence, not the label.
    values[`growth.word.${word}`] = text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
  }
  return values;
}

/** Blocks the about Markdown can place with {{table:name}}. */
export const ABOUT_BLOCKS: Record<string, (locale: Locale) => ReactNode> = {
  // O*NET's notice is quoted in English in every edition, marked as English for screen readers.
  "onet-attribution": (locale) => {
    const t = getDictionary(locale);
    return (
      <blockquote lang={locale === "en" ? undefined : "en"} className="my-4 border-l-4 border-slate-300 pl-4 text-sm">
        <p>{t.attribution.onet}</p>
        <p className="mt-2">{t.attribution.modified}</p>
      </blockquote>
    );
  },
};

export const ABOUT_BLOCK_NAMES: readonly string[] = Object.keys(ABOUT_BLOCKS);

const alternates = () => Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).about()]));

export const aboutMetadata = (locale: Locale): Metadata => {
  const page = loadPage("about", locale);
  const values = aboutValues(locale);
  return pageMetadata({
    locale,
    alternates: alternates(),
    title: fillPlaceholders(page.meta.title, values, page.path),
    description: fillPlaceholders(page.meta.description, values, page.path),
    path: routesFor(locale).about(),
  });
};

export function AboutPage({ locale }: { locale: Locale }) {
  const page = loadPage("about", locale);
  const values = aboutValues(locale);
  const slot = (name: string): ReactNode => {
    const render = ABOUT_BLOCKS[name];
    if (!render) throw new Error(`${page.path}: unknown block {{table:${name}}}`);
    return render(locale);
  };
  const blocks = (list: readonly PageBlock[]) => (
    <PageBlocks blocks={list} values={values} slot={slot} where={page.path} />
  );
  return (
    <div className="max-w-3xl leading-relaxed">
      <LanguageSwitch locale={locale} alternates={alternates()} />
      <h1 className="text-3xl font-bold">{fillPlaceholders(page.title, values, page.path)}</h1>
      <div className="mt-3 text-lg">{blocks(page.intro)}</div>
      {page.sections.map((section) => (
        <section key={section.id}>
          <h2 id={section.id} className="mt-8 mb-2 scroll-mt-4 text-2xl font-semibold">
            {fillPlaceholders(section.heading, values, page.path)}
          </h2>
          {blocks(section.blocks)}
        </section>
      ))}
    </div>
  );
}
