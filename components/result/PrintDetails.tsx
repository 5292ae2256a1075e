// What a printed result carries beyond the page: the date, the full result link and a QR code of it
// (an SVG drawn on the server, lib/result-qr.ts), so a counselor's printout leads back to the live
// result. Print only. The code is an <img>: browsers fetch it even while the block is hidden, so it is
// there when the print dialog opens, with or without JavaScript.
import { PrintDate } from "@/components/result/ShareTools";
import { formatterFor, isoDate } from "@/lib/format";
import { getCompareWords } from "@/lib/i18n/compare";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";

export function PrintDetails({
  url,
  qrSrc,
  version,
  locale,
}: {
  /** The full result link, printed as text. */
  url: string;
  /** Path of its QR code image. */
  qrSrc: string;
  version: string;
  locale: Locale;
}) {
  const t = getCompareWords(locale).print;
  const result = getDictionary(locale).result;
  const now = new Date();
  return (
    <section
      aria-label={t.link}
      className="hidden break-inside-avoid items-start gap-4 border-t border-slate-300 pt-3 print:mt-4 print:flex"
      data-testid="print-details"
    >
      {/* fetchPriority low: React would otherwise preload it ahead of the page's own resources. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG from our own route; next/image adds nothing */}
      <img
        src={qrSrc}
        alt={t.qrLabel(url)}
        width={112}
        height={112}
        fetchPriority="low"
        className="size-28 shrink-0"
        data-testid="result-qr"
      />
      <div className="min-w-0 text-xs">
        <p className="text-sm font-semibold">
          {t.printedOn}{" "}
          <PrintDate locale={locale} serverDate={formatterFor(locale).date(now)} serverIso={isoDate(now)} />
        </p>
        <p className="mt-1 font-medium">{t.link}</p>
        <p className="break-all">
          <a href={url} className="text-slate-900 no-underline">
            {result.printLine(url, version)}
          </a>
        </p>
        <p className="mt-1">{t.qrHint}</p>
      </div>
    </section>
  );
}
