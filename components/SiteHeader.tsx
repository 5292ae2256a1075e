import Link from "next/link";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).site;
  const r = routesFor(locale);
  const links = [
    { href: r.careers(), label: t.nav.careers },
    { href: r.test(), label: t.nav.test },
    { href: r.methodology(), label: t.nav.methodology },
    { href: r.about(), label: t.nav.about },
  ];
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800 focus:shadow"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2">
        <Link href={r.home()} className="inline-flex min-h-11 items-center text-xl font-bold text-brand-800 no-underline">
          {t.name}
        </Link>
        <nav aria-label={t.primaryNav}>
          <ul className="flex flex-wrap gap-x-4 text-sm font-medium">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="inline-flex min-h-11 items-center text-slate-800 hover:text-brand-700 hover:underline"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
