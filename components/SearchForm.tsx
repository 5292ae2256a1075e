import { CATEGORIES } from "@/lib/content/categories";
import { MAX_QUERY_LENGTH } from "@/lib/content/search";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

/** Plain GET form to the search route: search and area filter work without JavaScript. */
export function SearchForm({ query, category, locale }: { query: string; category: string; locale: Locale }) {
  const dict = getDictionary(locale);
  const t = dict.catalog;
  return (
    <form method="get" action={routesFor(locale).searchPath()} role="search" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 basis-64">
        <label htmlFor="q" className="block text-sm font-semibold">
          {t.searchLabel}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="q-hint"
          className="mt-1 min-h-tap w-full rounded-control border border-slate-500 bg-white px-3 py-2 text-base hover:border-brand-700 focus:border-brand-700"
        />
        <p id="q-hint" className="mt-1 text-xs text-slate-700">
          {t.searchHint}
        </p>
      </div>
      <div className="basis-48">
        <label htmlFor="category" className="block text-sm font-semibold">
          {t.categoryLabel}
        </label>
        <select
          id="category"
          name="category"
          defaultValue={category}
          className="mt-1 min-h-tap w-full rounded-control border border-slate-500 bg-white px-3 py-2 text-base hover:border-brand-700 focus:border-brand-700"
        >
          <option value="">{t.allCategories}</option>
          {CATEGORIES.map((c) => (
            <option key={c.slug} value={c.slug}>
              {dict.categories[c.slug]?.name}
            </option>
          ))}
        </select>
        <p className="mt-1 text-xs text-transparent" aria-hidden="true">
          {t.searchHintSpacer}
        </p>
      </div>
      <div className="pb-5">
        <button
          type="submit"
          className="inline-flex min-h-tap items-center gap-2 rounded-control bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t.searchButton}
        </button>
      </div>
    </form>
  );
}
