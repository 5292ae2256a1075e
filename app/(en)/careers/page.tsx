import { CatalogPage, catalogMetadata } from "@/components/pages/catalog-page";

// Prerendered: searches go to /careers/search (the form's action; proxy.ts redirects old ?q= links).
export const metadata = catalogMetadata("en");

export default function Page() {
  return <CatalogPage locale="en" />;
}
