import { CategoryPage, categoryMetadata, categoryStaticParams } from "@/components/pages/category-page";

export const dynamicParams = false;
export const generateStaticParams = () => categoryStaticParams("es");

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props) {
  return categoryMetadata("es", (await params).category);
}

export default async function Page({ params }: Props) {
  return <CategoryPage locale="es" localSlug={(await params).category} />;
}
