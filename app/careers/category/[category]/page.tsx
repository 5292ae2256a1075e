import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CareerGrid } from "@/components/CareerCard";
import { careerCards } from "@/lib/catalog";
import { CATEGORIES, getCategory } from "@/lib/content/categories";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return CATEGORIES.map((c) => ({ category: c.slug }));
}

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getCategory((await params).category);
  if (!category) return {};
  const t = getDictionary().category;
  const count = careerCards().filter((c) => c.category === category.slug).length;
  return pageMetadata({
    title: t.title(category.name),
    description: t.description(category.name, count),
    path: routes.category(category.slug),
  });
}

export default async function CategoryPage({ params }: Props) {
  const category = getCategory((await params).category);
  if (!category) notFound();
  const dict = getDictionary();
  const cards = careerCards().filter((c) => c.category === category.slug);
  return (
    <>
      <Breadcrumbs
        items={[
          { name: dict.career.breadcrumbHome, href: routes.home() },
          { name: dict.career.breadcrumbCareers, href: routes.careers() },
          { name: category.name, href: routes.category(category.slug) },
        ]}
      />
      <h1 className="text-3xl font-bold">{dict.category.heading(category.name)}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-800">{category.description}</p>
      <h2 className="mt-6 text-xl font-semibold">{dict.home.careerCount(cards.length)}</h2>
      <CareerGrid cards={cards} className="mt-4" />
      <h2 className="mt-10 mb-3 text-xl font-semibold">{dict.category.otherCategories}</h2>
      <ul className="flex flex-wrap gap-2 text-sm">
        {CATEGORIES.filter((c) => c.slug !== category.slug).map((c) => (
          <li key={c.slug}>
            <Link
              href={routes.category(c.slug)}
              className="inline-block rounded border border-slate-300 px-3 py-1 text-brand-700 underline"
            >
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
