// @ts-check
// Pure string logic behind the static-documents build adapter (./adapter.mjs): decide whether a
// prerendered App Router page needs React in the browser, and if not, remove Next's client runtime from
// its HTML. No file system here, so the unit tests can feed it real and hand-made documents.
//
// Why: Next 16's App Router sends every page its framework JavaScript (about 140 KB gzipped) plus the
// page's whole React tree a second time as an inline "RSC payload" (JSON escaped inside <script> tags,
// about 1.8 times the size of the visible markup), so that React can hydrate it. A career page has
// nothing to hydrate: its links, forms and "contents" bar are plain HTML. Pages Router had a per-page
// switch for this (`unstable_runtimeJS: false`); the App Router has none, so the build removes the runtime
// from the documents that provably do not need it, through Next's official adapter hook.

/**
 * Client exports that render the same HTML on the server and do nothing in the browser on a page
 * that is never hydrated: Next's own layout plumbing (exported as `default`, or a whole CommonJS
 * module as ""), its metadata boundaries, and our NavLinks, whose active state is computed during
 * prerendering. Any other client export (AssessmentForm, ShareTools, ClassView...) means the page has an
 * interactive island, and it keeps the runtime. Our own client components use named exports (house
 * style), so a new island can never hide behind "default".
 */
export const INERT_CLIENT_EXPORTS = new Set([
  "",
  "default",
  "NavLinks",
  "IconMark",
  "OutletBoundary",
  "MetadataBoundary",
  "ViewportBoundary",
  "RootLayoutBoundary",
]);

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const FLIGHT_PUSH = /^\s*self\.__next_f\.push\((\[[\s\S]*\])\)\s*;?\s*$/;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;

/**
 * The inline RSC payload of a document, joined in order (Next splits it across many scripts).
 * @param {string} html
 * @returns {string}
 */
export function flightPayload(html) {
  let payload = "";
  for (const [, , body] of html.matchAll(SCRIPT)) {
    const push = FLIGHT_PUSH.exec(body);
    if (!push) continue;
    const entry = JSON.parse(push[1]);
    if (entry[0] === 1 && typeof entry[1] === "string") payload += entry[1];
  }
  return payload;
}

/**
 * Export names of every client component the page references, with "$N" names resolved to the
 * string row they point to (Next writes some names that way).
 * @param {string} payload
 * @returns {string[]}
 */
export function clientExports(payload) {
  /** @type {Map<string, string>} */
  const rows = new Map();
  for (const line of payload.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const names = [];
  for (const value of rows.values()) {
    if (!value.startsWith("I[")) continue;
    const [, , name] = /** @type {[unknown, unknown, string]} */ (JSON.parse(value.slice(1)));
    const ref = /^\$([0-9a-f]+)$/.exec(name);
    const target = ref ? rows.get(ref[1]) : undefined;
    names.push(ref && target !== undefined ? JSON.parse(target) : name);
  }
  return names;
}

/**
 * @typedef {{ strip: true } | { strip: false, reason: "no-runtime" | "islands", islands: string[] }} StripPlan
 */

/**
 * @param {string} html
 * @returns {StripPlan}
 */
export function planStrip(html) {
  const payload = flightPayload(html);
  if (payload === "") return { strip: false, reason: "no-runtime", islands: [] };
  const islands = [...new Set(clientExports(payload).filter((name) => !INERT_CLIENT_EXPORTS.has(name)))];
  return islands.length === 0 ? { strip: true } : { strip: false, reason: "islands", islands };
}

/**
 * The document without Next's runtime: every <script> except structured data (JSON-LD, which search
 * engines read) and every script preload hint. Markup, styles, fonts and metadata are untouched.
 * @param {string} html
 * @returns {{ html: string, removedScripts: number }}
 */
export function stripRuntime(html) {
  let removedScripts = 0;
  const stripped = html
    .replace(SCRIPT, (tag, attributes) => {
      if (/\btype="application\/ld\+json"/.test(attributes)) return tag;
      removedScripts++;
      return "";
    })
    .replace(SCRIPT_PRELOAD, "");
  return { html: stripped, removedScripts };
}
