// Shared helpers for the quality specs: page templates, system tools installed on demand, and small
// HTML readers (regex-based: they read React's serialized output, which is regular).
import { execFileSync, execSync } from "node:child_process";

export { VALID_ANSWERS } from "../../templates";
export const RESULT_HEADING = "We could not read this result link";

/** One URL per page template, plus the error templates. */
export { TEMPLATES } from "../../templates";

function has(bin: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Makes `bin` available, installing the Debian package when missing (CI machines start clean). */
export function ensureTool(bin: string, aptPackage: string): void {
  if (has(bin)) return;
  if (process.getuid?.() !== 0) throw new Error(`${bin} is missing; install it with: apt-get install -y ${aptPackage}`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${aptPackage}`, {
    stdio: "inherit",
    timeout: 600_000,
  });
  if (!has(bin)) throw new Error(`${bin} still missing after installing ${aptPackage}`);
}

export function decodeHtml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Attributes of every <tag ...> of a kind, as lower-case-keyed records. */
export function elements(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "gi"))) {
    const attributes: Record<string, string> = {};
    for (const a of (m[1] ?? "").matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attributes[(a[1] ?? "").toLowerCase()] = decodeHtml(a[2] ?? a[3] ?? a[4] ?? "");
    }
    out.push(attributes);
  }
  return out;
}

/** The markup without <script>, <style> and comments, so text checks ignore serialized payloads. */
export function visibleMarkup(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<style\b[\s\S]*?<\/style>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "");
}

export function pageBasics(html: string) {
  const markup = visibleMarkup(html);
  const title = decodeHtml(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? "").trim();
  const metas = elements(html, "meta");
  const description = metas.find((m) => m.name === "description")?.content ?? "";
  const robots = metas.find((m) => m.name === "robots")?.content ?? "";
  const canonical = elements(html, "link").find((l) => l.rel === "canonical")?.href ?? "";
  const h1Count = (markup.match(/<h1\b/gi) ?? []).length;
  return { title, description, robots, canonical, h1Count };
}

/** Internal link targets of the page: href starting with "/" (not "//"), without the #fragment. */
export function internalLinks(html: string): string[] {
  const links = new Set<string>();
  for (const a of elements(visibleMarkup(html), "a")) {
    const href = a.href;
    if (!href || !href.startsWith("/") || href.startsWith("//")) continue;
    const clean = href.split("#")[0] ?? "";
    if (clean) links.add(clean);
  }
  return [...links];
}

/** Runs async jobs with at most `limit` in flight; results keep the input order. */
export async function pool<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i] as T);
    }
  });
  await Promise.all(workers);
  return results;
}
