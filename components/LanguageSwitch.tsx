import { Icon, ICONS } from "@/components/Icon";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Links to this page in the other languages (the same page, not the home page). Rendered by each page,
 * which knows its counterpart's address (career slugs differ per language).
 */
export function LanguageSwitch({
  locale,
  alternates,
}: {
  locale: Locale;
  alternates: Partial<Record<Locale, string>>;
}) {
  const t = getDictionary(locale).site.languageSwitch;
  const others = LOCALES.filter((l) => l !== locale && alternates[l]);
  if (others.length === 0) return null;
  return (
    <nav aria-label={t.label} className="no-print mb-2 flex justify-end text-sm">
      <ul className="flex gap-2">
        {others.map((other) => (
          <li key={other}>
            <a
              href={alternates[other]}
              hrefLang={other}
              lang={other}
              className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-brand-200 bg-white px-3 font-semibold text-brand-700 underline-offset-2 hover:border-brand-700 hover:underline"
            >
              <Icon node={ICONS.language} className="size-4" />
              {t[other]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
