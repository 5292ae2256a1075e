// What a printed result carries beyond the page: the date, the full result link and a QR code of it
// (drawn on the server as SVG), so a counselor's printout leads back to the live result. Print only.
import { PrintDate } from "@/components/result/ShareTools";
import { formatterFor, isoDate } from "@/lib/format";
import { getCompareWords } from "@/lib/i18n/compare";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { qrSvg } from "@/lib/qr";

export async function PrintDetails({ url, version, locale }: { url: string; version: string; locale: Locale }) {
  const t = getCompareWords(locale).print;
  const result = getDictionary(locale).result;
  const svg = await qrSvg(url);
  const now = new Date();
  return (
    <section
      aria-label={t.link}
      className="hidden break-inside-avoid items-start gap-4 border-t border-slate-300 pt-3 print:mt-4 print:flex"
      data-testid="print-details"
    >
      <div
        role="img"
        aria-label={t.qrLabel(url)}
        className="size-28 shrink-0 [&_svg]:block [&_svg]:size-full"
        data-testid="result-qr"
        // The SVG comes from the qrcode library (paths only), drawn from our own URL.
        dangerouslySetInnerHTML={{ __html: svg }}
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
