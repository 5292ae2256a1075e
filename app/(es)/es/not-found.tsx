import type { Metadata } from "next";
import { NotFoundPage } from "@/components/pages/not-found-page";
import { getDictionary } from "@/lib/i18n/dictionary";

export const metadata: Metadata = { title: getDictionary("es").notFound.title, robots: { index: false } };

export default function NotFound() {
  return <NotFoundPage locale="es" />;
}
