import { describe, expect, it } from "vitest";
import { careerOptions, compareCareers } from "@/lib/compare";
import { compareDictionary } from "@/lib/i18n/compare";
import { qrSvg } from "@/lib/qr";

const ANSWERS = Array.from("552223334242524253543", Number);

describe("compareCareers", () => {
  it("joins each career's figures and page facts in the locale, in the link's order", () => {
    const { careers, result } = compareCareers(["registered-nurse", "backend-developer"], "es", null);
    expect(result).toBeNull();
    expect(careers.map((c) => c.id)).toEqual(["registered-nurse", "backend-developer"]);
    const nurse = careers[0]!;
    expect(nurse.title).toBe("Enfermería");
    expect(nurse.href).toBe("/es/carreras/enfermeria");
    expect(nurse.medianWage).toBeGreaterThan(50_000);
    expect(nurse.growth).toMatch(/^(shrinking|slower|similar|faster|much-faster)$/);
    expect(nurse.riasec.length).toBeGreaterThan(0);
    expect(nurse.skills.length).toBe(5);
    expect(nurse.paths.length).toBeGreaterThan(0);
    expect(nurse.match).toBeNull();
  });

  it("adds each career's tier and match index when the link carries a result", () => {
    const { careers, result } = compareCareers(["chemist", "registered-nurse"], "en", ANSWERS);
    expect(result).toEqual({ withheld: false });
    expect(careers[0]!.match).toEqual({ tier: "very-likely", index: expect.any(Number) });
    expect(careers[1]!.match?.tier).toBeNull();
    expect(careers[1]!.match?.index).toEqual(expect.any(Number));
  });
});

describe("careerOptions", () => {
  it("lists every career once, grouped by area, titles in the locale", () => {
    for (const locale of ["en", "es"] as const) {
      const ids = careerOptions(locale).flatMap((g) => g.careers.map((c) => c.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain("registered-nurse");
    }
    const es = careerOptions("es").flatMap((g) => g.careers);
    expect(es.find((c) => c.id === "registered-nurse")?.title).toBe("Enfermería");
  });
});

describe("compare dictionary", () => {
  it("has the same keys in every locale", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      value && typeof value === "object"
        ? Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...keys(v, `${prefix}${k}.`)])
        : [];
    expect(keys(compareDictionary.es)).toEqual(keys(compareDictionary.en));
  });
});

describe("qrSvg", () => {
  it("draws an SVG of paths only, sized by CSS", async () => {
    const svg = await qrSvg("http://localhost:3000/test/result?a=552223334242524253543");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/<script|width=|height=/);
  });
});
