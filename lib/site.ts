// Site-wide settings. SITE_URL is the public base URL of canonical links, the sitemap, Open Graph and
// JSON-LD (prerendered, so it cannot come from a request); set it with RUMBO_SITE_URL in production.
export const SITE_NAME = "Rumbo";
export const SITE_URL_FROM_ENV = process.env.RUMBO_SITE_URL?.replace(/\/+$/, "") || null;
export const SITE_URL = SITE_URL_FROM_ENV ?? "http://localhost:3000";

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
