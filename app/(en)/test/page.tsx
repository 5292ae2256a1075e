import { TestPage, testMetadata, type SearchParams } from "@/components/pages/test-page";

export const metadata = testMetadata("en");

type Props = { searchParams: Promise<SearchParams> };

export default async function Page({ searchParams }: Props) {
  return <TestPage locale="en" params={await searchParams} />;
}
