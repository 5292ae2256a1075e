import { ResultPage, resultMetadata, type SearchParams } from "@/components/pages/result-page";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props) {
  return resultMetadata("es", await searchParams);
}

export default async function Page({ searchParams }: Props) {
  return <ResultPage locale="es" params={await searchParams} />;
}
