// Hostile input: generated result URLs, traversal paths, hostile catalog queries, and the security
// headers of every template. No browser: raw HTTP through Playwright's request context.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { hostileResultCases } from "./hostile-cases";
import { elements, pool, RESULT_HEADING, TEMPLATES, visibleMarkup } from "./util";

const RESULT_OK_HEADING = "Your results";

// As behind a TLS-terminating reverse proxy: the setup where middleware rewrites used to hang or 500.
const PROXIED = { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "rumbo.example", "X-Forwarded-For": "203.0.113.9" };

async function get(request: APIRequestContext, url: string, maxRedirects = 0, headers: Record<string, string> = {}) {
  // Generous timeout: this checks statuses, not speed (speed is measured by npm run bench).
  const response = await request.get(url, { maxRedirects, failOnStatusCode: false, headers, timeout: 30_000 });
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

for (const [setup, headers] of [
  ["direct", {}],
  ["behind a proxy", PROXIED],
] as const)
test(`≥200 hostile result URLs (${setup}): never 5xx; 4xx pages explain, valid ones render, forms redirect; their QR codes agree`, async ({
  request,
}) => {
  test.setTimeout(180_000);
  const cases = hostileResultCases();
  expect(cases.length).toBeGreaterThanOrEqual(200);
  const failures: string[] = [];
  const counts = new Map<number, number>();
  await pool(cases, 8, async (c) => {
    const url = `/test/result${c.query ? `?${c.query}` : ""}`;
    let res;
    try {
      res = await get(request, url, 0, headers);
    } catch (error) {
      failures.push(`${c.name}: request failed (${String(error).split("\n")[0]})`);
      return;
    }
    counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
    const label = `${c.name} [${url.slice(0, 90)}]`;
    if (res.status >= 500) failures.push(`${label}: ${res.status}`);
    else if (res.status !== c.status) failures.push(`${label}: expected ${c.status}, got ${res.status}`);
    if (res.headers["set-cookie"]) failures.push(`${label}: sets a cookie`);
    const markup = visibleMarkup(res.body);
    if (c.status === 400 || c.status === 404) {
      if (!markup.includes(RESULT_HEADING)) failures.push(`${label}: no "${RESULT_HEADING}" heading`);
      if (markup.includes(RESULT_OK_HEADING)) failures.push(`${label}: error page also shows results`);
      if (!res.body.includes('name="robots" content="noindex')) failures.push(`${label}: error page is indexable`);
    }
    if (c.status === 200 && (!markup.includes(RESULT_OK_HEADING) || markup.includes(RESULT_HEADING))) {
      failures.push(`${label}: 200 without the results`);
    }
    if (
      c.status === 303 &&
      !/^(https?:\/\/[^/]+)?\/test\/result\?a=[1-5]{21}(&career=[a-z0-9-]+)?$/.test(res.headers.location ?? "")
    ) {
      failures.push(`${label}: redirect to "${res.headers.location}"`);
    }
    // Nothing the attacker sent comes back as live markup.
    if (/<script>alert\(1\)|<img src=x onerror/i.test(res.body)) failures.push(`${label}: payload echoed unescaped`);
    // The printout's QR code takes the same query: the same verdict, except that it never redirects
    // a form submission (only canonical links point to it), which it answers 400.
    const qr = await get(request, `/test/result/qr.svg${c.query ? `?${c.query}` : ""}`, 0, headers);
    const qrExpected = c.status === 303 ? 400 : c.status;
    if (qr.status !== qrExpected) failures.push(`${label} QR code: expected ${qrExpected}, got ${qr.status}`);
    if (qr.status === 200 && !qr.body.startsWith("<svg")) failures.push(`${label} QR code: not an SVG`);
    // Its error text quotes what was wrong, so it must never be read as markup.
    if (qr.status !== 200 && qr.headers["content-type"] !== "text/plain; charset=utf-8")
      failures.push(`${label} QR code: error sent as ${qr.headers["content-type"]}`);
    if (qr.headers["x-content-type-options"] !== "nosniff") failures.push(`${label} QR code: no nosniff`);
  });
  console.log(`hostile result URLs: ${cases.length} cases, statuses ${JSON.stringify(Object.fromEntries(counts))}`);
  expect(failures).toEqual([]);
  // The set really covers every outcome.
  for (const status of [200, 303, 400, 404])
    expect(counts.get(status) ?? 0, `cases answered ${status}`).toBeGreaterThan(0);
});

test("path traversal and odd paths: 4xx, never 5xx, never a file from disk", async ({ request }) => {
  const paths = [
    "/test/result/..%2f..%2fetc%2fpasswd",
    "/test/result%2f..%2f..%2fetc%2fpasswd",
    "/careers/..%2f..%2fpackage.json",
    "/careers/%2e%2e/%2e%2e/package.json",
    "/careers/backend-developer%00",
    "/careers/%00",
    "/careers/%E2%80%AE",
    "/careers/category/..%2f..%2f..%2fetc%2fpasswd",
    "/careers/category/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/_next/static/..%2f..%2f..%2fpackage.json",
    "/_next/static/chunks/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/careers/" + "a".repeat(2000),
  ];
  const failures: string[] = [];
  for (const path of paths) {
    const res = await get(request, path);
    if (res.status < 400 || res.status >= 500) failures.push(`${path.slice(0, 80)}: ${res.status}`);
    if (/root:x:0:0|"devDependencies"|<script>alert\(1\)/.test(res.body))
      failures.push(`${path.slice(0, 80)}: leaked content`);
  }
  expect(failures).toEqual([]);
});

test("hostile /careers?q= values: 200 and the query is escaped in the HTML", async ({ request }) => {
  const queries = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "</title><script>alert(1)</script>",
    "javascript:alert(1)",
    "{{constructor.constructor('alert(1)')()}}",
    "ñandú Ärzte café",
    "软件开发",
    "مهندس",
    "👩‍💻🚀",
    "\u202eevil\u202c",
    "a\u0000b",
    "x".repeat(5000),
    "<script>".repeat(30),
    "%3Cscript%3E",
    "&lt;script&gt;",
  ];
  const failures: string[] = [];
  for (const q of queries) {
    const res = await get(request, `/careers?q=${encodeURIComponent(q)}`, 3);
    const label = q.slice(0, 40);
    if (res.status !== 200) failures.push(`${label}: status ${res.status}`);
    // The same search behind a TLS-terminating proxy, and on the Spanish search route.
    for (const url of [`/careers?q=${encodeURIComponent(q)}`, `/es/carreras/buscar?q=${encodeURIComponent(q)}`]) {
      const proxied = await get(request, url, 3, PROXIED);
      if (proxied.status !== 200) failures.push(`${label} via proxy headers (${url.slice(0, 20)}): status ${proxied.status}`);
    }
    if (/<script>alert|<img src=x onerror|<\/title><script>|<script><script>/i.test(res.body))
      failures.push(`${label}: unescaped in HTML`);
    const markup = visibleMarkup(res.body);
    // No injected attribute: the app renders no inline event handlers at all.
    const handlers = elements(markup, "[a-zA-Z][\\w-]*").flatMap((attributes) =>
      Object.keys(attributes).filter((name) => name.startsWith("on")),
    );
    if (handlers.length > 0) failures.push(`${label}: event-handler attributes ${handlers.join(", ")}`);
    // The query is echoed (truncated to 100 characters) in the status line and the search box.
    const shown = [...q].slice(0, 100).join("").trim();
    if (shown.includes("<") && !markup.includes("&lt;")) failures.push(`${label}: "<" not escaped as &lt;`);
    if (/^[\p{L}\p{N} ]+$/u.test(shown) && !markup.includes(shown)) failures.push(`${label}: plain query not echoed`);
  }
  // Repeated and combined parameters (an area filter may redirect to its category page: followed).
  for (const url of [
    "/careers?q=a&q=<script>alert(1)</script>",
    "/careers?category=<script>alert(1)</script>",
    "/careers?q=&category=",
    "/careers?category=health&category=science",
  ]) {
    const res = await get(request, url, 3);
    if (res.status !== 200) failures.push(`${url}: status ${res.status}`);
    if (/<script>alert/i.test(res.body)) failures.push(`${url}: unescaped`);
  }
  expect(failures).toEqual([]);
});

