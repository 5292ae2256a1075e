// @ts-check
// The site's font file, made from @fontsource-variable/atkinson-hyperlegible-next's Latin file with one
// change: the weight axis is narrowed from 200-800 to 400-750, the weights the CSS uses (normal text 400
// to the display size's 750). That is about 40 % fewer bytes for every first visit (34 KB -> 20 KB),
// which matters most on the pages that also load Next's runtime (test, result), where Lighthouse counts
// the font among the requests before the largest paint. The characters are exactly the package's
// Latin file's (its unicode-range), so no text changes font. The font is under the SIL OFL 1.1 with no
// reserved font name, so a modified copy may keep its name; the licence travels with it
// (lib/font-files/OFL.txt).
//
// Run `node scripts/font-subset.mjs` after updating the font package; a unit test rebuilds the file in
// memory and fails if the committed copy differs. Uses subset-font (HarfBuzz's subsetter compiled to
// WebAssembly), so the instancing is HarfBuzz's, not ours.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const PACKAGE = fileURLToPath(
  new URL("../node_modules/@fontsource-variable/atkinson-hyperlegible-next/", import.meta.url),
);
export const SOURCE_FILE = `${PACKAGE}files/atkinson-hyperlegible-next-latin-wght-normal.woff2`;
export const SOURCE_CSS = `${PACKAGE}wght.css`;
export const LICENSE_FILE = `${PACKAGE}LICENSE`;
export const OUTPUT_FILE = fileURLToPath(
  new URL("../lib/font-files/atkinson-hyperlegible-next-latin-wght-400-750.woff2", import.meta.url),
);
export const OUTPUT_LICENSE = fileURLToPath(new URL("../lib/font-files/OFL.txt", import.meta.url));

/** Kept in step with lib/fonts.ts's `weight` (a unit test checks both and the CSS). */
export const WEIGHT_RANGE = /** @type {const} */ ({ min: 400, max: 750 });

/**
 * The unicode-range the package declares for its Latin file, read from its CSS.
 * @param {string} css
 * @returns {string}
 */
export function latinUnicodeRange(css) {
  const block = css.split("@font-face").find((face) => face.includes("latin-wght-normal.woff2"));
  const range = block && /unicode-range:\s*([^;]+);/.exec(block);
  if (!range) throw new Error("font-subset: no unicode-range for the Latin file in the package's wght.css");
  return range[1].trim();
}

/**
 * Every code point of a CSS unicode-range ("U+0000-00FF,U+0131,...") as one string.
 * @param {string} range
 * @returns {string}
 */
export function charactersOf(range) {
  let text = "";
  for (const part of range.split(",")) {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const low = parseInt(from, 16);
    const high = parseInt(to ?? from, 16);
    for (let code = low; code <= high; code++) text += String.fromCodePoint(code);
  }
  return text;
}

/** @returns {Promise<Buffer>} */
export async function buildSubset() {
  const [font, css] = await Promise.all([readFile(SOURCE_FILE), readFile(SOURCE_CSS, "utf8")]);
  return subsetFont(font, charactersOf(latinUnicodeRange(css)), {
    targetFormat: "woff2",
    variationAxes: { wght: WEIGHT_RANGE },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const subset = await buildSubset();
  await writeFile(OUTPUT_FILE, subset);
  await writeFile(OUTPUT_LICENSE, await readFile(LICENSE_FILE));
  const before = (await readFile(SOURCE_FILE)).length;
  console.log(`font-subset: ${OUTPUT_FILE} ${subset.length} bytes (source ${before} bytes)`);
}
