import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    // Result pages carry personal answers in the URL: never index them.
    rules: { userAgent: "*", allow: "/", disallow: ["/test/result"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
