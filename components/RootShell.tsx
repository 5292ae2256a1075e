// The document shell shared by the root layout of each locale: <html lang>, skip link, header, main,
// footer. Each locale has its own root layout (app/(en), app/(es)) so <html lang> is right in the
// prerendered HTML without a client script.
import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { bodyFont } from "@/lib/fonts";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { SITE_NAME, SITE_URL } from "@/lib/site";

export function rootMetadata(locale: Locale): Metadata {
  const t = getDictionary(locale);
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t.home.title, template: `%s | ${SITE_NAME}` },
    description: t.site.description,
    applicationName: SITE_NAME,
    formatDetection: { telephone: false },
  };
}

export const rootViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b554f",
};

export function RootShell({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const t = getDictionary(locale);
  return (
    <html lang={t.htmlLang} className={bodyFont.variable}>
      <body className="flex min-h-screen flex-col">
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-3 pb-8 sm:pt-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
