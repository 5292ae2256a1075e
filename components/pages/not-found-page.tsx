// The 404 page in one locale (rendered inside that locale's layout by notFound()).
import { SiteLink } from "@/components/SiteLink";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  const r = routesFor(locale);
  return (
    <>
      <h1 className="text-display">{t.notFound.heading}</h1>
      <p className="mt-4 max-w-2xl text-lg">{t.notFound.text}</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <SiteLink href={r.careers()} className="link-inline-sm">
            {t.site.nav.careers}
          </SiteLink>
        </li>
        <li>
          <SiteLink href={r.test()} className="link-inline-sm">
            {t.site.nav.test}
          </SiteLink>
        </li>
        <li>
          <SiteLink href={r.home()} className="link-inline-sm">
            {t.career.breadcrumbHome}
          </SiteLink>
        </li>
      </ul>
    </>
  );
}
