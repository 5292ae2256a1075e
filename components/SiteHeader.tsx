import Link from "next/link";
import { getDictionary } from "@/lib/i18n/dictionary";
import { routes } from "@/lib/routes";

export function SiteHeader() {
  const t = getDictionary().site;
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800 focus:shadow"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={routes.home()} className="text-xl font-bold text-brand-800 no-underline">
          {t.name}
        </Link>
        <nav aria-label={t.primaryNav}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
            <li>
              <Link href={routes.careers()} className="text-slate-800 hover:text-brand-700 hover:underline">
                {t.nav.careers}
              </Link>
            </li>
            <li>
              <Link href={routes.test()} className="text-brand-700 underline hover:text-brand-800">
                {t.nav.test}
              </Link>
            </li>
            <li>
              <Link href={routes.methodology()} className="text-slate-800 hover:text-brand-700 hover:underline">
                {t.nav.methodology}
              </Link>
            </li>
            <li>
              <Link href={routes.about()} className="text-slate-800 hover:text-brand-700 hover:underline">
                {t.nav.about}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
