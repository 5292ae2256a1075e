// The design module's strings (lib/i18n/design.ts) and icons: both languages carry the same keys, the
// growth line reads as one sentence, and every category has its icon.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CategoryIcon } from "@/components/Icon";
import { CATEGORIES } from "@/lib/content/categories";
import { design } from "@/lib/i18n/design";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES } from "@/lib/i18n/locales";

/** Every key path of a nested object ("facts.growthValue"), sorted. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value)
    .flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
    .sort();
}

describe("design strings", () => {
  it("English and Spanish have exactly the same keys, none empty", () => {
    expect(keyPaths(design.es)).toEqual(keyPaths(design.en));
    for (const locale of LOCALES) {
      for (const path of keyPaths(design[locale])) {
        const leaf = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], design[locale]);
        if (typeof leaf === "string") expect(leaf.trim(), `${locale} ${path}`).not.toBe("");
      }
    }
  });

  it("the growth line joins the figure and the generated growth words in each language", () => {
    for (const locale of LOCALES) {
      const words = getDictionary(locale).data.growthWords;
      for (const phrase of Object.values(words)) {
        const line = design[locale].facts.growthValue("+5.0%", phrase);
        expect(line.startsWith("+5.0%: ")).toBe(true);
        expect(line.slice(7, 8)).toBe(phrase.charAt(0).toLowerCase());
      }
    }
  });

  it("every category has an icon, hidden from assistive technology", () => {
    const drawings = new Set<string>();
    for (const category of CATEGORIES) {
      const svg = renderToStaticMarkup(createElement(CategoryIcon, { category: category.slug }));
      // Hidden from assistive technology and never a tab stop (no tabindex; focusable="false" only
      // mattered to Internet Explorer, so it is not sent).
      expect(svg, category.slug).toMatch(/^<svg [^>]*aria-hidden="true"/);
      expect(svg, category.slug).not.toMatch(/tabindex/i);
      // Drawn by the .icon class (stroke, no fill), not by attributes on every icon.
      expect(svg, category.slug).toMatch(/^<svg [^>]*class="icon\b/);
      expect(svg, category.slug).toMatch(/<(path|circle|rect)\b/);
      drawings.add(svg);
    }
    expect(drawings.size, "one distinct icon per category").toBe(CATEGORIES.length);
    expect(renderToStaticMarkup(createElement(CategoryIcon, { category: "no-such-area" }))).toBe("");
  });
});
