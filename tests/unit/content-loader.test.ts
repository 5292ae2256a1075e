import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, validateCareers } from "@/lib/content/validate";
import { loadOccupations } from "@/lib/data/onet";

const codes = new Set(loadOccupations().keys());

function fixtureSources(set: "valid" | "invalid") {
  const dir = path.join("tests/fixtures/content", set, "careers");
  return readdirSync(dir)
    .sort()
    .map((file) => ({ path: path.join(dir, file), raw: readFileSync(path.join(dir, file), "utf8") }));
}

describe("validateCareers", () => {
  it("accepts valid files, derives the slug from the file name and sorts by title", () => {
    const careers = validateCareers(fixtureSources("valid"), codes);
    expect(careers.map((c) => c.slug)).toEqual(["test-career-one", "test-career-two"]);
    expect(careers[0]?.lastReviewed).toBeInstanceOf(Date);
    expect(careers[0]?.alsoKnownAs).toEqual([]); // defaults applied
  });

  it("reports every bad file and every bad field in one error", () => {
    let error: unknown;
    try {
      validateCareers(fixtureSources("invalid"), codes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as ContentError).message;
    expect(message).toMatchSnapshot();
    // The good file in the same folder is not blamed.
    expect(message).not.toContain("ok-career.md");
  });

  it("names the bad O*NET code and the missing field", () => {
    const error = (() => {
      try {
        validateCareers(fixtureSources("invalid"), codes);
      } catch (e) {
        return e instanceof ContentError ? e : null;
      }
      return null;
    })();
    const byFile = Object.fromEntries(error?.problems.map((p) => [path.basename(p.path), p.messages]) ?? []);
    expect(byFile["nurse.md"]).toEqual(
      expect.arrayContaining([expect.stringMatching(/^outlook: /), expect.stringMatching(/^faq\[0\]\.answer: /)]),
    );
    expect(byFile["chef.md"]).toEqual(
      expect.arrayContaining(['onetSoc: "35-1011" is not an O*NET-SOC code like "15-1252.00"']),
    );
    expect(byFile["Wrong_Code.md"]).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^file name: "Wrong_Code" must be kebab-case/),
        expect.stringMatching(/^category: "wizardry" is not a category slug/),
        'onetSoc: "99-9999.99" is not in the vendored O*NET data (content/data/occupations.csv)',
      ]),
    );
  });

  it("checks cross-file rules: related slugs exist and do not point to themselves, slugs are unique", () => {
    const [one, two] = fixtureSources("valid");
    if (!one || !two) throw new Error("fixtures missing");
    const selfRef = {
      path: "x/test-career-one.md",
      raw: one.raw.replace("related: [test-career-two]", "related: [test-career-one, ghost]"),
    };
    const dup = { path: "y/test-career-one.md", raw: one.raw.replace("related: [test-career-two]", "related: []") };
    try {
      validateCareers([selfRef, dup], codes);
      expect.unreachable();
    } catch (e) {
      const message = e instanceof Error ? e.message : "";
      expect(message).toContain('related[0]: "test-career-one" points to the career itself');
      expect(message).toContain('related[1]: no career file "ghost.md"');
      expect(message).toContain('slug: "test-career-one" is also used by x/test-career-one.md');
    }
  });

  it("rejects a profile override on a dimension that does not exist", () => {
    const [one, two] = fixtureSources("valid");
    if (!one || !two) throw new Error("fixtures missing");
    const withOverride = {
      ...one,
      raw: one.raw.replace(
        "lastReviewed: 2026-11-25",
        "lastReviewed: 2026-11-25\nprofileOverrides:\n  - { model: vak, values: { X: 0.5 }, reason: A reason long enough to pass the schema minimum. }",
      ),
    };
    expect(() => validateCareers([withOverride, two], codes)).toThrow(
      /profileOverrides\[0\]\.values\.X: "X" is not a dimension of vak/,
    );
  });

  it("reports broken YAML without stopping at that file", () => {
    const [one] = fixtureSources("valid");
    if (!one) throw new Error("fixtures missing");
    const broken = { path: "content/careers/broken.md", raw: "---\ntitle: [unclosed\n---\nbody" };
    const other = { path: "content/careers/other.md", raw: one.raw.replace("title: Test Career One", "title: 1") };
    try {
      validateCareers([broken, other], codes);
      expect.unreachable();
    } catch (e) {
      const message = e instanceof Error ? e.message : "";
      expect(message).toMatch(/content\/careers\/broken\.md\n\s+frontmatter: not valid YAML/);
      expect(message).toContain("content/careers/other.md");
    }
  });
});
