#!/usr/bin/env python3
"""Writes the proposed lib/ changes as patches against the CURRENT tree (the files keep changing),
or applies them to a copy of the tree for before/after measurements.

  python3 bench/patches/make.py diff  OUT_DIR      -> OUT_DIR/proposed-build.patch, proposed-scoring.patch
  python3 bench/patches/make.py apply COPY_ROOT    -> edits the files inside COPY_ROOT (never the repo)
Each edit is a literal replacement; a replacement that no longer matches is reported and skipped.
"""
import difflib, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

BUILD = {
  "lib/content/careers.ts": [
    ('import "server-only";\n', 'import "server-only";\nimport { cache } from "react";\n'),
    ('/** One career with rendered HTML; undefined for an unknown slug. */\nexport function getCareer(slug: string, locale: Locale = DEFAULT_LOCALE): Career | undefined {',
     '/**\n * One career with rendered HTML; undefined for an unknown slug. Memoised per request with React\'s\n * cache(), so generateMetadata and the page (or several components) render the Markdown once.\n */\nexport const getCareer = cache(function getCareer(slug: string, locale: Locale = DEFAULT_LOCALE): Career | undefined {'),
    ('      faq: record.faq.map((entry) => renderMarkdown(entry.answer)),\n    },\n  };\n}',
     '      faq: record.faq.map((entry) => renderMarkdown(entry.answer)),\n    },\n  };\n});'),
  ],
  "lib/catalog.ts": [
    ('\nlet searchCache', '\nlet cardsBySlugCache: Map<string, CareerCardData> | undefined;\n\n/** Cards keyed by slug, built once per process (career pages look up their related careers here). */\nexport function careerCardsBySlug(): ReadonlyMap<string, CareerCardData> {\n  cardsBySlugCache ??= new Map(careerCards().map((card) => [card.slug, card]));\n  return cardsBySlugCache;\n}\n\nlet searchCache'),
  ],
  "lib/assessment-data.ts": [
    ('export function careerProfile(slug: string): CareerProfile | undefined {\n  return scoredCareers().find((career) => career.id === slug)?.profile;\n}',
     'let profileBySlug: Map<string, CareerProfile> | undefined;\n\n/** O(1) per career page: a find() over every career made the build quadratic in the catalog size. */\nexport function careerProfile(slug: string): CareerProfile | undefined {\n  profileBySlug ??= new Map(scoredCareers().map((career) => [career.id, career.profile]));\n  return profileBySlug.get(slug);\n}'),
  ],
  "app/careers/[slug]/page.tsx": [
    ('  const { slug } = await params;\n  const career = getCareer(slug);\n  if (!career) return {};',
     '  const { slug } = await params;\n  // The record is enough for a title and description: no Markdown rendering here.\n  const career = getCareerRecord(slug);\n  if (!career) return {};'),
    ('import { getCareer, loadCareers } from "@/lib/content/careers";', 'import { getCareer, getCareerRecord, loadCareers } from "@/lib/content/careers";'),
    ('  const cardsBySlug = new Map(careerCards().map((c) => [c.slug, c]));', '  const cardsBySlug = careerCardsBySlug();'),
    ('import { careerCards } from "@/lib/catalog";', 'import { careerCardsBySlug } from "@/lib/catalog";'),
  ],
}

