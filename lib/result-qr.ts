// The QR code of a result link (GET /test/result/qr.svg?a=…, /es/test/resultado/qr.svg?a=…), which the
// printed result shows. It is an image file rather than SVG inside the page because the App Router
// sends a per-request page twice (HTML and its inline payload): inline, the code cost the result page
// about 2 KB gzipped on every view, for a block that only appears on paper. Same parsing as the page,
// so a broken link gets the same 400/404 here. Server-only glue; the routes stay thin.
import "server-only";
import { parseResultQuery } from "@/lib/assessment/answers";
import { isKnownCareer } from "@/lib/content/files";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { qrSvg } from "@/lib/qr";
import { RESULT_CACHE_CONTROL, searchParamsOf } from "@/lib/result-json";
import { requestOrigin } from "@/lib/request-origin";
import { problemSentence } from "@/lib/result-words";
import { routesFor } from "@/lib/routes";

export async function resultQrResponse(locale: Locale, request: Request): Promise<Response> {
  const parsed = parseResultQuery(searchParamsOf(new URL(request.url)), isKnownCareer);
  const headers = { "Cache-Control": RESULT_CACHE_CONTROL, "X-Robots-Tag": "noindex" };
  if (!parsed.ok) {
    const t = getDictionary(locale).result;
    const lines = parsed.problems.map((p) => problemSentence(t, p));
    return new Response(`${t.invalidHeading}\n${lines.join("\n")}\n`, {
      status: parsed.status,
      headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // The same absolute link the page prints next to the code.
  const url = `${await requestOrigin()}${routesFor(locale).result(parsed.answers.join(""), parsed.career)}`;
  return new Response(await qrSvg(url), {
    headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" },
  });
}
