// The schema of a career file (content/careers/<slug>.md). One place, every field documented.
// Frontmatter carries structure; the Markdown body carries the main prose ("What the work is").
// Pure: imports zod only, so tests, scripts and the loader share it.
import { z } from "zod";
import { DIMENSIONS, MODELS } from "@/lib/assessment/models";
import { getCategory } from "./categories";

const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RIASEC_CODE = /^(?!.*(.).*\1)[RIASEC]{1,3}$/;

const text = (min: number, max = 4000) => z.string().trim().min(min).max(max);
const httpsUrl = z
  .url({ protocol: /^https$/, error: "must be an https:// URL" })
  .max(500);

/** A school or programme where the career can be studied. Facts only: name, place, official URL. */
export const schoolSchema = z.strictObject({
  /** Official name of the institution (not a made-up programme). */
  name: text(3, 160),
  /** Country, in English ("Mexico", "Spain", "United States"). */
  country: text(2, 60),
  /** City of the main campus, when meaningful. */
  city: text(2, 80).optional(),
  /** Official https URL of the institution or of the programme page. */
  url: httpsUrl,
  /** True for public institutions (state-funded). */
  public: z.boolean(),
  /** True when tuition is free for residents (e.g. UBA, UNAM, German universities). */
  free: z.boolean().default(false),
  /** Optional one-line note: the programme name, language, or why it is listed. */
  note: text(3, 200).optional(),
});

/** One route into the career (degree, technical programme, apprenticeship...). */
export const studyRouteSchema = z.strictObject({
  /** Kind of route. Use only routes that really exist for this career. */
  type: z.enum(["university", "technical", "bootcamp", "apprenticeship", "certification", "on-the-job", "graduate"]),
  /** Name of the qualification ("Bachelor's in Computer Science"). */
  name: text(3, 160),
  /** Typical duration in words ("3-4 years full time"). */
  duration: text(3, 80),
  /** What this route gives and who it suits. */
  description: text(20, 600),
});

export const careerFrontmatterSchema = z.strictObject({
  /** Career name as students search for it ("Backend Developer"). */
  title: text(3, 80),
  /** One or two sentences for cards and the meta description (50-170 characters). */
  summary: text(50, 170),
  /** Category slug from lib/content/categories.ts. */
  category: z.string().refine((slug) => getCategory(slug) !== undefined, {
    error: (issue) => `"${String(issue.input)}" is not a category slug (see lib/content/categories.ts)`,
  }),
  /** Closest O*NET-SOC code ("15-1252.00"); figures and test profiles come from it. */
  onetSoc: z.string().regex(ONET_SOC, {
    error: (issue) => `"${String(issue.input)}" is not an O*NET-SOC code like "15-1252.00"`,
  }),
  /** Say why, when the O*NET occupation is only a loose fit for this career. */
  onetFitNote: text(20, 400).optional(),
  /** Other names the career goes by; searched by the catalog. */
  alsoKnownAs: z.array(text(2, 80)).max(12).default([]),
  /** Highlight on the home page. */
  featured: z.boolean().default(false),

  /** Career paths and jobs: roles this career leads to, with one line each. */
  paths: z
    .array(z.strictObject({ title: text(3, 80), description: text(20, 400) }))
    .min(4),

  /** Degree duration and format. */
  study: z.strictObject({
    /** Typical years of study for the usual entry route. */
    typicalYears: z
      .strictObject({ min: z.number().min(0).max(15), max: z.number().min(0).max(15) })
      .refine((y) => y.min <= y.max, { error: "min must not exceed max" }),
    /** Prose on levels, modalities and how it varies by country (Markdown allowed). */
    overview: text(80),
    /** Concrete routes in (at least one). */
    routes: z.array(studyRouteSchema).min(1),
  }),

  /** Ideal profile. */
  profile: z.strictObject({
    /** 1-3 Holland letters the career fits, strongest first ("IRC"). */
    riasec: z.string().regex(RIASEC_CODE, { error: "must be 1-3 distinct letters of RIASEC, e.g. \"IRC\"" }),
    /** What people who enjoy this work tend to like. */
    interests: z.array(text(3, 200)).min(3),
    /** Strengths that help. */
    strengths: z.array(text(3, 200)).min(3),
    /** Short prose portrait of who thrives here (Markdown allowed). */
    overview: text(60),
  }),

  /** Key skills. */
  skills: z.strictObject({
    technical: z.array(text(2, 160)).min(4),
    human: z.array(text(2, 160)).min(3),
  }),

  /** Where to study: real institutions, a mix of countries, at least one public option. */
  schools: z
    .array(schoolSchema)
    .min(3)
    .refine((schools) => schools.some((s) => s.public), {
      error: "list at least one public institution",
    }),

  /** Job market and outlook in words (Markdown); figures are shown from the data, not typed here. */
  outlook: text(200),

  /** Frequently asked questions. */
  faq: z.array(z.strictObject({ question: text(8, 200), answer: text(40, 1500) })).min(4),

  /** Slugs of related careers (must exist). */
  related: z.array(z.string().regex(SLUG, { error: "must be a kebab-case slug" })).default([]),

  /** Citable sources for the page (title + URL). */
  sources: z.array(z.strictObject({ title: text(3, 200), url: httpsUrl })).min(1),

  /** Date the editorial team last reviewed the page (YAML date, e.g. 2026-11-25). */
  lastReviewed: z.coerce.date({ error: "must be a date like 2026-11-25" }),

  /**
   * Optional override of a derived assessment profile, only with a stated reason.
   * values are 0-1 per dimension of that model (see lib/assessment/questions.ts).
   */
  profileOverrides: z
    .array(
      z
        .strictObject({
          model: z.enum(MODELS),
          values: z.record(z.string(), z.number().min(0).max(1)),
          reason: text(20, 600),
        })
        .superRefine((override, ctx) => {
          const known: readonly string[] = DIMENSIONS[override.model];
          for (const dimension of Object.keys(override.values)) {
            if (!known.includes(dimension))
              ctx.addIssue({
                code: "custom",
                path: ["values", dimension],
                message: `"${dimension}" is not a dimension of ${override.model}; use ${known.join(", ")}`,
              });
          }
        }),
    )
    .default([]),
});

export type CareerFrontmatter = z.infer<typeof careerFrontmatterSchema>;

/**
 * A career file of another edition (content/<locale>/careers/<localised-slug>.md): the same fields in
 * that language, plus `id`, the slug of the English file it is the edition of. Test profiles
 * (`profileOverrides`) and home-page highlighting (`featured`) belong to the English file only;
 * `category`, `onetSoc` and `related` (English slugs, i.e. career ids) must equal the English file's.
 * `schools[].country` stays the English country name: it is a data key the site translates.
 */
export const editionFrontmatterSchema = careerFrontmatterSchema
  .omit({ featured: true, profileOverrides: true })
  .extend({
    /** Slug of the English file this is the edition of ("registered-nurse"). */
    id: z.string().regex(SLUG, { error: "must be the kebab-case slug of the English career file" }),
  });

export type EditionFrontmatter = z.infer<typeof editionFrontmatterSchema>;

/** The Markdown body ("What the work is"): required, at least ~100 words of prose. */
export const careerBodySchema = z
  .string()
  .trim()
  .min(600, { error: "the description below the frontmatter must be at least 600 characters" });

export const SLUG_PATTERN = SLUG;
export const ONET_SOC_PATTERN = ONET_SOC;
