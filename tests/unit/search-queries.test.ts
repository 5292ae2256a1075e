// Search as students type it, on the real catalog (both editions): each query must put the named career
// in the top 3, in English and in Spanish, with accents or without, and with a typo; noisy matches that
// the old matcher produced must not come back.
import { describe, expect, it } from "vitest";
import { careersDir, readCareerSources } from "@/lib/content/files";
import { buildSearchIndex, searchCareers, type SearchIndex } from "@/lib/content/search";
import { checkCareers, type CareerRecord } from "@/lib/content/validate";
import { loadAlternateTitles, loadOccupations } from "@/lib/data/onet";

const codes = new Set(loadOccupations().keys());
const english = checkCareers(readCareerSources(careersDir("en")), codes, { locale: "en", checkRelated: false }).records;
const spanish = checkCareers(readCareerSources(careersDir("es")), codes, { locale: "es" }).records;
const alternates = loadAlternateTitles();

function indexFor(edition: readonly CareerRecord[], other: readonly CareerRecord[]): SearchIndex {
  const otherById = new Map(other.map((c) => [c.id, c]));
  return buildSearchIndex(
    edition.map((career) => {
      const twin = otherById.get(career.id);
      return {
        slug: career.id,
        title: career.title,
        summary: career.summary,
        alsoKnownAs: [...career.alsoKnownAs, ...(twin ? [twin.title, ...twin.alsoKnownAs] : [])],
        alternateTitles: alternates.get(career.onetSoc) ?? [],
      };
    }),
  );
}

const englishIndex = indexFor(english, spanish);
const spanishIndex = indexFor(spanish, english);
const top3 = (index: SearchIndex, query: string) => searchCareers(index, query).slice(0, 3).map((h) => h.slug);
const hasSpanish = (id: string) => spanish.some((c) => c.id === id);

// [query, career id expected in the top 3 of the English edition]
const ENGLISH_EDITION: readonly (readonly [string, string])[] = [
  ["nurse", "registered-nurse"],
  ["Nurse", "registered-nurse"],
  ["nurses", "registered-nurse"],
  ["enfermera", "registered-nurse"],
  ["enfermero", "registered-nurse"],
  ["enfermería", "registered-nurse"],
  ["enfermeria", "registered-nurse"],
  ["doctor", "physician"],
  ["médico", "physician"],
  ["medico", "physician"],
  ["lawyer", "lawyer"],
  ["abogado", "lawyer"],
  ["abogada", "lawyer"],
  ["psychologist", "psychologist"],
  ["psychology", "psychologist"],
  ["psicólogo", "psychologist"],
  ["psicologa", "psychologist"],
  ["psicologia", "psychologist"],
  ["coder", "backend-developer"],
  ["backend developer", "backend-developer"],
  ["backend develper", "backend-developer"],
  ["programmer", "backend-developer"],
  ["electrician", "electrician"],
  ["electricista", "electrician"],
  ["electrcian", "electrician"],
  ["plumber", "plumber"],
  ["fontanero", "plumber"],
  ["plomero", "plumber"],
  ["vet", "veterinarian"],
  ["veterinario", "veterinarian"],
  ["veterinarian", "veterinarian"],
  ["architect", "architect"],
  ["arquitecto", "architect"],
  ["pilot", "airline-pilot"],
  ["piloto", "airline-pilot"],
  ["accountant", "accountant"],
  ["contador", "accountant"],
  ["dentist", "dentist"],
  ["dentista", "dentist"],
  ["chef", "chef"],
  ["cocinero", "chef"],
  ["journalist", "journalist"],
  ["periodista", "journalist"],
  ["pharmacist", "pharmacist"],
  ["farmacéutico", "pharmacist"],
  ["physiotherapist", "physiotherapist"],
  ["fisioterapeuta", "physiotherapist"],
  ["police", "police-officer"],
  ["policía", "police-officer"],
  ["data scientist", "data-scientist"],
  ["civil engineer", "civil-engineer"],
  ["ingeniero civil", "civil-engineer"],
  ["teacher", "primary-school-teacher"],
  ["maestro", "primary-school-teacher"],
];

// The Spanish edition answers the same queries (English names included).
const SPANISH_EDITION: readonly (readonly [string, string])[] = [
  ["enfermera", "registered-nurse"],
  ["nurse", "registered-nurse"],
  ["médico", "physician"],
  ["abogado", "lawyer"],
  ["psicólogo", "psychologist"],
  ["psychology", "psychologist"],
  ["electricista", "electrician"],
  ["fontanero", "plumber"],
  ["plomero", "plumber"],
  ["arquitecto", "architect"],
  ["programador", "backend-developer"],
  ["periodista", "journalist"],
  ["fisioterapeuta", "physiotherapist"],
  ["policia", "police-officer"],
];

describe("search: students' queries on the real catalog", () => {
  it.each(ENGLISH_EDITION)("English edition: %s → %s in the top 3", (query, id) => {
    expect(english.some((c) => c.id === id), `career ${id} exists`).toBe(true);
    expect(top3(englishIndex, query)).toContain(id);
  });

  it.each(SPANISH_EDITION.filter(([, id]) => hasSpanish(id)))("Spanish edition: %s → %s in the top 3", (query, id) => {
    expect(top3(spanishIndex, query)).toContain(id);
  });

  it("has no noisy prefix or alternate-title hits", () => {
    // "Nursery Manager" is an O*NET alternate title of farming occupations; "Veterans" of counselors.
    expect(searchCareers(englishIndex, "nurse").map((h) => h.slug)).not.toContain("farmer");
    expect(searchCareers(englishIndex, "vet").map((h) => h.slug)).not.toContain("rehabilitation-counselor");
  });

  it("finds nothing for symbols and says so (empty list)", () => {
    expect(searchCareers(englishIndex, "<>!!")).toEqual([]);
    expect(searchCareers(englishIndex, "zzqxj")).toEqual([]);
  });
});
