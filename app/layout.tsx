import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { getDictionary } from "@/lib/i18n/dictionary";
import { SITE_NAME, SITE_URL } from "@/lib/site";
import "./globals.css";

const t = getDictionary();

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: t.home.title, template: `%s | ${SITE_NAME}` },
  description: t.site.description,
  applicationName: SITE_NAME,
  openGraph: { siteName: SITE_NAME, type: "website", locale: "en_US" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b554f",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={t.htmlLang}>
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
