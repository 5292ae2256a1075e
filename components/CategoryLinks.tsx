// The 17 areas as links with their icons: a compact two-column icon grid (home, with career counts) or
// chips (category pages), or chips in a row that scrolls sideways on phones (catalog and search).
import { SiteLink } from "@/components/SiteLink";
import { CategoryIcon } from "@/components/Icon";
import { CATEGORIES } from "@/lib/content/categories";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export function CategoryLinks({
  locale,
  counts,
  exclude,
  variant = "grid",
}: {
  locale: Locale;
  /** Careers per category id; shown under each name in the grid. */
  counts?: ReadonlyMap<string, number>;
  /** A category id to leave out (the page's own). */
  exclude?: string;
  /** "row": chips on one line that scrolls sideways on phones (so the list below stays in view). */
  variant?: "grid" | "chips" | "row";
}) {
  const dict = getDictionary(locale);
  const r = routesFor(locale);
  const shown = CATEGORIES.filter((c) => c.slug !== exclude);
  if (variant !== "grid") {
    const layout =
      variant === "row"
        ? "-mx-4 flex gap-2 overflow-x-auto px-4 pb-2 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0"
        : "flex flex-wrap gap-2";
    return (
      <ul className={`${layout} text-sm`}>
        {shown.map((c) => (
          <li key={c.slug} className="shrink-0">
            <SiteLink
              href={r.category(c.slugs[locale])}
              className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-slate-300 bg-white px-3 font-medium whitespace-nowrap text-brand-700 no-underline hover:border-brand-700 hover:bg-brand-50 hover:underline"
            >
              <CategoryIcon category={c.slug} className="size-4" />
              {dict.categories[c.slug]?.name}
            </SiteLink>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
      {shown.map((c) => (
        <li key={c.slug}>
          <SiteLink
            href={r.category(c.slugs[locale])}
            className="group flex h-full min-h-tap items-center gap-2 rounded-card border border-slate-200 bg-white px-2 py-1.5 no-underline hover:border-brand-700 hover:bg-brand-50"
          >
            <span className="inline-flex size-9 shrink-0 items-center justify-center rounded-control bg-brand-50 text-brand-700 group-hover:bg-white">
              <CategoryIcon category={c.slug} className="size-5" />
            </span>
            <span className="min-w-0">
              <span className="block text-sm leading-tight font-semibold text-brand-800 group-hover:underline">
                {dict.categories[c.slug]?.name}
              </span>
              {counts ? (
                <span className="block text-xs text-slate-700">{dict.home.careerCount(counts.get(c.slug) ?? 0)}</span>
              ) : null}
            </span>
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
