import { SiteLink } from "@/components/SiteLink";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8">
        <p>{t.footer.about}</p>
        <h2 className="font-semibold text-slate-900">{t.footer.dataHeading}</h2>
        <p lang="en">{t.attribution.onet}</p>
        <p lang="en">{t.attribution.modified}</p>
        <p>{t.footer.bls}</p>
        <p>
          <SiteLink href={routesFor(locale).about()} className="link-inline-sm">
            {t.footer.licence}
          </SiteLink>
        </p>
      </div>
    </footer>
  );
}
