import { LetterPage, letterMetadata, letterStaticParams } from "@/components/pages/letter-page";

export const dynamicParams = false;
export const generateStaticParams = () => letterStaticParams("en");

type Props = { params: Promise<{ letter: string }> };

export async function generateMetadata({ params }: Props) {
  return letterMetadata("en", (await params).letter);
}

export default async function Page({ params }: Props) {
  return <LetterPage locale="en" param={(await params).letter} />;
}
