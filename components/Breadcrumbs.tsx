import { SiteLink } from "@/components/SiteLink";
import { JsonLd } from "./JsonLd";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site";

export interface Crumb {
  name: string;
  href: string;
}

/** Visible breadcrumb trail plus its JSON-LD BreadcrumbList; the last crumb is the current page. */
export function Breadcrumbs({ items, locale }: { items: Crumb[]; locale: Locale }) {
  const t = getDictionary(locale).career;
  return (
    <nav aria-label={t.breadcrumbLabel} className="no-print mb-3 text-sm text-slate-700">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-1">
              {last ? (
                <span aria-current="page" className="font-medium text-slate-900">
                  {item.name}
                </span>
              ) : (
                <>
                  <SiteLink href={item.href} className="link-inline-sm">
                    {item.name}
                  </SiteLink>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BreadcrumbList",
          itemListElement: items.map((item, i) => ({
            "@type": "ListItem",
            position: i + 1,
            name: item.name,
            item: absoluteUrl(item.href),
          })),
        }}
      />
    </nav>
  );
}
