// The site header: the brand (home link) and the four sections on ONE line, even on a 390 px phone
// (short labels below the `sm` breakpoint). The language switch sits at the top of each page, because
// only the page knows its counterpart's address in the other language.
import { SiteLink } from "@/components/SiteLink";
import { Icon, ICONS } from "@/components/Icon";
import { NavLinks } from "@/components/NavLinks";
import { getDesignStrings } from "@/lib/i18n/design";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).site;
  const short = getDesignStrings(locale).navShort;
  const r = routesFor(locale);
  const items = [
    { href: r.careers(), label: t.nav.careers, short: short.careers },
    { href: r.test(), label: t.nav.test, short: short.test },
    { href: r.methodology(), label: t.nav.methodology, short: short.methodology },
    { href: r.about(), label: t.nav.about, short: short.about },
  ];
  return (
    <header id="top" className="no-print border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-control focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800 focus:shadow"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-3 sm:px-4">
        <SiteLink
          href={r.home()}
          className="inline-flex min-h-tap shrink-0 items-center gap-1.5 text-xl font-bold tracking-tight text-brand-800 no-underline"
        >
          <span className="inline-flex size-8 items-center justify-center rounded-full bg-brand-700 text-white">
            <Icon node={ICONS.brand} className="size-5" />
          </span>
          {t.name}
        </SiteLink>
        <nav aria-label={t.primaryNav} className="text-[0.9375rem] sm:text-base">
          <NavLinks items={items} />
        </nav>
      </div>
    </header>
  );
}
