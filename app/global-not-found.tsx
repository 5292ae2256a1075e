// 404 for addresses that match no route. With one root layout per locale there is no shared layout
// to render it in, so it is a small bilingual document of its own.
import type { Metadata } from "next";
import { bodyFont } from "@/lib/fonts";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";
import "./globals.css";

export const metadata: Metadata = { title: getDictionary("en").notFound.title, robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="en" className={bodyFont.variable}>
      <body>
        <main id="main" className="mx-auto max-w-3xl space-y-10 px-4 py-10">
          {LOCALES.map((locale) => {
            const t = getDictionary(locale);
            const r = routesFor(locale);
            return (
              <section key={locale} lang={locale}>
                <h1 className="text-display">{t.notFound.heading}</h1>
                <p className="mt-4 text-lg">{t.notFound.text}</p>
                <ul className="mt-4 flex flex-wrap gap-4">
                  <li>
                    <a href={r.home()} className="link-inline-sm">
                      {t.career.breadcrumbHome}
                    </a>
                  </li>
                  <li>
                    <a href={r.careers()} className="link-inline-sm">
                      {t.site.nav.careers}
                    </a>
                  </li>
                  <li>
                    <a href={r.test()} className="link-inline-sm">
                      {t.site.nav.test}
                    </a>
                  </li>
                </ul>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