test("security headers on every template: CSP without unsafe-eval and with frame-ancestors 'none', nosniff, Referrer-Policy, Permissions-Policy", async ({
  request,
}) => {
  const extra = [
    { name: "key.json", path: "/methodology/key.json", status: 200 },
    { name: "sitemap", path: "/sitemap.xml", status: 200 },
    { name: "robots", path: "/robots.txt", status: 200 },
  ];
  const failures: string[] = [];
  for (const template of [...TEMPLATES, ...extra]) {
    const res = await get(request, template.path);
    const h = res.headers;
    const label = `${template.name} (${template.path.slice(0, 50)})`;
    if (res.status !== template.status) failures.push(`${label}: status ${res.status}`);
    const csp = h["content-security-policy"] ?? "";
    if (!csp) failures.push(`${label}: no Content-Security-Policy`);
    if (csp.includes("unsafe-eval")) failures.push(`${label}: CSP allows unsafe-eval`);
    if (!/(^|;)\s*frame-ancestors 'none'\s*(;|$)/.test(csp))
      failures.push(`${label}: CSP without frame-ancestors 'none'`);
    if (!/(^|;)\s*object-src 'none'/.test(csp)) failures.push(`${label}: CSP without object-src 'none'`);
    if ((h["x-content-type-options"] ?? "").toLowerCase() !== "nosniff")
      failures.push(`${label}: X-Content-Type-Options is "${h["x-content-type-options"]}"`);
    if (!h["referrer-policy"]) failures.push(`${label}: no Referrer-Policy`);
    if (!h["permissions-policy"]) failures.push(`${label}: no Permissions-Policy`);
    if (h["x-powered-by"]) failures.push(`${label}: X-Powered-By ${h["x-powered-by"]}`);
  }
  expect(failures).toEqual([]);
});
