import { SearchPage, searchMetadata, type SearchParams } from "@/components/pages/search-page";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props) {
  return searchMetadata("en", await searchParams);
}

export default async function Page({ searchParams }: Props) {
  return <SearchPage locale="en" params={await searchParams} />;
}
