// The committed font file is exactly what scripts/font-subset.mjs makes from the installed font
// package, and the weights the site asks for stay inside the file's narrowed weight axis (a weight
// outside it would be drawn at the nearest end of the axis, not as designed).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  LICENSE_FILE,
  OUTPUT_FILE,
  OUTPUT_LICENSE,
  SOURCE_CSS,
  WEIGHT_RANGE,
  buildSubset,
  charactersOf,
  latinUnicodeRange,
} from "@/scripts/font-subset.mjs";

const ROOT = path.resolve(__dirname, "../..");

/** Tailwind's named weights (v4 defaults); the site uses none outside them. */
const NAMED_WEIGHTS: Record<string, number> = {
  thin: 100,
  extralight: 200,
  light: 300,
  normal: 400,
  medium: 500,
  semibold: 600,
  bold: 700,
  extrabold: 800,
  black: 900,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(tsx?|css)$/.test(name) ? [file] : [];
  });
}

describe("the site's font file", () => {
  it("is what scripts/font-subset.mjs makes from the installed package (run it after updating the package)", async () => {
    const rebuilt = await buildSubset();
    expect(Buffer.compare(rebuilt, readFileSync(OUTPUT_FILE))).toBe(0);
    expect(readFileSync(OUTPUT_LICENSE, "utf8")).toBe(readFileSync(LICENSE_FILE, "utf8"));
  });

  it("keeps every character of the package's Latin file", () => {
    const range = latinUnicodeRange(readFileSync(SOURCE_CSS, "utf8"));
    expect(range).toMatch(/^U\+0000-00FF,/);
    const characters = charactersOf(range);
    for (const letter of "áéíóúüñÁÉÍÓÚÜÑ¿¡«»—“”…") expect(characters).toContain(letter);
    expect(charactersOf("U+0041-0043,U+00E9")).toBe("ABCé");
  });

  it("declares the same weight range to next/font", () => {
    const fonts = readFileSync(path.join(ROOT, "lib/fonts.ts"), "utf8");
    expect(fonts).toContain(`weight: "${WEIGHT_RANGE.min} ${WEIGHT_RANGE.max}"`);
    expect(fonts).toContain(path.basename(OUTPUT_FILE));
  });

  it("covers every font weight the CSS and components ask for", () => {
    const used = new Map<number, string>();
    for (const file of ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
      const text = readFileSync(file, "utf8");
      for (const [, name] of text.matchAll(
        /\bfont-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)\b/g,
      ))
        used.set(NAMED_WEIGHTS[name!]!, `${path.relative(ROOT, file)}: font-${name}`);
      for (const [, value] of text.matchAll(/font-weight:\s*(\d{3})\b/g))
        used.set(Number(value), `${path.relative(ROOT, file)}: font-weight ${value}`);
    }
    expect(used.size).toBeGreaterThan(3);
    const outside = [...used].filter(([weight]) => weight < WEIGHT_RANGE.min || weight > WEIGHT_RANGE.max);
    expect(outside.map(([, where]) => where)).toEqual([]);
  });
});
