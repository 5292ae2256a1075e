// The build step that removes Next's client runtime from prerendered pages with nothing to hydrate
// (scripts/static-documents). The documents below follow the format of Next 16.4's HTML: script tags,
// the Turbopack bootstrap and the RSC payload pushed in JSON-escaped pieces. The e2e suite checks the
// real build (tests/e2e/static-documents.spec.ts).
import { describe, expect, it } from "vitest";
import {
  clientExports,
  flightPayload,
  planStrip,
  stripRuntime,
} from "@/scripts/static-documents/strip-runtime.mjs";

const push = (text: string) => `<script>self.__next_f.push(${JSON.stringify([1, text])})</script>`;

function documentWith(rows: string[]): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
    '<script src="/_next/static/chunks/main.js" async=""></script>',
    "</head><body><main><h1>Chemist</h1><a href=\"/careers\">Careers</a></main>",
    '<script type="application/ld+json">{"@type":"Occupation","name":"Chemist"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    // Next splits one row across pushes; the parser has to join them first.
    push(rows.join("\n").slice(0, 20)),
    push(`${rows.join("\n").slice(20)}\n`),
    "</body></html>",
  ].join("");
}

const INERT_ROWS = [
  '2:"/_next/static/chunks/a.js"',
  '3:I[39756,["$2"],"default"]',
  '8:I[22016,["$7"],""]',
  '9:I[68435,["$7"],"NavLinks"]',
  '12:"ViewportBoundary"',
  '13:I[97367,["$2"],"$12"]',
  '1b:I[97367,["$2"],"OutletBoundary"]',
  '39:T20,<p>Chemists: what "things" are made of</p>',
];

describe("reading the RSC payload", () => {
  it("joins the pushed pieces and resolves names given as references", () => {
    const payload = flightPayload(documentWith(INERT_ROWS));
    expect(payload).toContain('3:I[39756,["$2"],"default"]');
    expect(clientExports(payload)).toEqual(["default", "", "NavLinks", "ViewportBoundary", "OutletBoundary"]);
  });
});

describe("deciding which pages lose the runtime", () => {
  it("strips a page whose client references are only Next plumbing and NavLinks", () => {
    expect(planStrip(documentWith(INERT_ROWS))).toEqual({ strip: true });
  });

  it("keeps the runtime on a page with an interactive island and names it", () => {
    const plan = planStrip(documentWith([...INERT_ROWS, '48:I[49320,["$7"],"ShareTools"]', '4a:I[1,[],"ClassView"]']));
    expect(plan).toEqual({ strip: false, reason: "islands", islands: ["ShareTools", "ClassView"] });
  });

  it("leaves documents without a payload alone", () => {
    expect(planStrip("<!DOCTYPE html><html><body><p>plain</p></body></html>")).toEqual({
      strip: false,
      reason: "no-runtime",
      islands: [],
    });
  });
});

describe("removing the runtime", () => {
  it("removes every script and script preload but keeps structured data, styles and markup", () => {
    const { html, removedScripts } = stripRuntime(documentWith(INERT_ROWS));
    expect(removedScripts).toBe(5);
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain("__next_f");
    expect(html).toContain('<script type="application/ld+json">{"@type":"Occupation","name":"Chemist"}</script>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"');
    expect(html).toContain('<main><h1>Chemist</h1><a href="/careers">Careers</a></main>');
  });
});
