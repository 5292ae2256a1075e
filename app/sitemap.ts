import type { MetadataRoute } from "next";
import { loadCareers } from "@/lib/content/careers";
import { CATEGORIES } from "@/lib/content/categories";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

export default function sitemap(): MetadataRoute.Sitemap {
  const careers = loadCareers();
  const staticPages = [routes.home(), routes.careers(), routes.test(), routes.methodology(), routes.about()];
  return [
    ...staticPages.map((path) => ({ url: absoluteUrl(path) })),
    ...CATEGORIES.map((c) => ({ url: absoluteUrl(routes.category(c.slug)) })),
    ...careers.map((c) => ({ url: absoluteUrl(routes.career(c.slug)), lastModified: c.lastReviewed })),
  ];
}
