import { TestPage, testMetadata, type SearchParams } from "@/components/pages/test-page";

export const metadata = testMetadata("es");

type Props = { searchParams: Promise<SearchParams> };

export default async function Page({ searchParams }: Props) {
  return <TestPage locale="es" params={await searchParams} />;
}
