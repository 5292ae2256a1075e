import { Fragment } from "react";
import { RIASEC_LETTERS, type RiasecLetter } from "@/lib/data/types";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Horizontal bars of an O*NET interest profile (1-7). The SVG is decorative for screen readers;
 * the same numbers are in the list beside it, so nothing depends on seeing the chart.
 */
export function RiasecBars({
  ratings,
  id,
  locale,
}: {
  ratings: Record<RiasecLetter, number>;
  id: string;
  locale: Locale;
}) {
  const names = getDictionary(locale).riasecNames;
  const rowHeight = 22;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {/* Colours and type come from .riasec-bars (globals.css), not from attributes on every shape. */}
      <svg viewBox={`0 0 220 ${rowHeight * 6}`} className="riasec-bars w-full max-w-xs" aria-hidden="true">
        {RIASEC_LETTERS.map((letter, i) => {
          const y = i * rowHeight;
          const width = Math.max(((ratings[letter] - 1) / 6) * 180, 1);
          return (
            <Fragment key={letter}>
              <text x="0" y={y + 15}>
                {letter}
              </text>
              <rect x="18" y={y + 4} width="180" height="14" rx="2" />
              <rect x="18" y={y + 4} width={width.toFixed(1)} height="14" rx="2" className="bar" />
            </Fragment>
          );
        })}
      </svg>
      <ul id={id} className="text-sm">
        {RIASEC_LETTERS.map((letter) => (
          <li key={letter}>
            {`${names[letter]} (${letter}): `}
            <strong>
              {ratings[letter].toLocaleString(getDictionary(locale).htmlLang, {
                minimumFractionDigits: 2,
                maximumFractionDigits: 2,
              })}
            </strong>{" "}
            / 7
          </li>
        ))}
      </ul>
    </div>
  );
}