SCORING = {
  "lib/assessment/score.ts": [
    ('export interface ScoredCareer {\n  id: string;\n  title: string;\n  profile: CareerProfile;\n}',
     'export interface ScoredCareer {\n  id: string;\n  title: string;\n  profile: CareerProfile;\n  /** standardiseCareer(profile, CALIBRATION.occupationNorms), precomputed once per process. */\n  standardised?: Record<Model, ModelVector>;\n}\n\nexport interface ScoreOptions {\n  /**\n   * Write reasons and caution only for the best `explainTop` matches and for `explainIds`; the other\n   * matches get empty reasons and caution. Default: every match is explained.\n   */\n  explainTop?: number;\n  explainIds?: readonly string[];\n}'),
    ('  calibration: CalibrationData = CALIBRATION,\n): AssessmentResult {\n  const person = profilePerson(answers);\n  const confidence = assessConfidence(answers, person.models.holland);\n  const ranked: Ranked[] = careers.map((career) => {\n    const careerZ = standardiseCareer(career.profile, calibration.occupationNorms);',
     '  calibration: CalibrationData = CALIBRATION,\n  options: ScoreOptions = {},\n): AssessmentResult {\n  const person = profilePerson(answers);\n  const confidence = assessConfidence(answers, person.models.holland);\n  const ranked: (Ranked & { explain: () => void })[] = careers.map((career) => {\n    const careerZ =\n      career.standardised && calibration === CALIBRATION\n        ? career.standardised\n        : standardiseCareer(career.profile, calibration.occupationNorms);'),
    ('        reasons: explainReasons(explainInput),\n        caution: explainCaution(explainInput),\n        similarToPrevious: false,\n      },\n    };\n  });\n  ranked.sort(compareRanked);',
     '        reasons: [] as string[],\n        caution: "",\n        similarToPrevious: false,\n      },\n    };\n    return {\n      ...entry,\n      // Explanations are the costliest step; only the matches a page shows need them.\n      explain: () => {\n        entry.match.reasons = explainReasons(explainInput);\n        entry.match.caution = explainCaution(explainInput);\n      },\n    };\n  });\n  ranked.sort(compareRanked);\n  const explainTop = options.explainTop ?? ranked.length;\n  const explainIds = new Set(options.explainIds ?? []);\n  ranked.forEach((entry, i) => {\n    if (i < explainTop || explainIds.has(entry.match.careerId)) entry.explain();\n  });'),
    ('    const explainInput = { title: career.title, similarities: sims, estimated, medians: calibration.similarityMedians };\n    return {\n      raw,',
     '    const explainInput = { title: career.title, similarities: sims, estimated, medians: calibration.similarityMedians };\n    const entry = {\n      raw,'),
  ],
  "lib/assessment-data.ts": [
    ('import type { ScoredCareer } from "@/lib/assessment/score";', 'import { CALIBRATION } from "@/lib/assessment/calibration-data";\nimport { standardiseCareer, type ScoredCareer } from "@/lib/assessment/score";'),
    ('      return { id: career.slug, title: career.title, profile: applyOverrides(profile, career.profileOverrides) };',
     '      const withOverrides = applyOverrides(profile, career.profileOverrides);\n      // Standardised once here instead of once per career on every result request.\n      return {\n        id: career.slug,\n        title: career.title,\n        profile: withOverrides,\n        standardised: standardiseCareer(withOverrides, CALIBRATION.occupationNorms),\n      };'),
  ],
  "app/test/result/page.tsx": [
    ('  const result = scoreAnswers(verdict.answers, careers);',
     '  // Only the matches this page shows need reasons and a caution line.\n  const result = scoreAnswers(verdict.answers, careers, undefined, {\n    explainTop: TOP,\n    explainIds: verdict.career ? [verdict.career] : [],\n  });'),
  ],
}

def edited(root, edits):
  out = {}
  for rel, pairs in edits.items():
    path = os.path.join(root, rel)
    text = open(path).read()
    new = text
    for old, rep in pairs:
      if old not in new:
        print(f"skipped (no longer matches): {rel}: {old.splitlines()[0][:70]}", file=sys.stderr)
        continue
      new = new.replace(old, rep, 1)
    out[rel] = (text, new)
  return out

def main():
  mode, target = sys.argv[1], sys.argv[2]
  if mode == "diff":
    os.makedirs(target, exist_ok=True)
    for name, edits in (("build", BUILD), ("scoring", SCORING)):
      chunks = []
      for rel, (old, new) in edited(ROOT, edits).items():
        chunks += difflib.unified_diff(old.splitlines(True), new.splitlines(True), f"a/{rel}", f"b/{rel}")
      open(os.path.join(target, f"proposed-{name}.patch"), "w").write("".join(chunks))
      print(f"wrote {target}/proposed-{name}.patch")
  elif mode == "apply":
    if os.path.realpath(target) == os.path.realpath(ROOT):
      sys.exit("refusing to edit the repository itself")
    which = sys.argv[3:] or ["build", "scoring"]
    for name in which:
      for rel, (_, new) in edited(target, {"build": BUILD, "scoring": SCORING}[name]).items():
        open(os.path.join(target, rel), "w").write(new)
      print(f"applied {name} to {target}")

main()
