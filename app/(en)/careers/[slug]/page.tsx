import { CareerPage, careerMetadata, careerStaticParams } from "@/components/pages/career-page";

export const dynamicParams = false;
export const generateStaticParams = () => careerStaticParams("en");

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return careerMetadata("en", (await params).slug);
}

export default async function Page({ params }: Props) {
  return <CareerPage locale="en" slug={(await params).slug} />;
}
