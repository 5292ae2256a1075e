import { CareerPage, careerMetadata, careerStaticParams } from "@/components/pages/career-page";

export const dynamicParams = false;
export const generateStaticParams = () => careerStaticParams("es");

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return careerMetadata("es", (await params).slug);
}

export default async function Page({ params }: Props) {
  return <CareerPage locale="es" slug={(await params).slug} />;
}
