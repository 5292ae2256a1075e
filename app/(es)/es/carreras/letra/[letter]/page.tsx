import { LetterPage, letterMetadata, letterStaticParams } from "@/components/pages/letter-page";

export const dynamicParams = false;
export const generateStaticParams = () => letterStaticParams("es");

type Props = { params: Promise<{ letter: string }> };

export async function generateMetadata({ params }: Props) {
  return letterMetadata("es", (await params).letter);
}

export default async function Page({ params }: Props) {
  return <LetterPage locale="es" param={(await params).letter} />;
}
