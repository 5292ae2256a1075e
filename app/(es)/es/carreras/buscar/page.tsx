import { SearchPage, searchMetadata, type SearchParams } from "@/components/pages/search-page";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props) {
  return searchMetadata("es", await searchParams);
}

export default async function Page({ searchParams }: Props) {
  return <SearchPage locale="es" params={await searchParams} />;
}
