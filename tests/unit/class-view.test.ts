// The counselors' class view core: reading pasted lines, the compact catalog the page sends to the
// browser (scores must match the server's exactly), scoring a class and counting suggested careers.
import { beforeAll, describe, expect, it } from "vitest";
import { assess, type ScoredCareer } from "@/lib/assessment/assess";
import { scoredCareers } from "@/lib/assessment-data";
import {
  MAX_LABEL_LENGTH,
  MAX_LINKS,
  compactCareers,
  countSuggestedCareers,
  expandCareers,
  hollandMeans,
  hollandRow,
  parseClassPaste,
  queryOfLink,
  scoreStudents,
  splitLine,
  type CompactCareer,
} from "@/lib/class-view";
import { counselorsText } from "@/lib/i18n/counselors";
import { VALID_ANSWERS } from "../templates";
import { DESIGNED_ANSWERS } from "./fixtures/designed-answers";

const SCIENCE = DESIGNED_ANSWERS.investigativeRealistic.join("");
const HELPING = DESIGNED_ANSWERS.socialArtistic.join("");
const BUSINESS = DESIGNED_ANSWERS.enterprisingConventional.join("");
const known = (id: string) => id === "registered-nurse" || id === "backend-developer";

describe("splitLine", () => {
  it.each([
    [`Ana: https://rumbo.example/test/result?a=${VALID_ANSWERS}`, "Ana", `https://rumbo.example/test/result?a=${VALID_ANSWERS}`],
    [`Ana\thttps://rumbo.example/test/result?a=${VALID_ANSWERS}`, "Ana", `https://rumbo.example/test/result?a=${VALID_ANSWERS}`],
    [`María José - /es/test/resultado?a=${VALID_ANSWERS}`, "María José", `/es/test/resultado?a=${VALID_ANSWERS}`],
    [`Ana:https://rumbo.example/test/result?a=${VALID_ANSWERS}`, "Ana", `https://rumbo.example/test/result?a=${VALID_ANSWERS}`],
    [`<https://rumbo.example/test/result?a=${VALID_ANSWERS}>.`, null, `https://rumbo.example/test/result?a=${VALID_ANSWERS}`],
    [`rumbo.example/test/result?a=${VALID_ANSWERS}`, null, `rumbo.example/test/result?a=${VALID_ANSWERS}`],
    [`localhost:3000/test/result?a=${VALID_ANSWERS}`, null, `localhost:3000/test/result?a=${VALID_ANSWERS}`],
    [`Luis a=${VALID_ANSWERS}`, "Luis", `a=${VALID_ANSWERS}`],
    [`3. Luis: ?a=${VALID_ANSWERS}`, "3. Luis", `?a=${VALID_ANSWERS}`],
    [`https://rumbo.example/test/result?a=${VALID_ANSWERS} (late)`, "(late)", `https://rumbo.example/test/result?a=${VALID_ANSWERS}`],
  ])("reads %s", (line, label, link) => {
    expect(splitLine(line)).toEqual({ label, link });
  });

  it("does not take a= inside another page's address for a bare answers value", () => {
    expect(splitLine(`Ana example.org/careers?a=${VALID_ANSWERS}`).link).toBeNull();
  });

  it("keeps a line without a link as its label, cut to the maximum length", () => {
    expect(splitLine("Ana forgot her link")).toEqual({ label: "Ana forgot her link", link: null });
    const long = splitLine("x".repeat(200)).label ?? "";
    expect(Array.from(long)).toHaveLength(MAX_LABEL_LENGTH);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("queryOfLink", () => {
  it("accepts both locales' result paths, absolute or relative, and bare a= values", () => {
    for (const link of [
      `https://rumbo.example/test/result?a=${VALID_ANSWERS}`,
      `http://127.0.0.1:3700/es/test/resultado/?a=${VALID_ANSWERS}#top`,
      `/test/result?a=${VALID_ANSWERS}`,
      `a=${VALID_ANSWERS}`,
      `?a=${VALID_ANSWERS}&career=registered-nurse`,
    ]) {
      const query = queryOfLink(link);
      expect(query.ok, link).toBe(true);
      if (query.ok) expect(query.params.a).toBe(VALID_ANSWERS);
    }
  });

  it("names the path of a link that is not a result link", () => {
    expect(queryOfLink("https://rumbo.example/careers/registered-nurse")).toEqual({
      ok: false,
      problem: { code: "not-a-result-link", values: { path: "/careers/registered-nurse" } },
    });
    expect(queryOfLink("https://rumbo.example/test/result.json?a=1")).toMatchObject({ ok: false });
  });
});

describe("parseClassPaste", () => {
  it("keeps valid links, lists each bad one with the result page's problem codes, and numbers lines as pasted", () => {
    const paste = [
      `Ana: https://rumbo.example/test/result?a=${SCIENCE}`,
      "",
      `https://rumbo.example/es/test/resultado?a=${HELPING}&career=registered-nurse`,
      "Bea: https://rumbo.example/test/result?a=12",
      `a=${BUSINESS}`,
      "Carlos forgot his link",
      "https://rumbo.example/careers/registered-nurse",
      `Dani: /test/result?a=${SCIENCE.slice(0, 20)}x`,
      `/test/result?a=${VALID_ANSWERS}&career=astronaut-wizard`,
      `/test/result?a=${VALID_ANSWERS}&a=${VALID_ANSWERS}`,
    ].join("\r\n");
    const parsed = parseClassPaste(paste, known);
    expect(parsed.students.map((s) => [s.position, s.label, s.answerText, s.career])).toEqual([
      [1, "Ana", SCIENCE, null],
      [2, null, HELPING, "registered-nurse"],
      [4, null, BUSINESS, null],
    ]);
    expect(parsed.invalid.map((line) => [line.position, line.label, line.problems.map((p) => p.code)])).toEqual([
      [3, "Bea", ["answer-count"]],
      [5, "Carlos forgot his link", ["no-link"]],
      [6, null, ["not-a-result-link"]],
      [7, "Dani", ["answer-not-digit"]],
      [8, null, ["career-unknown"]],
      [9, null, ["param-repeated"]],
    ]);
    expect(parsed.invalid[0]?.problems[0]?.values).toEqual({ count: 2, expected: 21 });
    expect(parsed.ignored).toBe(0);
  });

  it(`reads at most ${MAX_LINKS} links and counts the lines left out`, () => {
    const paste = Array.from({ length: MAX_LINKS + 5 }, () => `a=${VALID_ANSWERS}`).join("\n");
    const parsed = parseClassPaste(paste, known);
    expect(parsed.students).toHaveLength(MAX_LINKS);
    expect(parsed.ignored).toBe(5);
  });

  it("marks a link whose answers were already pasted", () => {
    const parsed = parseClassPaste(`Ana a=${SCIENCE}\nBea a=${HELPING}\nAna again a=${SCIENCE}`, known);
    expect(parsed.students.map((s) => s.duplicateOf)).toEqual([null, null, 1]);
  });

  it("never throws on hostile input", () => {
    for (const text of ["\u0000", "a=%E0%A4%A", "https://", "http://[::1", "/test/result?" + "x=1&".repeat(1000), "🙂".repeat(500)]) {
      expect(() => parseClassPaste(text, known)).not.toThrow();
    }
  });
});

describe("compact catalog and class scoring", () => {
  let careers: ScoredCareer[];
  let rows: CompactCareer[];
  let expanded: ScoredCareer[];
  beforeAll(() => {
    careers = scoredCareers();
    rows = compactCareers(careers, (id) => ({ title: `T ${id}`, href: `/careers/${id}` }));
    expanded = expandCareers(JSON.parse(JSON.stringify(rows)) as CompactCareer[]);
  });

  it("survives JSON and gives exactly the server's result (tiers, order and indexes)", () => {
    for (const answers of [SCIENCE, HELPING, BUSINESS, VALID_ANSWERS, "3".repeat(21)]) {
      const digits = Array.from(answers, Number);
      const server = assess(digits, careers);
      const browser = assess(digits, expanded);
      expect(browser.withheld).toBe(server.withheld);
      expect(browser.careers.map((c) => [c.careerId, c.tier, c.index])).toEqual(
        server.careers.map((c) => [c.careerId, c.tier, c.index]),
      );
    }
  });

  it("sends only what scoring needs", () => {
    const bytes = JSON.stringify(rows).length;
    // 211 careers × 27 unrounded values is about 100 kB before gzip; titles and links add the rest.
    expect(bytes).toBeLessThan(careers.length * 800);
    expect(rows.every((row) => row.values.length === 27)).toBe(true);
  });

  it("scores 60 students, reuses identical answers, and counts only non-withheld suggestions", () => {
    const answerSets = [SCIENCE, HELPING, BUSINESS, VALID_ANSWERS, "3".repeat(21)];
    const paste = Array.from({ length: 60 }, (_, i) => `S${i + 1}: a=${answerSets[i % answerSets.length]}`).join("\n");
    const parsed = parseClassPaste(paste, () => true);
    const students = scoreStudents(parsed.students, expanded);
    expect(students).toHaveLength(60);
    expect(students[0]?.result).toBe(students[5]?.result);
    const withheld = students.filter((s) => s.result.withheld);
    expect(withheld).toHaveLength(12);
    const counts = countSuggestedCareers(students.map((s) => s.result));
    const tiered = (answers: string) =>
      assess(Array.from(answers, Number), careers).careers.filter((c) => c.tier !== null).map((c) => c.careerId);
    const expected = new Map<string, number>();
    for (const answers of answerSets.slice(0, 4)) for (const id of tiered(answers)) expected.set(id, (expected.get(id) ?? 0) + 12);
    expect(new Map(counts.map((c) => [c.careerId, c.students]))).toEqual(expected);
    for (let i = 1; i < counts.length; i++) expect(counts[i - 1]!.students).toBeGreaterThanOrEqual(counts[i]!.students);
  });

  it("counts tiers per career and orders ties by very likely, likely, then id", () => {
    const result = (tiers: Record<string, "very-likely" | "likely" | "worth-a-look" | null>, withheld = false) => ({
      withheld,
      careers: Object.entries(tiers).map(([careerId, tier]) => ({ careerId, tier, index: 0, band: null, stability: null, breakdown: [] })),
    });
    const counts = countSuggestedCareers([
      result({ b: "likely", a: "worth-a-look", c: "very-likely", d: null }),
      result({ b: "worth-a-look", a: "worth-a-look", c: null }),
      result({ a: "very-likely", b: "very-likely", c: "very-likely" }, true),
    ]);
    expect(counts).toEqual([
      { careerId: "b", students: 2, byTier: { "very-likely": 0, likely: 1, "worth-a-look": 1 } },
      { careerId: "a", students: 2, byTier: { "very-likely": 0, likely: 0, "worth-a-look": 2 } },
      { careerId: "c", students: 1, byTier: { "very-likely": 1, likely: 0, "worth-a-look": 0 } },
    ]);
    // Equal counts and tiers fall back to the page's order (titles), not the id.
    const equal = [result({ x: "likely", y: "likely" })];
    expect(countSuggestedCareers(equal).map((c) => c.careerId)).toEqual(["x", "y"]);
    expect(countSuggestedCareers(equal, (a, b) => b.localeCompare(a)).map((c) => c.careerId)).toEqual(["y", "x"]);
  });

  it("gives Holland scores 0-100 with the leading types, and class means", () => {
    const science = assess(DESIGNED_ANSWERS.investigativeRealistic, careers);
    const row = hollandRow(science);
    expect(row.scores.map((s) => s.dimension)).toEqual(["R", "I", "A", "S", "E", "C"]);
    expect(row.scores.filter((s) => s.leading).map((s) => s.dimension)).toEqual(science.leads.holland ?? []);
    expect(row.scores.every((s) => Number.isInteger(s.score) && s.score >= 0 && s.score <= 100)).toBe(true);
    expect(hollandMeans([science, science]).map((m) => m.score)).toEqual(row.scores.map((s) => s.score));
    expect(hollandMeans([])).toEqual([]);
  });
});

describe("counselors dictionary", () => {
  it("has the same keys in English and Spanish, and words every problem code", () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        inner && typeof inner === "object" && !Array.isArray(inner) ? keys(inner).map((k) => `${key}.${k}`) : [key],
      );
    expect(keys(counselorsText.es).sort()).toEqual(keys(counselorsText.en).sort());
    expect(counselorsText.es.problems["answer-count"]({ count: 1, expected: 21 })).toContain("1 respuesta ");
    expect(counselorsText.en.careersMore(45, 1)).toBe("45 more careers were suggested, to at most 1 student each.");
    expect(counselorsText.es.careersMore(45, 2)).toBe(
      "Se sugirieron 45 carreras más, a 2 estudiantes como máximo cada una.",
    );
    expect(counselorsText.en.summary(27, 1, 3)).toBe(
      "27 student profiles shown; 1 of them without careers (withheld); 3 links could not be read.",
    );
  });
});
