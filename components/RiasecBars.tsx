import { RIASEC_LETTERS, type RiasecLetter } from "@/lib/data/types";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Horizontal bars of an O*NET interest profile (1-7). The SVG is decorative for screen readers;
 * the same numbers are in the list beside it, so nothing depends on seeing the chart.
 */
export function RiasecBars({ ratings, id, locale }: { ratings: Record<RiasecLetter, number>; id: string; locale: Locale }) {
  const names = getDictionary(locale).riasecNames;
  const rowHeight = 22;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <svg viewBox={`0 0 220 ${rowHeight * 6}`} className="w-full max-w-xs" aria-hidden="true" focusable="false">
        {RIASEC_LETTERS.map((letter, i) => {
          const width = ((ratings[letter] - 1) / 6) * 180;
          return (
            <g key={letter} transform={`translate(0 ${i * rowHeight})`}>
              <text x="0" y="15" fontSize="12" fill="#0f172a">
                {letter}
              </text>
              <rect x="18" y="4" width="180" height="14" fill="#e2e8f0" rx="2" />
              <rect x="18" y="4" width={Math.max(width, 1)} height="14" fill="#0f6b63" rx="2" />
            </g>
          );
        })}
      </svg>
      <ul id={id} className="text-sm">
        {RIASEC_LETTERS.map((letter) => (
          <li key={letter}>
            {names[letter]} ({letter}): <strong>{ratings[letter].toLocaleString(getDictionary(locale).htmlLang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</strong> / 7
          </li>
        ))}
      </ul>
    </div>
  );
}
