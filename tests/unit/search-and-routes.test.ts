import { describe, expect, it } from "vitest";
import { buildSearchIndex, normalize, searchCareers as searchIn, type SearchEntry } from "@/lib/content/search";
import { routes, routesFor } from "@/lib/routes";

const entries: SearchEntry[] = [
  {
    slug: "backend-developer",
    title: "Backend Developer",
    summary: "Builds servers and APIs.",
    alsoKnownAs: ["Coder"],
    alternateTitles: ["Application Developer"],
  },
  {
    slug: "registered-nurse",
    title: "Registered Nurse",
    summary: "Cares for patients in hospitals.",
    alsoKnownAs: ["RN"],
    alternateTitles: ["Staff Nurse"],
  },
  {
    slug: "nurse-anesthetist",
    title: "Nurse Anesthetist",
    summary: "Gives anaesthesia.",
    alsoKnownAs: [],
    alternateTitles: [],
  },
];

const searchCareers = (list: SearchEntry[], query: string) => searchIn(buildSearchIndex(list), query);

describe("searchCareers", () => {
  it("ranks title matches above other names and alternate titles", () => {
    const slugs = searchCareers(entries, "nurse").map((h) => h.slug);
    expect(slugs).toHaveLength(2);
    expect(slugs).toContain("nurse-anesthetist");
    expect(slugs).toContain("registered-nurse");
    const staff = searchCareers(entries, "staff nurse");
    expect(staff[0]).toMatchObject({ slug: "registered-nurse", matchedName: "Staff Nurse" });
  });
  it("finds a career by another name and says which one matched", () => {
    expect(searchCareers(entries, "coder")).toEqual([
      expect.objectContaining({ slug: "backend-developer", matchedName: "Coder" }),
    ]);
  });
  it("matches word prefixes and typos, ignores case and accents, and searches summaries last", () => {
    expect(searchCareers(entries, "DEVEL")[0]?.slug).toBe("backend-developer");
    expect(searchCareers(entries, "developr")[0]?.slug).toBe("backend-developer");
    expect(normalize("Anestesiólogo")).toBe("anestesiologo");
    expect(searchCareers(entries, "hospitals")).toEqual([
      expect.objectContaining({ slug: "registered-nurse", matchedName: null }),
    ]);
  });
  it("returns nothing for an empty or symbol-only query", () => {
    expect(searchCareers(entries, "   ")).toEqual([]);
    expect(searchCareers(entries, "<>!!")).toEqual([]);
  });
});

describe("routes", () => {
  it("builds Spanish URLs with Spanish path words", () => {
    const es = routesFor("es");
    expect(es.career("enfermeria")).toBe("/es/carreras/enfermeria");
    expect(es.category("salud")).toBe("/es/carreras/area/salud");
    expect(es.test("registered-nurse")).toBe("/es/test?career=registered-nurse");
    expect(es.search("médico")).toBe("/es/carreras/buscar?q=m%C3%A9dico");
    expect(es.result("123451234512345123451")).toBe("/es/test/resultado?a=123451234512345123451");
    expect(es.methodology()).toBe("/es/metodologia");
  });
  it("builds every URL in one shape", () => {
    expect(routes.career("backend-developer")).toBe("/careers/backend-developer");
    expect(routes.category("health")).toBe("/careers/category/health");
    expect(routes.test("backend-developer")).toBe("/test?career=backend-developer");
    expect(routes.test()).toBe("/test");
    expect(routes.search("c++ dev")).toBe("/careers/search?q=c%2B%2B+dev");
    expect(routes.search("")).toBe("/careers");
    expect(routes.result("123451234512345123451", "nurse")).toBe("/test/result?a=123451234512345123451&career=nurse");
  });
});
