// The methodology and about pages: prose in per-locale Markdown, every number from code. Checks that
// both editions have the same sections and use the same generated values, that every placeholder and
// table resolves, that no number about the method is typed into the Markdown, and that the rendered
// page shows the constants (parsed back from the HTML and compared with the code).
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AboutPage, ABOUT_BLOCK_NAMES, aboutMetadata, aboutValues } from "@/components/pages/about-page";
import {
  METHODOLOGY_TABLE_NAMES,
  MethodologyPage,
  methodologyMetadata,
  methodologyValues,
} from "@/components/pages/methodology-page";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import { INDEX_CAP } from "@/lib/assessment/calibration";
import { MODELS, MODEL_WEIGHTS } from "@/lib/assessment/models";
import { QUALITY_FLAGS } from "@/lib/assessment/quality";
import { QUESTION_COUNT } from "@/lib/assessment/questions";
import { RETEST, TIERS, TIER_THRESHOLDS } from "@/lib/assessment/stability";
import {
  PAGE_NAMES,
  escapeIntrawordAsterisks,
  fillPlaceholders,
  loadPage,
  pageFile,
  pageReferences,
  parsePage,
  renderPageMarkdown,
  type PageName,
} from "@/lib/content/pages";
import { renderMarkdown } from "@/lib/content/markdown";
import { getDictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { methodologyLabels } from "@/lib/i18n/methodology";

const valuesFor: Record<PageName, (locale: Locale) => Record<string, string>> = {
  methodology: methodologyValues,
  about: aboutValues,
};
const blocksFor: Record<PageName, readonly string[]> = {
  methodology: METHODOLOGY_TABLE_NAMES,
  about: ABOUT_BLOCK_NAMES,
};
const render = (name: PageName, locale: Locale): string =>
  renderToStaticMarkup(createElement(name === "methodology" ? MethodologyPage : AboutPage, { locale }));

/** HTML text → plain text: tags dropped, the entities React writes decoded. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

/** A number as this page prints it ("0.344", "0,344", "40 %", "−0.3") back to a JS number. */
function parseShown(text: string, locale: Locale): number {
  const percent = text.includes("%");
  let clean = text.replace(/[%\s\u00a0\u202f]/g, "").replace("\u2212", "-");
  if (locale === "es") clean = clean.replace(/\./g, "").replace(",", ".");
  else clean = clean.replace(/,/g, "");
  const value = Number(clean);
  return percent ? value / 100 : value;
}

/** The cells (th and td) of each body row of the table with this data-testid. */
function rowsOf(html: string, testId: string): string[][] {
  const table = new RegExp(`<table[^>]*data-testid="${testId}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? "";
  const body = [...table.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((m) => m[1]).join("");
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1] ?? "")),
  );
}

/**
 * Digits the Markdown may contain: inside placeholders (filled from code), inside code spans and fences
 * (formulas, HTTP statuses, the JSON shape), citation years, and on the about page the names of the
 * data releases and licences it cites. Anything else is a number typed by hand.
 */
function typedNumbers(markdown: string, name: PageName): string[] {
  let text = markdown
    .replace(/^---[\s\S]*?\n---\n/, "")
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/\{\{[^}]*\}\}/g, " ")
    // Ordered-list markers are layout, not numbers.
    .replace(/^(\s*)\d+\.\s/gm, "$1");
  if (name === "about") {
    text = text
      .replace(/O\*NET(-SOC)? 30\.[01]/g, " ")
      .replace(/CC BY 4\.0|by\/4\.0/g, " ")
      .replace(/\b2024-34\b/g, " ")
      .replace(/(Table|tabla) 1\.2/g, " ");
  }
  text = text.replace(/\b(19|20)\d\d\b/g, " ");
  return [...text.matchAll(/[^\n]*\d[^\n]*/g)].map((m) => m[0].trim());
}

describe.each(PAGE_NAMES)("the %s page Markdown", (name) => {
  const pages = Object.fromEntries(LOCALES.map((locale) => [locale, loadPage(name, locale)]));

  it("has the same sections, in the same order, in every locale", () => {
    const ids = LOCALES.map((locale) => pages[locale]!.sections.map((s) => s.id));
    for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
    expect(ids[0]!.length).toBeGreaterThan(3);
  });

  it("places the same generated tables and uses the same generated values in every locale", () => {
    const refs = LOCALES.map((locale) => pageReferences(pages[locale]!));
    for (const other of refs.slice(1)) {
      expect(other.slots).toEqual(refs[0]!.slots);
      expect([...other.placeholders].sort()).toEqual([...refs[0]!.placeholders].sort());
    }
  });

  it.each(LOCALES)("resolves every placeholder and table (%s)", (locale) => {
    const { placeholders, slots } = pageReferences(pages[locale]!);
    const values = valuesFor[name](locale);
    expect(placeholders.filter((p) => values[p] === undefined)).toEqual([]);
    expect(slots.filter((s) => !blocksFor[name].includes(s))).toEqual([]);
    for (const p of placeholders) expect(values[p], p).not.toBe("");
  });

  it.each(LOCALES)("types no number about the method by hand (%s)", (locale) => {
    expect(typedNumbers(readFileSync(pageFile(name, locale), "utf8"), name)).toEqual([]);
  });

  it.each(LOCALES)("renders one h1, headings in order and no leftover braces (%s)", (locale) => {
    const html = render(name, locale);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 1), `heading ${i}`).toBeLessThanOrEqual(1);
    });
    for (const section of pages[locale]!.sections) expect(html).toContain(`id="${section.id}"`);
    expect(html).not.toMatch(/\{\{|\}\}/);
    // Intraword asterisks never turn into emphasis ("O*NET … O*NET").
    expect(html).not.toMatch(/<em>NET/);
  });

  it.each(LOCALES)("gives every wide table a named, focusable scroll region (%s)", (locale) => {
    const html = render(name, locale);
    const tables = html.match(/<table/g)?.length ?? 0;
    const regions = html.match(/<div role="region" aria-label="[^"]+" tabindex="0"/g)?.length ?? 0;
    expect(regions).toBe(tables);
  });
});

describe("the methodology page", () => {
  it.each(LOCALES)("lists the %s items of the key in the page's language", (locale) => {
    const html = render("methodology", locale);
    const rows = rowsOf(html, "item-key");
    const items = getDictionary(locale).test.items;
    expect(rows).toHaveLength(QUESTION_COUNT);
    rows.forEach((row, i) => {
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(items[i]);
    });
  });

  it.each(LOCALES)("shows the design weights, fitted raw weights and measured influence from the code (%s)", (locale) => {
    const rows = rowsOf(render("methodology", locale), "weights");
    const t = getDictionary(locale);
    MODELS.forEach((model, m) => {
      const row = rows[m] ?? [];
      expect(row[0]).toBe(t.modelNames[model]);
      expect(parseShown(row[1] ?? "", locale)).toBeCloseTo(MODEL_WEIGHTS[model], 3);
      expect(parseShown(row[2] ?? "", locale)).toBeCloseTo(CALIBRATION.rawWeights[model], 3);
      expect(parseShown(row[3] ?? "", locale)).toBeCloseTo(CALIBRATION.influence[model], 3);
    });
  });

  it.each(LOCALES)("shows every quality flag, the tiers and the item shares from the code (%s)", (locale) => {
    const html = render("methodology", locale);
    expect([...html.matchAll(/data-flag="([^"]+)"/g)].map((m) => m[1])).toEqual([...QUALITY_FLAGS]);
    const tiers = rowsOf(html, "tiers");
    expect(tiers).toHaveLength(TIERS.length);
    TIERS.forEach((tier, i) => expect(parseShown(tiers[i]?.[1] ?? "", locale)).toBeCloseTo(TIER_THRESHOLDS[tier], 3));
    const shares = rowsOf(html, "item-shares");
    CALIBRATION.itemScoreShares.items.forEach((item, i) => {
      expect(parseShown(shares[i]?.[2] ?? "", locale)).toBeCloseTo(item.max, 3);
    });
    const simulation = rowsOf(html, "simulation").map((row) => parseShown(row[1] ?? "", locale));
    expect(simulation).toEqual([
      CALIBRATION.simulation.centre,
      CALIBRATION.simulation.biasSd,
      CALIBRATION.simulation.slope,
      CALIBRATION.simulation.noiseSd,
      CALIBRATION.seed,
      CALIBRATION.respondents,
      CALIBRATION.occupations,
    ]);
  });

  it.each(LOCALES)("fills the prose with the constants (%s)", (locale) => {
    const v = methodologyValues(locale);
    expect(v.items).toBe(String(QUESTION_COUNT));
    expect(v["index.cap"]).toBe(String(INDEX_CAP));
    expect(v["retest.runs"]).toBe(String(RETEST.runs));
    expect(v["retest.candidates"]).toBe(String(RETEST.candidates));
    expect(parseShown(v["retest.movePct"] ?? "", locale)).toBeCloseTo(RETEST.moveProbability, 3);
    expect(parseShown(v["weight.designPct.interests"] ?? "", locale)).toBeCloseTo(
      MODEL_WEIGHTS.holland + MODEL_WEIGHTS.chaside,
      3,
    );
    expect(parseShown(v["rel.singleComputed"] ?? "", locale)).toBeCloseTo(0.81 / (10 - 9 * 0.81), 3);
    const largest = Math.max(...CALIBRATION.itemScoreShares.items.map((i) => i.max));
    expect(parseShown(v["share.maxPct"] ?? "", locale)).toBeCloseTo(largest, 2);
    for (const model of MODELS) {
      expect(parseShown(v[`weight.raw.${model}`] ?? "", locale)).toBeCloseTo(CALIBRATION.rawWeights[model], 3);
    }
  });

  it("keeps its metadata in the Markdown, one per locale", () => {
    const titles = LOCALES.map((locale) => String(methodologyMetadata(locale).title));
    expect(new Set(titles).size).toBe(LOCALES.length);
    for (const locale of LOCALES) {
      expect(String(methodologyMetadata(locale).description)).not.toMatch(/\{\{/);
      expect(String(aboutMetadata(locale).title)).toBe(loadPage("about", locale).title);
    }
  });
});

describe("the about page", () => {
  it("quotes the O*NET notice in English in every locale", () => {
    const notice = getDictionary("en").attribution.onet;
    expect(render("about", "en")).toContain(notice);
    expect(render("about", "es")).toMatch(/<blockquote lang="en"[^>]*><p>This page includes information from the O\*NET/);
  });
});

describe("the page loader", () => {
  const parse = (raw: string) => parsePage(raw, "about", "en", "test.md");
  const head = '---\ntitle: "T"\ndescription: "D"\n---\n\n# Title\n\nIntro.\n\n';

  it("splits sections by their ids and keeps table slots in place", () => {
    const page = parse(`${head}## One {#one}\n\nText {{x}}.\n\n{{table:t}}\n\nMore.\n\n## Two {#two}\n\n### Sub\n\nB.`);
    expect(page.title).toBe("Title");
    expect(page.sections.map((s) => s.id)).toEqual(["one", "two"]);
    expect(page.sections[0]?.blocks.map((b) => b.kind)).toEqual(["markdown", "slot", "markdown"]);
    expect(pageReferences(page)).toEqual({ placeholders: ["x"], slots: ["t"] });
  });

  it("ignores headings and slots inside code fences", () => {
    const page = parse(`${head}## One {#one}\n\n\`\`\`\n## not a heading\n{{table:nope}}\n\`\`\``);
    expect(page.sections).toHaveLength(1);
    expect(page.sections[0]?.blocks).toHaveLength(1);
  });

  it("rejects a section without an id, a repeated id and a missing h1", () => {
    expect(() => parse(`${head}## No id\n`)).toThrow(/needs an id/);
    expect(() => parse(`${head}## A {#a}\n\n## B {#a}\n`)).toThrow(/used twice/);
    expect(() => parse('---\ntitle: "T"\ndescription: "D"\n---\n\nNo heading.')).toThrow(/# Heading/);
    expect(() => parse("# Title\n")).toThrow(/frontmatter/);
  });

  it("fails loudly on an unknown placeholder", () => {
    expect(fillPlaceholders("a {{b}} c", { b: "B" })).toBe("a B c");
    expect(() => fillPlaceholders("a {{missing}}", {})).toThrow(/missing/);
  });

  it("keeps O*NET literal and still sanitizes", () => {
    expect(renderMarkdown("O*NET and O*NET")).toContain("<em>");
    expect(renderPageMarkdown("O*NET and O*NET, `a*b*c`", {})).toBe("<p>O*NET and O*NET, <code>a*b*c</code></p>");
    expect(escapeIntrawordAsterisks("**bold** and O*NET")).toBe("**bold** and O\\*NET");
    expect(renderPageMarkdown("<script>alert(1)</script>[x](javascript:alert(1))", {})).not.toMatch(
      /<script|javascript:/,
    );
  });

  it("labels both locales with the same keys", () => {
    const keys = (value: unknown): string[] =>
      value && typeof value === "object"
        ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v).map((sub) => `${k}.${sub}`)])
        : [];
    const [first, ...others] = LOCALES.map((locale) => keys(methodologyLabels[locale]).sort());
    for (const other of others) expect(other).toEqual(first);
  });
});
