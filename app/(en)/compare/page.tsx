import { ComparePage, compareMetadata, type SearchParams } from "@/components/compare/ComparePage";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props) {
  return compareMetadata("en", await searchParams);
}

export default async function Page({ searchParams }: Props) {
  return <ComparePage locale="en" params={await searchParams} />;
}
