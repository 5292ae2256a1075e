import type { Metadata } from "next";
import Link from "next/link";
import { getDictionary } from "@/lib/i18n/dictionary";
import { routes } from "@/lib/routes";

const t = getDictionary();

export const metadata: Metadata = { title: t.notFound.title, robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">{t.notFound.heading}</h1>
      <p className="mt-4 max-w-2xl text-lg">{t.notFound.text}</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link href={routes.careers()} className="text-brand-700 underline">
            {t.site.nav.careers}
          </Link>
        </li>
        <li>
          <Link href={routes.test()} className="text-brand-700 underline">
            {t.site.nav.test}
          </Link>
        </li>
        <li>
          <Link href={routes.home()} className="text-brand-700 underline">
            {t.career.breadcrumbHome}
          </Link>
        </li>
      </ul>
    </>
  );
}
