// Weight part: the bytes each page template sends (tests/templates.ts, both languages, error pages
// included): HTML raw and gzip, the inline script in it, and the JS and CSS files it loads. Then the
// largest catalog page, /careers (every career A-Z), on the real catalog and on each synthetic catalog
// the build part built (1,400 and 10,000 careers).
import { gzipSync } from "node:zlib";
import { TEMPLATES } from "@/tests/templates";
import { builtScales, realCatalog, SCALES, type Catalog } from "../catalogs";
import { kb, pageLabel, table } from "../md";
import type { Part } from "../part";
import { httpGet, log, startNext } from "../proc";

const gzip = (body: Buffer) => gzipSync(body, { level: 6 }).length;

async function catalogPage(catalog: Catalog, port: number) {
  log(`/careers of ${catalog.label}`);
  const server = await startNext({ name: `weight-${port}`, port, ...catalog });
  try {
    const res = await httpGet(`${server.url}/careers`);
    return {
      label: catalog.label,
      careers: catalog.careers,
      status: res.status,
      htmlRaw: res.body.length,
      htmlGzip: gzip(res.body),
    };
  } finally {
    await server.stop();
  }
}

export const weight: Part = {
  name: "weight",
  title: "4. Page weight",
  async run() {
    const real = await realCatalog();
    const server = await startNext({ name: "weight", port: 3321, ...real });
    const rows = [];
    try {
      const cache = new Map<string, Buffer>();
      const fetchAsset = async (src: string) => {
        let body = cache.get(src);
        if (!body) {
          body = (await httpGet(`${server.url}${src}`)).body;
          cache.set(src, body);
        }
        return body;
      };
      for (const template of TEMPLATES) {
        const res = await httpGet(`${server.url}${template.path}`);
        const html = res.body.toString("utf8");
        const scripts = [
          ...new Set(
            [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)]
              .map((m) => (m[1] ?? "").replace(/&amp;/g, "&"))
              .filter((s) => s.startsWith("/_next/static/")),
          ),
        ];
        let jsRaw = 0;
        let jsGzip = 0;
        for (const src of scripts) {
          const body = await fetchAsset(src);
          jsRaw += body.length;
          jsGzip += gzip(body);
        }
        const css = [
          ...new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "")),
        ];
        let cssRaw = 0;
        for (const href of css) cssRaw += (await fetchAsset(href)).length;
        const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
          (sum, m) => sum + Buffer.byteLength(m[1] ?? ""),
          0,
        );
        rows.push({
          name: template.name,
          path: template.path,
          expectedStatus: template.status,
          status: res.status,
          htmlRaw: res.body.length,
          htmlGzip: gzip(res.body),
          inlineScriptBytes: inline,
          scripts: scripts.length,
          jsRaw,
          jsGzip,
          cssFiles: css.length,
          cssRaw,
        });
      }
    } finally {
      await server.stop();
    }

    const catalogs = [rows.find((r) => r.path === "/careers")].flatMap((r) =>
      r
        ? [{ label: real.label, careers: real.careers, status: r.status, htmlRaw: r.htmlRaw, htmlGzip: r.htmlGzip }]
        : [],
    );
    const scales = builtScales();
    for (const [i, catalog] of scales.entries()) catalogs.push(await catalogPage(catalog, 3322 + i));
    const missing = SCALES.filter((n) => !scales.some((c) => c.careers === n));

    const markdown = [
      table(
        [
          "template",
          "status",
          "HTML (KB)",
          "HTML gzip (KB)",
          "inline script in HTML (KB)",
          "script files",
          "JS (KB)",
          "JS gzip (KB)",
          "CSS (KB)",
        ],
        rows.map((r) => [
          pageLabel(r.name, r.path),
          r.status === r.expectedStatus ? r.status : `${r.status} (expected ${r.expectedStatus})`,
          kb(r.htmlRaw),
          kb(r.htmlGzip),
          kb(r.inlineScriptBytes),
          r.scripts,
          kb(r.jsRaw),
          kb(r.jsGzip),
          kb(r.cssRaw),
        ]),
      ),
      "",
      `Templates: \`tests/templates.ts\`, served by \`next start\` of the real catalog (${real.careers} careers). JS = the distinct \`<script src>\` files under \`/_next/static/\` that the HTML loads (gzip level 6 computed here; \`next start\` compresses on the fly). Inline script = bytes inside \`<script>\` elements without \`src\` (mostly the React Server Components payload Next writes into every page).`,
      "",
      "Largest catalog page, `/careers` (every career, A-Z), by catalog size:",
      "",
      table(
        ["catalog", "careers", "status", "HTML (KB)", "HTML gzip (KB)", "HTML bytes per career"],
        catalogs.map((c) => [
          c.label,
          c.careers,
          c.status,
          kb(c.htmlRaw),
          kb(c.htmlGzip),
          Math.round(c.htmlRaw / c.careers),
        ]),
      ),
      ...(missing.length
        ? [
            "",
            `Not built, so not measured: ${missing.map((n) => n.toLocaleString("en-US")).join(", ")} careers (the build part builds them: \`npm run bench -- build\`, or \`BENCH_SCALES=1400 npm run bench -- build\` for one).`,
          ]
        : []),
    ].join("\n");
    return { markdown, data: { careers: real.careers, rows, catalogs, notBuilt: missing } };
  },
};
