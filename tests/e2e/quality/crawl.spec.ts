// Crawl: from /, /sitemap.xml and one shared result link, follow every internal link (bounded) and
// check what a crawler would: status, title, description, canonical, one h1, noindex on results.
import { expect, test } from "@playwright/test";
import { internalLinks, pageBasics, pool, VALID_ANSWERS } from "./util";

// Two editions of 211 careers plus categories and static pages are about 470 distinct pages; every career
// page also links the test with ?career=<id>, which is one template: a sample of those is enough.
const MAX_PAGES = 1000;
const MAX_PER_QUERY_TEMPLATE = 10;
const perTemplate = new Map<string, number>();
/** Query-string variants of one path (e.g. /test?career=…) count as one template, sampled. */
function worthCrawling(link: string): boolean {
  const [path = "", query] = link.split("?");
  if (!query) return true;
  const key = `${path}?${[...new URLSearchParams(query).keys()].sort().join("&")}`;
  const count = (perTemplate.get(key) ?? 0) + 1;
  perTemplate.set(key, count);
  return count <= MAX_PER_QUERY_TEMPLATE;
}

test("crawl every internal link from / and the sitemap: 200, title, description, canonical, one h1; results noindex", async ({
  request,
}) => {
  test.setTimeout(480_000);
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const sitemapPaths = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = new URL((m[1] ?? "").replace(/&amp;/g, "&"));
    return `${url.pathname}${url.search}`;
  });
  expect(sitemapPaths.length).toBeGreaterThan(20);

  // A result link is how people share results; crawlers can meet one anywhere.
  const sharedResult = `/test/result?a=${VALID_ANSWERS}&career=backend-developer`;
  const queue: string[] = [...new Set(["/", ...sitemapPaths, sharedResult])];
  const seen = new Set<string>(queue);
  const problems: string[] = [];
  const statuses = new Map<string, number>();
  let resultPages = 0;

  while (queue.length > 0 && statuses.size < MAX_PAGES) {
    const batch = queue.splice(0, Math.min(queue.length, 8, MAX_PAGES - statuses.size));
    await pool(batch, 8, async (path) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const status = response.status();
      statuses.set(path, status);
      if (status !== 200) {
        problems.push(`${path}: status ${status}`);
        return;
      }
      const type = response.headers()["content-type"] ?? "";
      if (!type.includes("text/html")) return; // key.json, robots.txt...
      const html = await response.text();
      const basics = pageBasics(html);
      if (!basics.title) problems.push(`${path}: empty <title>`);
      if (basics.description.trim().length < 30)
        problems.push(`${path}: meta description missing or shorter than 30 characters`);
      if (!/^https?:\/\/[^/]+(\/|$)/.test(basics.canonical))
        problems.push(`${path}: canonical missing or not absolute ("${basics.canonical}")`);
      if (basics.h1Count !== 1) problems.push(`${path}: ${basics.h1Count} <h1> elements`);
      if (path.startsWith("/test/result") || path.startsWith("/es/test/resultado")) {
        resultPages++;
        if (!/\bnoindex\b/.test(basics.robots))
          problems.push(`${path}: result page without noindex (robots "${basics.robots}")`);
      }
      for (const link of internalLinks(html)) {
        if (!seen.has(link)) {
          seen.add(link);
          if (worthCrawling(link)) queue.push(link);
        }
      }
    });
  }

  console.log(`crawled ${statuses.size} URLs (${resultPages} result pages), ${queue.length} left in the queue`);
  expect(queue, `more than ${MAX_PAGES} internal URLs: raise the bound or check for a link explosion`).toEqual([]);
  expect(problems).toEqual([]);
  for (const path of sitemapPaths) expect(statuses.get(path), `sitemap URL ${path}`).toBe(200);
  expect(resultPages).toBeGreaterThan(0);
  // The crawl reached well past the sitemap: pages link to each other.
  expect(statuses.size).toBeGreaterThan(sitemapPaths.length);
});
