// A category page in one locale: its careers as cards with the figures students compare.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CareerGrid } from "@/components/CareerCard";
import { CategoryLinks } from "@/components/CategoryLinks";
import { CategoryIcon } from "@/components/Icon";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { careerCards } from "@/lib/catalog";
import { CATEGORIES, categoryByLocalSlug, type Category } from "@/lib/content/categories";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function categoryStaticParams(locale: Locale) {
  return CATEGORIES.map((c) => ({ category: c.slugs[locale] }));
}

function alternatesOf(category: Category): Partial<Record<Locale, string>> {
  return Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).category(category.slugs[l])]));
}

export function categoryMetadata(locale: Locale, localSlug: string): Metadata {
  const category = categoryByLocalSlug(locale, localSlug);
  if (!category) return {};
  const dict = getDictionary(locale);
  const name = dict.categories[category.slug]?.name ?? category.slug;
  const count = careerCards(locale).filter((c) => c.category === category.slug).length;
  return pageMetadata({
    locale,
    title: dict.category.title(name),
    description: dict.category.description(name, count),
    path: routesFor(locale).category(localSlug),
    alternates: alternatesOf(category),
  });
}

export function CategoryPage({ locale, localSlug }: { locale: Locale; localSlug: string }) {
  const category = categoryByLocalSlug(locale, localSlug);
  if (!category) notFound();
  const dict = getDictionary(locale);
  const r = routesFor(locale);
  const copy = dict.categories[category.slug];
  const name = copy?.name ?? category.slug;
  const cards = careerCards(locale).filter((c) => c.category === category.slug);
  return (
    <>
      <LanguageSwitch locale={locale} alternates={alternatesOf(category)} />
      <Breadcrumbs
        locale={locale}
        items={[
          { name: dict.career.breadcrumbHome, href: r.home() },
          { name: dict.career.breadcrumbCareers, href: r.careers() },
          { name, href: r.category(localSlug) },
        ]}
      />
      <h1 className="flex items-center gap-3 text-display">
        <span className="inline-flex size-12 shrink-0 items-center justify-center rounded-card bg-brand-50 text-brand-700">
          <CategoryIcon category={category.slug} className="size-7" />
        </span>
        {dict.category.heading(name)}
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-800">{copy?.description}</p>
      <h2 className="mt-6 text-heading">{dict.home.careerCount(cards.length)}</h2>
      <CareerGrid cards={cards} className="mt-4" locale={locale} />
      <h2 className="mt-10 mb-3 text-heading">{dict.category.otherCategories}</h2>
      <CategoryLinks locale={locale} variant="chips" exclude={category.slug} />
    </>
  );
}
