import { CategoryPage, categoryMetadata, categoryStaticParams } from "@/components/pages/category-page";

export const dynamicParams = false;
export const generateStaticParams = () => categoryStaticParams("en");

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props) {
  return categoryMetadata("en", (await params).category);
}

export default async function Page({ params }: Props) {
  return <CategoryPage locale="en" localSlug={(await params).category} />;
}
