// Builds per-page metadata: unique title and description, canonical URL and Open Graph.
import type { Metadata } from "next";
import { absoluteUrl } from "./site";

export function pageMetadata(options: {
  title: string;
  description: string;
  path: string;
  noindex?: boolean;
  absoluteTitle?: boolean;
}): Metadata {
  const url = absoluteUrl(options.path);
  return {
    title: options.absoluteTitle ? { absolute: options.title } : options.title,
    description: options.description,
    alternates: { canonical: url },
    openGraph: { title: options.title, description: options.description, url, type: "website" },
    ...(options.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
