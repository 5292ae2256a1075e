// "Compare with…" on a career page: a plain GET form (this career plus the one picked) to the compare
// page, so it works without JavaScript; proxy.ts folds the two `careers` fields into one link.
import { CareerSelect } from "@/components/compare/CareerSelect";
import { careerById, loadCareers } from "@/lib/content/careers";
import { getCompareWords } from "@/lib/i18n/compare";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export function CompareWith({ locale, careerId, title }: { locale: Locale; careerId: string; title: string }) {
  const t = getCompareWords(locale).compareWith;
  // Careers of the same area plus the related ones: the comparisons students make, and a short list
  // (every career in every page's HTML would make each career page about 13 KB heavier twice over).
  // The compare page itself can add any career.
  const career = careerById(careerId, locale) ?? careerById(careerId);
  const only = new Set([
    ...loadCareers("en")
      .filter((c) => c.category === career?.category)
      .map((c) => c.id),
    ...(career?.related ?? []),
  ]);
  return (
    <section aria-labelledby="compare-with-heading" className="no-print rounded-lg border border-slate-200 p-4">
      <h2 id="compare-with-heading" className="text-xl font-semibold text-slate-900">
        {t.heading}
      </h2>
      <form method="get" action={routesFor(locale).comparePath()} className="mt-2 flex flex-wrap items-end gap-3">
        <input type="hidden" name="careers" value={careerId} />
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="compare-with" className="block text-sm font-medium">
            {t.label(title)}
          </label>
          <CareerSelect id="compare-with" locale={locale} exclude={[careerId]} only={only} />
        </div>
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t.button}
        </button>
      </form>
    </section>
  );
}
