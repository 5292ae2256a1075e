import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCareerQuality, countWords, sentencesOf } from "@/lib/content/quality";
import { validateCareers, type CareerRecord } from "@/lib/content/validate";
import { loadOccupations } from "@/lib/data/onet";

const codes = new Set(loadOccupations().keys());
// The real Backend Developer file passes every rule; each test breaks one thing in a copy of it.
const raw = readFileSync("content/careers/backend-developer.md", "utf8").replace(
  /^related: .*$/m,
  "related: [a-one, b-two, c-three]",
);
const base = validateCareers([{ path: "content/careers/backend-developer.md", raw }], codes, {
  checkRelated: false,
})[0] as CareerRecord;
const letters = (code: string) => (code === "15-1252.00" ? ["I", "C", "R"] : []);

function problemsOf(...careers: CareerRecord[]) {
  return checkCareerQuality(careers, letters).flatMap((p) => p.messages.map((m) => `${p.path}: ${m}`));
}

describe("checkCareerQuality", () => {
  it("passes a complete career", () => {
    expect(problemsOf(base)).toEqual([]);
  });

  it("names file and field for short sections and too few entries", () => {
    const broken: CareerRecord = {
      ...base,
      body: "Too short to describe anything.",
      faq: base.faq.slice(0, 3),
      paths: base.paths.slice(0, 2),
    };
    expect(problemsOf(broken)).toEqual(
      expect.arrayContaining([
        "content/careers/backend-developer.md: body: description has 5 words, expected 150-320",
        "content/careers/backend-developer.md: faq: 3 entries, at least 5 expected",
        "content/careers/backend-developer.md: paths: 2 paths, at least 5 expected",
      ]),
    );
  });

  it("rejects repeated school URLs and a list without a Spanish-speaking country", () => {
    const first = base.schools.find((s) => s.country === "United States");
    if (!first) throw new Error("fixture has a U.S. school");
    const schools = [
      ...base.schools.filter((s) => s.country !== "Argentina" && s.country !== "Mexico" && s.country !== "Spain"),
      { ...first, country: "Germany" },
    ];
    expect(problemsOf({ ...base, schools })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/schools\[\d\]\.url: repeats schools\[\d\]\.url/),
        "content/careers/backend-developer.md: schools: include at least one school in a Spanish-speaking country",
      ]),
    );
  });

  it("requires RIASEC letters that share one of O*NET's top two", () => {
    expect(problemsOf({ ...base, profile: { ...base.profile, riasec: "SAE" } })).toEqual([
      'content/careers/backend-developer.md: profile.riasec: "SAE" shares no letter with the top O*NET interests of 15-1252.00 (IC)',
    ]);
  });

  it("flags a 12+-word sentence that appears in two different files, but not short shared phrases", () => {
    const shared = "This exact sentence of more than twelve words appears in two different career files today.";
    const other: CareerRecord = {
      ...base,
      slug: "other",
      sourcePath: "content/careers/other.md",
      outlook: `${base.outlook}\n\n${shared}`,
    };
    const mine: CareerRecord = { ...base, outlook: `${base.outlook}\n\n${shared}`, body: base.body };
    const problems = problemsOf(mine, other);
    expect(
      problems.some((p) =>
        p.startsWith("content/careers/other.md: outlook: sentence also in content/careers/backend-developer.md"),
      ),
    ).toBe(true);
  });

  it("counts words and splits sentences the way the rules describe", () => {
    expect(countWords("A backend developer — builds *servers*, 24/7.")).toBe(6); // the dash is not a word
    expect(sentencesOf("One **two** three. Four five!\n\nSix")).toEqual(["one two three", "four five", "six"]);
    expect(sentencesOf("The U.S. median is shown. Next one.")).toEqual(["the u s median is shown", "next one"]);
  });
});
