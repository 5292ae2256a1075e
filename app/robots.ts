import type { MetadataRoute } from "next";
import { LOCALES } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    // Result pages carry personal answers in the URL: never index them.
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: LOCALES.map((l) => routesFor(l).resultPath()),
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
