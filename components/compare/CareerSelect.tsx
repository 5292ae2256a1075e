// The career picker of the compare forms: every career, grouped by area, as a native <select> so it
// works without JavaScript and uses the phone's own picker. Server component.
import { careerOptions } from "@/lib/compare";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getCompareWords } from "@/lib/i18n/compare";
import type { Locale } from "@/lib/i18n/locales";

export function CareerSelect({
  id,
  locale,
  exclude,
  only,
  describedBy,
}: {
  id: string;
  locale: Locale;
  /** Careers already in the comparison: not offered again. */
  exclude: readonly string[];
  /** When set, only these careers are offered (e.g. the same area and related careers). */
  only?: ReadonlySet<string>;
  describedBy?: string;
}) {
  const dict = getDictionary(locale);
  const t = getCompareWords(locale).compare;
  return (
    <select
      id={id}
      name="careers"
      required
      defaultValue=""
      aria-describedby={describedBy}
      className="mt-1 min-h-11 w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
    >
      <option value="">{t.choose}</option>
      {careerOptions(locale).map((group) => {
        const careers = group.careers.filter((c) => !exclude.includes(c.id) && (!only || only.has(c.id)));
        return careers.length > 0 ? (
          <optgroup key={group.category} label={dict.categories[group.category]?.name ?? group.category}>
            {careers.map((career) => (
              <option key={career.id} value={career.id} lang={career.lang ?? undefined}>
                {career.title}
              </option>
            ))}
          </optgroup>
        ) : null;
      })}
    </select>
  );
}
