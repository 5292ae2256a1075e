// Server-only loader for the vendored open data in content/data/: reads each CSV once per process
// and serves typed, code-keyed lookups. Pages and the assessment get data only through here.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv, type CsvRow } from "./csv";
import {
  RIASEC_LETTERS,
  type BlsProjection,
  type EducationSummary,
  type Occupation,
  type OnetSignals,
  type RiasecLetter,
} from "./types";

/** Folder of the open-data pack; RUMBO_DATA_DIR lets tests and benchmarks point elsewhere. */
export function dataDir(): string {
  return process.env.RUMBO_DATA_DIR ?? path.join(process.cwd(), "content", "data");
}

function readTable(file: string): CsvRow[] {
  return parseCsv(readFileSync(path.join(/*turbopackIgnore: true*/ dataDir(), file), "utf8"));
}

function num(value: string | undefined): number | null {
  if (value === undefined || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function isRiasecLetter(value: string | undefined): value is RiasecLetter {
  return RIASEC_LETTERS.some((letter) => letter === value);
}

function toOccupation(row: CsvRow): Occupation {
  const hasInterests = row.has_interest_data === "true";
  const riasec = hasInterests
    ? {
        R: num(row.riasec_r) ?? 1,
        I: num(row.riasec_i) ?? 1,
        A: num(row.riasec_a) ?? 1,
        S: num(row.riasec_s) ?? 1,
        E: num(row.riasec_e) ?? 1,
        C: num(row.riasec_c) ?? 1,
      }
    : null;
  const highPoints = [row.high_point_1, row.high_point_2, row.high_point_3].filter(isRiasecLetter);
  const bls: BlsProjection | null = row.bls_title
    ? {
        title: row.bls_title,
        employment2024: num(row.employment_2024),
        employment2034: num(row.employment_2034),
        changePct: num(row.change_pct),
        openingsAnnual: num(row.openings_annual),
        medianWageAnnual2024: num(row.median_wage_annual_2024),
        medianWageIsLowerBound: row.median_wage_is_lower_bound === "true",
        typicalEntryEducation: row.typical_entry_education || null,
      }
    : null;
  return {
    code: row.onet_soc_code ?? "",
    title: row.title ?? "",
    socCode: row.soc_code ?? "",
    socMajorGroup: row.soc_major_group ?? "",
    socMajorGroupName: row.soc_major_group_name ?? "",
    jobZone: num(row.job_zone),
    careerCluster: row.career_cluster || null,
    riasec,
    highPoints,
    bls,
  };
}

let occupationsCache: Map<string, Occupation> | undefined;

/** Every O*NET occupation, keyed by O*NET-SOC code. */
export function loadOccupations(): Map<string, Occupation> {
  occupationsCache ??= new Map(
    readTable("occupations.csv").map((row) => {
      const occupation = toOccupation(row);
      return [occupation.code, occupation];
    }),
  );
  return occupationsCache;
}

export function getOccupation(code: string): Occupation | undefined {
  return loadOccupations().get(code);
}

/** Groups rows by code, collecting one numeric column per element name. */
function groupByCode(
  rows: CsvRow[],
  valueColumn: string,
  keep: (row: CsvRow) => boolean = () => true,
): Map<string, Record<string, number>> {
  const byCode = new Map<string, Record<string, number>>();
  for (const row of rows) {
    if (!keep(row)) continue;
    const value = num(row[valueColumn]);
    const code = row.onet_soc_code;
    const name = row.element_name;
    if (value === null || !code || !name) continue;
    let entry = byCode.get(code);
    if (!entry) byCode.set(code, (entry = {}));
    entry[name] = value;
  }
  return byCode;
}

let signalsCache: Map<string, OnetSignals> | undefined;

/** Raw O*NET descriptors for every occupation: the input of lib/assessment/profiles.ts. */
export function loadOnetSignals(): Map<string, OnetSignals> {
  if (signalsCache) return signalsCache;
  const styles = groupByCode(readTable("work_styles.csv"), "data_value", (r) => r.scale_id === "WI");
  const values = groupByCode(readTable("work_values.csv"), "data_value", (r) => r.scale_id === "EX");
  const knowledge = groupByCode(readTable("knowledge.csv"), "importance");
  const abilities = groupByCode(readTable("abilities.csv"), "importance");
  const related = new Map<string, { code: string; index: number }[]>();
  for (const row of readTable("related_occupations.csv")) {
    const code = row.onet_soc_code ?? "";
    const list = related.get(code) ?? [];
    list.push({ code: row.related_code ?? "", index: num(row.index) ?? 99 });
    related.set(code, list);
  }
  signalsCache = new Map();
  for (const occupation of loadOccupations().values()) {
    const code = occupation.code;
    signalsCache.set(code, {
      code,
      socMajorGroup: occupation.socMajorGroup,
      riasec: occupation.riasec,
      workStylesImpact: styles.get(code) ?? {},
      workValuesExtent: values.get(code) ?? {},
      knowledgeImportance: knowledge.get(code) ?? {},
      abilitiesImportance: abilities.get(code) ?? {},
      relatedCodes: (related.get(code) ?? []).sort((a, b) => a.index - b.index).map((r) => r.code),
    });
  }
  return signalsCache;
}

let alternateTitlesCache: Map<string, string[]> | undefined;

/** O*NET alternate titles (and their short forms) per code, used by catalog search. */
export function loadAlternateTitles(): Map<string, string[]> {
  if (alternateTitlesCache) return alternateTitlesCache;
  alternateTitlesCache = new Map();
  for (const row of readTable("alternate_titles.csv")) {
    const code = row.onet_soc_code ?? "";
    const list = alternateTitlesCache.get(code) ?? [];
    if (row.alternate_title) list.push(row.alternate_title);
    if (row.short_title) list.push(row.short_title);
    alternateTitlesCache.set(code, list);
  }
  return alternateTitlesCache;
}

let educationCache: Map<string, EducationSummary> | undefined;

/** O*NET Required Level of Education summary per code. */
export function loadEducation(): Map<string, EducationSummary> {
  if (educationCache) return educationCache;
  const labels = new Map(
    readTable("education_categories.csv").map((r) => [num(r.rl_category) ?? 0, r.short_label ?? ""]),
  );
  educationCache = new Map();
  for (const row of readTable("education.csv")) {
    const distribution = (row.rl_distribution ?? "")
      .split(";")
      .filter(Boolean)
      .map((pair) => {
        const [category, pct] = pair.split(":");
        const cat = num(category) ?? 0;
        return { category: cat, label: labels.get(cat) ?? "", pct: num(pct) ?? 0 };
      });
    educationCache.set(row.onet_soc_code ?? "", {
      modeCategory: num(row.rl_mode_category) ?? 0,
      modeLabel: row.rl_mode_label_short ?? "",
      modePct: num(row.rl_mode_pct) ?? 0,
      distribution,
    });
  }
  return educationCache;
}

/** Top O*NET skills by importance for a code (names only; ratings stay in the data). */
let skillsCache: Map<string, { name: string; importance: number }[]> | undefined;
export function loadTopSkills(code: string, count = 8): { name: string; importance: number }[] {
  if (!skillsCache) {
    skillsCache = new Map();
    for (const [c, skills] of groupByCode(readTable("skills.csv"), "importance")) {
      skillsCache.set(
        c,
        Object.entries(skills)
          .map(([name, importance]) => ({ name, importance }))
          .sort((a, b) => b.importance - a.importance || a.name.localeCompare(b.name)),
      );
    }
  }
  return (skillsCache.get(code) ?? []).slice(0, count);
}

/** The top O*NET interest letters of a code, strongest first (O*NET high points, else by rating). */
export function interestLetters(code: string): string[] {
  const occupation = getOccupation(code);
  if (!occupation?.riasec) return [];
  if (occupation.highPoints.length >= 2) return occupation.highPoints;
  const ratings = occupation.riasec;
  const byRating = RIASEC_LETTERS.slice().sort((a, b) => ratings[b] - ratings[a]);
  return [...occupation.highPoints, ...byRating.filter((l) => !occupation.highPoints.includes(l))];
}

let totalChangeCache: number | undefined;

/**
 * Employment change 2024-34 summed over every distinct BLS line item in the pack (each 6-digit SOC
 * once). Shown beside a career's change as the "all occupations" reference, computed, not typed.
 */
export function allOccupationsChangePct(): number {
  if (totalChangeCache !== undefined) return totalChangeCache;
  const seen = new Set<string>();
  let start = 0;
  let end = 0;
  for (const occupation of loadOccupations().values()) {
    const bls = occupation.bls;
    if (!bls || seen.has(occupation.socCode)) continue;
    if (bls.employment2024 === null || bls.employment2034 === null) continue;
    seen.add(occupation.socCode);
    start += bls.employment2024;
    end += bls.employment2034;
  }
  totalChangeCache = start > 0 ? ((end - start) / start) * 100 : 0;
  return totalChangeCache;
}
