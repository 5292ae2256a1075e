// Number, money and date formatting per locale for figures from the open data (one place, so every
// page rounds alike). Money is always U.S. dollars: the figures are U.S. data.
import type { Locale } from "@/lib/i18n/locales";

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es-ES" };

export interface Formatter {
  count: (value: number) => string;
  usd: (value: number) => string;
  changePct: (value: number) => string;
  /** Human date ("4 December 2026" / "4 de diciembre de 2026"). */
  date: (date: Date) => string;
}

const cache = new Map<Locale, Formatter>();

export function formatterFor(locale: Locale): Formatter {
  let formatter = cache.get(locale);
  if (!formatter) {
    const tag = INTL_LOCALE[locale];
    // es-ES leaves 4-digit numbers ungrouped by default; "always" keeps 45.000 readable like 145.000.
    const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, useGrouping: "always" });
    const money = new Intl.NumberFormat(tag, {
      style: "currency",
      currency: "USD",
      currencyDisplay: locale === "en" ? "symbol" : "code",
      maximumFractionDigits: 0,
      useGrouping: "always",
    });
    const pct = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
    formatter = {
      count: (value) => integer.format(value),
      usd: (value) => money.format(value),
      changePct: (value) => {
        const sign = value > 0 ? "+" : value < 0 ? "−" : "";
        return `${sign}${pct.format(Math.abs(value))}%`;
      },
      date: (date) => day.format(date),
    };
    cache.set(locale, formatter);
  }
  return formatter;
}

/** Machine-readable date for <time dateTime> and JSON-LD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
