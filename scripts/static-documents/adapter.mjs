// @ts-check
// Build adapter (next.config.ts `adapterPath`; Next 16's hook for "transform or optimize build outputs"):
// after `next build`, every prerendered page without an interactive island loses Next's client runtime
// (see ./strip-runtime.mjs for why and how it decides). Prerendered pages with islands (the class view)
// and every page rendered per request (test, results, compare, search) are served as Next renders them.
// RUMBO_KEEP_RUNTIME=1 builds without this step, so the bench can measure what it changes.
import { readFile, writeFile } from "node:fs/promises";
import { planStrip, stripRuntime } from "./strip-runtime.mjs";

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "rumbo-static-documents",
  async onBuildComplete({ outputs }) {
    if (process.env.RUMBO_KEEP_RUNTIME === "1") {
      console.log("static documents: RUMBO_KEEP_RUNTIME=1, every page keeps the client runtime");
      return;
    }
    const documents = [
      ...new Set(
        outputs.prerenders
          .map((prerender) => prerender.fallback?.filePath)
          .filter((file) => typeof file === "string" && file.endsWith(".html")),
      ),
    ];
    let stripped = 0;
    let bytesBefore = 0;
    let bytesAfter = 0;
    /** @type {Map<string, number>} */
    const kept = new Map();
    for (const file of /** @type {string[]} */ (documents)) {
      const html = await readFile(file, "utf8");
      const plan = planStrip(html);
      if (!plan.strip) {
        const key = plan.reason === "islands" ? plan.islands.join(", ") : "no runtime to remove";
        kept.set(key, (kept.get(key) ?? 0) + 1);
        continue;
      }
      const result = stripRuntime(html);
      // A document that looked hydratable but lost no script means Next changed its format: stop the
      // build rather than guess.
      if (result.removedScripts === 0) throw new Error(`static documents: nothing to strip in ${file}`);
      await writeFile(file, result.html);
      stripped++;
      bytesBefore += Buffer.byteLength(html);
      bytesAfter += Buffer.byteLength(result.html);
    }
    const keptText = [...kept].map(([why, count]) => `${count} (${why})`).join("; ") || "none";
    console.log(
      `static documents: removed the client runtime from ${stripped} of ${documents.length} prerendered pages ` +
        `(${Math.round(bytesBefore / 1024)} KB -> ${Math.round(bytesAfter / 1024)} KB of HTML); kept it on ${keptText}`,
    );
  },
};

export default adapter;
