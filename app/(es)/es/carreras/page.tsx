import { CatalogPage, catalogMetadata } from "@/components/pages/catalog-page";

// Prerendered: searches go to /es/carreras/buscar (the form's action; proxy.ts redirects old ?q= links).
export const metadata = catalogMetadata("es");

export default function Page() {
  return <CatalogPage locale="es" />;
}
