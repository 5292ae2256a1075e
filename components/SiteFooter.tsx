import Link from "next/link";
import { getDictionary } from "@/lib/i18n/dictionary";
import { routes } from "@/lib/routes";

export function SiteFooter() {
  const t = getDictionary();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8">
        <p>{t.footer.about}</p>
        <h2 className="font-semibold text-slate-900">{t.footer.dataHeading}</h2>
        <p>{t.attribution.onet}</p>
        <p>{t.attribution.modified}</p>
        <p>{t.footer.bls}</p>
        <p>
          <Link href={routes.about()} className="text-brand-700 underline">
            {t.footer.licence}
          </Link>
        </p>
      </div>
    </footer>
  );
}
