// Generates clearly synthetic, schema-valid career files for build-scale benchmarks (bench/).
// Never writes into content/: the output goes to a folder under bench/tmp/, which git ignores.
//
// Usage: tsx scripts/gen-synthetic-careers.ts N OUTDIR [--with-real]
//   N            number of careers to end up with in OUTDIR/careers
//   OUTDIR       content root for RUMBO_CONTENT_DIR (files go to OUTDIR/careers/synthetic-00001.md ...)
//   --with-real  first copy content/careers/*.md into OUTDIR/careers, then add synthetic careers up to N
//   --real-dir=D take the real careers from D instead of content/careers (a snapshot, for example)
//
// Each synthetic career sits at the schema minimum of every section (4 paths, 1 study route, 3 schools,
// 4 FAQ entries, 1 source...), names itself "Synthetic Career 00001", says it is synthetic in its
// summary, and takes a real O*NET-SOC code (cycled over occupations.csv rows that have interest data)
// so figures and assessment profiles resolve as for a real page.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CATEGORIES } from "@/lib/content/categories";
import { parseCsv } from "@/lib/data/csv";

const RIASEC = ["R", "I", "A", "S", "E", "C"] as const;

export interface SyntheticOccupation {
  code: string;
  title: string;
  riasec: string;
}

/** O*NET rows with interest data, with a 1-3 letter Holland code from their high points. */
export function occupationsWithInterests(csvText: string): SyntheticOccupation[] {
  return parseCsv(csvText)
    .filter((row) => row.has_interest_data === "true" && row.onet_soc_code)
    .map((row) => {
      const letters = [row.high_point_1, row.high_point_2, row.high_point_3].filter(
        (l, i, all): l is string => !!l && RIASEC.some((r) => r === l) && all.indexOf(l) === i,
      );
      return { code: row.onet_soc_code ?? "", title: row.title ?? "", riasec: letters.join("") || "R" };
    });
}

const q = (text: string) => JSON.stringify(text); // JSON strings are valid YAML double-quoted scalars

export function syntheticSlug(n: number): string {
  return `synthetic-${String(n).padStart(5, "0")}`;
}

