// Site-wide settings. SITE_URL is the one place the public base URL is set (canonical links,
// sitemap, Open Graph, JSON-LD); override it with the RUMBO_SITE_URL environment variable.
export const SITE_NAME = "Rumbo";
export const SITE_URL = (process.env.RUMBO_SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