/** The Markdown file of synthetic career number n (1-based) of `total`. */
export function syntheticCareer(n: number, total: number, occupation: SyntheticOccupation): string {
  const id = String(n).padStart(5, "0");
  const name = `Synthetic Career ${id}`;
  const category = CATEGORIES[(n - 1) % CATEGORIES.length]?.slug ?? "technology-it";
  const related = [1, 2, 3].map((k) => syntheticSlug(((n - 1 + k) % total) + 1)).filter((s) => s !== syntheticSlug(n));
  const sentence = (topic: string) =>
    `This ${topic} of ${name} is generated text for a build benchmark and describes no real occupation.`;
  const lines = [
    "---",
    `title: ${q(name)}`,
    `summary: ${q(`${name} is synthetic benchmark data, generated to measure build time; it is not a real career.`)}`,
    `category: ${category}`,
    `onetSoc: ${q(occupation.code)}`,
    "paths:",
    ...[1, 2, 3, 4].flatMap((k) => [
      `  - title: ${q(`Synthetic path ${k}`)}`,
      `    description: ${q(`Generated path ${k} of ${name}, for benchmarks only.`)}`,
    ]),
    "study:",
    "  typicalYears: { min: 2, max: 4 }",
    `  overview: ${q(`${sentence("study overview")} It has **Markdown** on purpose.`)}`,
    "  routes:",
    "    - type: university",
    `      name: ${q(`Synthetic degree ${id}`)}`,
    `      duration: "3-4 years"`,
    `      description: ${q(`A generated study route of ${name}.`)}`,
    "profile:",
    `  riasec: ${occupation.riasec}`,
    "  interests:",
    ...[1, 2, 3].map((k) => `    - ${q(`Synthetic interest ${k}`)}`),
    "  strengths:",
    ...[1, 2, 3].map((k) => `    - ${q(`Synthetic strength ${k}`)}`),
    `  overview: ${q(sentence("profile overview"))}`,
    "skills:",
    "  technical:",
    ...[1, 2, 3, 4].map((k) => `    - ${q(`Synthetic technical skill ${k}`)}`),
    "  human:",
    ...[1, 2, 3].map((k) => `    - ${q(`Synthetic human skill ${k}`)}`),
    "schools:",
    ...[1, 2, 3].flatMap((k) => [
      `  - name: ${q(`Synthetic School ${k}`)}`,
      `    country: ${q(["Argentina", "Spain", "United States"][k - 1] ?? "Mexico")}`,
      `    url: ${q(`https://example.org/synthetic-school-${k}`)}`,
      `    public: ${k === 1 ? "true" : "false"}`,
    ]),
    `outlook: ${q(`${sentence("outlook")} ${sentence("outlook, second sentence,")} Figures come from the O*NET code ${occupation.code} (${occupation.title}).`)}`,
    "faq:",
    ...[1, 2, 3, 4].flatMap((k) => [
      `  - question: ${q(`Synthetic question ${k} about ${name}?`)}`,
      `    answer: ${q(`Synthetic answer ${k}: ${sentence("answer")}`)}`,
    ]),
    `related: [${related.join(", ")}]`,
    "sources:",
    `  - title: ${q("Synthetic benchmark source")}`,
    `    url: ${q("https://example.org/synthetic-source")}`,
    "lastReviewed: 2026-01-01",
    "---",
    "",
    `${name} is **synthetic**: a file generated by scripts/gen-synthetic-careers.ts so that the build can be`,
    "measured with thousands of careers. Nothing on this page describes a real job.",
    "",
    `- ${sentence("first list item")}`,
    `- ${sentence("second list item")}`,
    "",
    `${sentence("closing paragraph")} See [the generator](https://example.org/synthetic-generator) for details.`,
    `${sentence("last sentence")}`,
    "",
  ];
  return lines.join("\n");
}

function main(argv: string[]): void {
  const args = argv.filter((a) => !a.startsWith("--"));
  const withReal = argv.includes("--with-real");
  const total = Number(args[0]);
  const outDir = args[1];
  if (!Number.isInteger(total) || total < 1 || !outDir) {
    console.error("usage: tsx scripts/gen-synthetic-careers.ts N OUTDIR [--with-real]");
    process.exit(2);
  }
  const careersOut = path.join(outDir, "careers");
  mkdirSync(careersOut, { recursive: true });

  let real = 0;
  if (withReal) {
    const from = argv.find((a) => a.startsWith("--real-dir="))?.slice("--real-dir=".length);
    const source = from ? path.resolve(from) : path.join(process.cwd(), "content", "careers");
    for (const file of readdirSync(source).filter((f) => f.endsWith(".md"))) {
      copyFileSync(path.join(source, file), path.join(careersOut, file));
      real++;
    }
  }
  const synthetic = Math.max(0, total - real);
  const occupations = occupationsWithInterests(
    readFileSync(path.join(process.cwd(), "content", "data", "occupations.csv"), "utf8"),
  );
  if (occupations.length === 0)
    throw new Error("no O*NET occupation with interest data in content/data/occupations.csv");
  for (let n = 1; n <= synthetic; n++) {
    const occupation = occupations[(n - 1) % occupations.length];
    if (!occupation) continue;
    writeFileSync(path.join(careersOut, `${syntheticSlug(n)}.md`), syntheticCareer(n, synthetic, occupation));
  }
  console.log(`${careersOut}: ${real} real + ${synthetic} synthetic = ${real + synthetic} careers`);
}

// Run only as a script, so unit tests can import the pure helpers.
if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join("scripts", "gen-synthetic-careers.ts"))) {
  main(process.argv.slice(2));
}
