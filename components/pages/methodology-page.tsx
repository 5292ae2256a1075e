// The methodology page: prose from content/pages/<locale>/methodology.md, every number and table from
// the scoring code (lib/assessment) and the frozen calibration, so the page cannot drift from the
// scoring. Placeholders ({{name}}) and table slots ({{table:name}}) are listed in methodologyValues
// and METHODOLOGY_TABLES; tests/unit/methodology-page.test.ts checks both Markdown files against them.
import type { Metadata } from "next";
import { Fragment, type ReactNode } from "react";
import { uncertaintyFor } from "@/lib/assessment/assess";
import { CALIBRATION } from "@/lib/assessment/calibration-data";
import { BAND_THRESHOLDS, INDEX_CAP, INDEX_FLOOR, QUANTILE_TARGETS, type Band } from "@/lib/assessment/calibration";
import {
  ABILITIES_TO_VAK,
  CHASIDE_BLEND,
  CHASIDE_D_BUMP,
  KNOWLEDGE_TO_CHASIDE,
  ONET_SCALES,
  RELATED_OCCUPATIONS_FOR_GAPS,
  RIASEC_PROXY_FOR_CHASIDE,
  SOC_GROUP_STAND_INS,
  WORK_STYLE_CLIP_PERCENTILES,
  WORK_STYLES_TO_BIG_FIVE,
  WORK_VALUES_TO_MMMG,
  type Composite,
} from "@/lib/assessment/crosswalks";
import { EXPLAIN_RULES } from "@/lib/assessment/explain";
import { WEIGHT_FIT } from "@/lib/assessment/influence";
import { buildAssessmentKey, type Basis } from "@/lib/assessment/key";
import { DIMENSIONS, MODELS, MODEL_WEIGHTS, dimensionsOf, type Model } from "@/lib/assessment/models";
import { DIMENSION_ITEMS, INTEREST_BLOCK, LEAD_Z, MAX_LEAD, RELIABILITY, UNCERTAINTY_Z } from "@/lib/assessment/person";
import { CAUTION_FLAGS, QUALITY_FLAGS, QUALITY_RULES, WITHHOLDING_FLAGS } from "@/lib/assessment/quality";
import {
  ASSESSMENT_VERSION,
  CHANGELOG,
  KNOWN_VERSIONS,
  OPPOSITE_PAIRS,
  QUESTIONS,
  QUESTION_COUNT,
  SCALE,
} from "@/lib/assessment/questions";
import { HOLLAND_SHAPE_WEIGHT, normalCdf, topTypes } from "@/lib/assessment/similarity";
import { SIMULATION } from "@/lib/assessment/simulate";
import { RETEST, TIERS, TIER_THRESHOLDS } from "@/lib/assessment/stability";
import { fillPlaceholders, loadPage, renderPageMarkdown, type PageBlock } from "@/lib/content/pages";
import { formatterFor } from "@/lib/format";
import { getDictionary, type Dictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { methodologyLabels, type MethodologyLabels, type QualityEffect, type RuleWords } from "@/lib/i18n/methodology";
import { pageMetadata } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";
import { LanguageSwitch } from "@/components/LanguageSwitch";

// ---- Shared with the about page: Markdown blocks and readable tables --------------------------------

/** Markdown rendered from content/pages: career prose styles plus sub-headings, code and lists. */
const PROSE =
  "prose-career [&_h3]:mt-8 [&_h3]:mb-2 [&_h3]:text-xl [&_h3]:font-semibold [&_li]:mb-1 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-[0.9em] [&_code]:break-words [&_pre]:my-4 [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_pre]:text-sm [&_pre]:whitespace-pre-wrap [&_pre]:break-words [&_pre_code]:bg-transparent [&_pre_code]:p-0";

export const headCell = "px-2 py-2 font-semibold";
export const cell = "px-2 py-2";
export const rowHead = "px-2 py-2 text-left font-medium";
/** The machine code of a row (as in the JSON result), under its name. */
const codeTag = "mt-0.5 block w-fit rounded bg-slate-100 px-1 text-xs font-normal text-slate-700";

/**
 * A table that may be wider than a phone: it scrolls sideways inside a named, focusable region, so
 * keyboard users can scroll it too (WCAG 2.1.1) and screen readers announce what it holds.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="my-5 max-w-full overflow-x-auto rounded">
      {children}
    </div>
  );
}

/** Markdown blocks and generated slots of a page section, in file order. */
export function PageBlocks({
  blocks,
  values,
  slot,
  where,
}: {
  blocks: readonly PageBlock[];
  values: Readonly<Record<string, string>>;
  slot: (name: string) => ReactNode;
  where: string;
}) {
  return (
    <>
      {blocks.map((block, i) =>
        block.kind === "markdown" ? (
          <div
            key={i}
            className={PROSE}
            // Sanitized by renderMarkdown (rehype-sanitize); placeholder values come from code.
            dangerouslySetInnerHTML={{ __html: renderPageMarkdown(block.text, values, where) }}
          />
        ) : (
          <Fragment key={i}>{slot(block.name)}</Fragment>
        ),
      )}
    </>
  );
}

// ---- Numbers ----------------------------------------------------------------------------------------

const INTL: Record<Locale, string> = { en: "en-US", es: "es-ES" };
const MINUS = "\u2212";

/** Locale-aware number formatting for this page; every figure goes through one of these. */
export function numbersFor(locale: Locale) {
  const tag = INTL[locale];
  const fixed = (digits: number) =>
    new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  const percent = (digits: number, fixedDigits: boolean) =>
    new Intl.NumberFormat(tag, {
      style: "percent",
      minimumFractionDigits: fixedDigits ? digits : 0,
      maximumFractionDigits: digits,
    });
  const sign = (x: number, text: string) => (x < 0 ? `${MINUS}${text}` : text);
  return {
    /** Fixed decimals, true minus sign. */
    dec: (x: number, digits: number) => sign(x, fixed(digits).format(Math.abs(x))),
    /** Explicit sign: "+1.0", "−0.3". */
    signed: (x: number, digits: number) => (x < 0 ? MINUS : "+") + fixed(digits).format(Math.abs(x)),
    /** Share as a percentage, up to `digits` decimals (exactly `digits` when `fixedDigits`). */
    pct: (x: number, digits = 0, fixedDigits = false) => sign(x, percent(digits, fixedDigits).format(Math.abs(x))),
    /** Counts with grouping ("1,875" / "1.875"). */
    count: (x: number) => formatterFor(locale).count(x),
    /** Ids, seeds and small integers, never grouped. */
    plain: (x: number) => String(x),
  };
}

type Numbers = ReturnType<typeof numbersFor>;

const MODEL_COUNT_LABEL = MODELS.length;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Statements whose main (largest) loading is negative: they describe the low end of what they measure. */
export function reversedItems(): number[] {
  return QUESTIONS.filter((q) => {
    const main = [...q.loadings].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))[0];
    return main !== undefined && main.weight < 0;
  }).map((q) => q.id);
}

/** Distinct loading sizes in the key, largest first (main, secondary, minor). */
export function loadingLevels(): number[] {
  return [...new Set(QUESTIONS.flatMap((q) => q.loadings.map((l) => Math.abs(l.weight))))].sort((a, b) => b - a);
}

function itemShareSummary() {
  const items = CALIBRATION.itemScoreShares.items;
  const largest = items.reduce((best, item) => (item.max > best.max ? item : best), items[0] ?? { itemId: 0, median: 0, max: 0 });
  const medians = items.map((item) => item.median).sort((a, b) => a - b);
  const typical = medians[Math.floor((medians.length - 1) / 2)] ?? 0;
  return { largest, typical };
}

function uncertaintyRange() {
  const all = MODELS.flatMap((model) => Object.values(uncertaintyFor(CALIBRATION)[model]));
  const reliabilities = all.map((u) => u.reliability);
  const sems = all.map((u) => u.sem * UNCERTAINTY_Z * 100);
  return {
    minRel: Math.min(...reliabilities),
    maxRel: Math.max(...reliabilities),
    minSem: Math.min(...sems),
    maxSem: Math.max(...sems),
  };
}

const quantileIndex = (q: number): number => QUANTILE_TARGETS.find(([share]) => share === q)?.[1] ?? Number.NaN;

/**
 * Every inline placeholder the methodology Markdown may use, formatted for the locale. All values come
 * from code constants or the frozen calibration; nothing here is typed by hand.
 */
export function methodologyValues(locale: Locale): Record<string, string> {
  const n = numbersFor(locale);
  const t = getDictionary(locale);
  const l = methodologyLabels[locale];
  const r = routesFor(locale);
  const key = buildAssessmentKey();
  const mid = (SCALE.min + SCALE.max) / 2;
  const half = (SCALE.max - SCALE.min) / 2;
  const shares = itemShareSummary();
  const ranges = uncertaintyRange();
  const [main = 0, secondary = 0, minor = 0] = loadingLevels();
  const standIns = Object.entries(SOC_GROUP_STAND_INS);
  const values: Record<string, string> = {
    version: ASSESSMENT_VERSION,
    versions: l.list([...KNOWN_VERSIONS]),
    items: n.plain(QUESTION_COUNT),
    models: n.plain(MODEL_COUNT_LABEL),
    dimensions: n.plain(sum(MODELS.map((m) => dimensionsOf(m).length))),
    "scale.min": n.plain(SCALE.min),
    "scale.max": n.plain(SCALE.max),
    "scale.mid": n.plain(mid),
    "scale.minLabel": t.test.scale[0] ?? "",
    "scale.midLabel": t.test.scale[mid - SCALE.min] ?? "",
    "scale.maxLabel": t.test.scale[SCALE.max - SCALE.min] ?? "",
    "centre.min": n.signed((SCALE.min - mid) / half, 0),
    "centre.mid": n.plain(0),
    "centre.max": n.signed((SCALE.max - mid) / half, 0),
    "score.min": n.plain(0),
    "score.max": n.plain(1),
    "score.neutral": n.dec(0.5, 1),
    "display.max": n.plain(100),
    "loading.main": n.dec(main, 1),
    "loading.secondary": n.dec(secondary, 1),
    "loading.minor": n.dec(minor, 1),
    "items.reversed": l.list(reversedItems().map(n.plain)),
    pairs: l.list(OPPOSITE_PAIRS.map(([a, b]) => `${a} ↔ ${b}`)),
    "interest.sharedCount": n.plain(INTEREST_BLOCK.sharedItems.length),
    "interest.shared": l.list(INTEREST_BLOCK.sharedItems.map(n.plain)),
    "holland.shapePct": n.pct(HOLLAND_SHAPE_WEIGHT),
    "holland.levelPct": n.pct(1 - HOLLAND_SHAPE_WEIGHT),
    "holland.topTypes": n.plain(topTypes(Object.fromEntries(DIMENSIONS.holland.map((d, i) => [d, -i]))).length),
    "weight.designPct.interests": n.pct(MODEL_WEIGHTS.holland + MODEL_WEIGHTS.chaside),
    "fit.tolerance": n.dec(WEIGHT_FIT.tolerance, 3),
    "fit.exponent": n.dec(WEIGHT_FIT.exponent, 1),
    "fit.iterations": n.plain(key.weightFit.iterations),
    "fit.maxError": n.dec(key.weightFit.maxError, 4),
    "sim.centre": n.dec(SIMULATION.centre, 1),
    "sim.biasSd": n.dec(SIMULATION.biasSd, 1),
    "sim.slope": n.dec(SIMULATION.slope, 1),
    "sim.noiseSd": n.dec(SIMULATION.noiseSd, 1),
    "sim.seed": n.plain(CALIBRATION.seed),
    "sim.respondents": n.count(CALIBRATION.respondents),
    "sim.occupations": n.count(CALIBRATION.occupations),
    "index.floor": n.plain(INDEX_FLOOR),
    "index.cap": n.plain(INDEX_CAP),
    "index.median": n.plain(quantileIndex(0.5)),
    "index.p90": n.plain(quantileIndex(0.9)),
    "index.p90Below": n.pct(0.9),
    "index.p99": n.plain(quantileIndex(0.99)),
    "index.p99Below": n.pct(0.99),
    "band.strong": n.plain(BAND_THRESHOLDS.strong),
    "band.strongName": t.result.bands.strong ?? "",
    "retest.runs": n.plain(RETEST.runs),
    "retest.movePct": n.pct(RETEST.moveProbability),
    "retest.step": n.plain(RETEST.step),
    "retest.candidates": n.plain(RETEST.candidates),
    "retest.top": n.plain(RETEST.top),
    "retest.se": n.dec(Math.sqrt((0.5 * 0.5) / RETEST.runs), 2),
    "retest.half": n.pct(0.5),
    "tier.worthName": t.result.tiers["worth-a-look"] ?? "",
    "tier.likelyName": t.result.tiers.likely ?? "",
    "rel.alpha": n.dec(RELIABILITY.sourceAlpha, 2),
    "rel.items": n.plain(RELIABILITY.sourceItems),
    "rel.single": n.dec(RELIABILITY.singleItem, 2),
    "rel.singleComputed": n.dec(
      RELIABILITY.sourceAlpha / (RELIABILITY.sourceItems - (RELIABILITY.sourceItems - 1) * RELIABILITY.sourceAlpha),
      3,
    ),
    "rel.source": RELIABILITY.source,
    "rel.min": n.dec(ranges.minRel, 2),
    "rel.max": n.dec(ranges.maxRel, 2),
    "sem.min": n.dec(ranges.minSem, 0),
    "sem.max": n.dec(ranges.maxSem, 0),
    "z.range": n.plain(UNCERTAINTY_Z),
    "z.coverage": n.pct(2 * normalCdf(UNCERTAINTY_Z) - 1),
    "z.lead": n.plain(LEAD_Z),
    "share.respondents": n.count(CALIBRATION.itemScoreShares.respondents),
    "share.seed": n.plain(CALIBRATION.itemScoreShares.seed),
    "share.maxItem": n.plain(shares.largest.itemId),
    "share.maxPct": n.pct(shares.largest.max),
    "share.typicalPct": n.pct(shares.typical, 1),
    "explain.maxReasons": n.plain(EXPLAIN_RULES.maxReasons),
    "explain.maxDimensions": n.plain(EXPLAIN_RULES.maxDimensions),
    "explain.minEffect": n.dec(EXPLAIN_RULES.minEffect, 3),
    "explain.distinctiveZ": n.dec(EXPLAIN_RULES.distinctiveZ, 1),
    "onet.interests": `${ONET_SCALES.interests.min}–${ONET_SCALES.interests.max}`,
    "onet.values": `${ONET_SCALES.workValuesExtent.min}–${ONET_SCALES.workValuesExtent.max}`,
    "onet.importance": `${ONET_SCALES.importance.min}–${ONET_SCALES.importance.max}`,
    "cw.clipLow": l.ordinal(Math.round(WORK_STYLE_CLIP_PERCENTILES.low * 100)),
    "cw.clipHigh": l.ordinal(Math.round(WORK_STYLE_CLIP_PERCENTILES.high * 100)),
    "cw.knowledgePct": n.pct(CHASIDE_BLEND.knowledge),
    "cw.riasecPct": n.pct(CHASIDE_BLEND.riasec),
    "cw.bump": n.dec(CHASIDE_D_BUMP.amount, 1),
    "cw.bumpGroups": l.list([...CHASIDE_D_BUMP.socMajorGroups]),
    "cw.related": n.plain(RELATED_OCCUPATIONS_FOR_GAPS),
    "cw.standInFrom": l.list(standIns.map(([from]) => from)),
    "cw.standInTo": l.list(standIns.map(([, to]) => to)),
    "ui.startOver": t.test.startOver,
    "route.key": r.methodologyKey(),
    "route.test": r.test(),
    "route.about": r.about(),
    "route.result": routesFor("en").resultPath(),
    "route.resultJson": `${routesFor("en").resultPath()}.json`,
    "route.resultJsonEs": `${routesFor("es").resultPath()}.json`,
  };
  for (const model of MODELS) {
    values[`dims.${model}`] = n.plain(dimensionsOf(model).length);
    values[`model.${model}`] = t.modelNames[model] ?? model;
    values[`weight.design.${model}`] = n.dec(MODEL_WEIGHTS[model], 2);
    values[`weight.designPct.${model}`] = n.pct(MODEL_WEIGHTS[model]);
    values[`weight.raw.${model}`] = n.dec(CALIBRATION.rawWeights[model], 3);
    values[`weight.influence.${model}`] = n.dec(CALIBRATION.influence[model], 3);
    values[`lead.${model}`] = n.plain(MAX_LEAD[model]);
    values[`dimNames.${model}`] = l.semicolonList(dimensionsOf(model).map((d) => t.dimensionLabels[model]?.[d]?.name ?? d));
  }
  for (const tier of TIERS) values[`tier.${tier}`] = n.pct(TIER_THRESHOLDS[tier]);
  return values;
}

const dimName = (t: Dictionary, model: Model, dimension: string) => t.dimensionLabels[model]?.[dimension]?.name ?? dimension;

function Th({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className={headCell}>
      {children}
    </th>
  );
}

function Table({
  caption,
  label,
  head,
  children,
  testId,
}: {
  caption: string;
  label: string;
  head: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <TableRegion label={label}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">{head}</tr>
        </thead>
        {children}
      </table>
    </TableRegion>
  );
}

/** A group of rows under one model, headed by a row that spans the table. */
function ModelRows({ title, span, children }: { title: string; span: number; children: ReactNode }) {
  return (
    <tbody>
      <tr className="border-b border-slate-300 bg-slate-50">
        <th scope="rowgroup" colSpan={span} className="px-2 py-1.5 font-semibold">
          {title}
        </th>
      </tr>
      {children}
    </tbody>
  );
}

interface Ctx {
  locale: Locale;
  t: Dictionary;
  l: MethodologyLabels;
  n: Numbers;
}

function compositeCells(ctx: Ctx, composite: Composite, names: (element: string) => string): string {
  return Object.entries(composite)
    .map(([element, weight]) => ctx.l.crosswalks.element(names(element), ctx.n.dec(weight, 1)))
    .join("; ");
}

function CompositeTable({
  ctx,
  caption,
  model,
  map,
  header,
  names,
  elementsLang,
}: {
  ctx: Ctx;
  caption: string;
  model: Model;
  map: Readonly<Record<string, Composite>>;
  header: string;
  names: (element: string) => string;
  elementsLang?: string;
}) {
  const { l, t } = ctx;
  return (
    <Table
      caption={caption}
      label={l.tableRegion(caption)}
      head={
        <>
          <Th>{l.crosswalks.dimension}</Th>
          <Th>{header}</Th>
        </>
      }
    >
      <tbody>
        {Object.entries(map).map(([dimension, composite]) => (
          <tr key={dimension} className="border-b border-slate-100 align-top">
            <th scope="row" className={rowHead}>
              {dimName(t, model, dimension)}
            </th>
            <td className={cell} lang={elementsLang}>
              {compositeCells(ctx, composite, names)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function ruleWords(ctx: Ctx): RuleWords {
  const { n, t, l } = ctx;
  const R = QUALITY_RULES;
  const mid = (SCALE.min + SCALE.max) / 2;
  return {
    rules: {
      straightRun: n.plain(R.straightRun),
      minAnswerSd: n.dec(R.minAnswerSd, 1),
      maxPatternPeriod: n.plain(R.maxPatternPeriod),
      neutralCount: n.plain(R.neutralCount),
      acquiescentPairs: n.plain(R.acquiescentPairs),
      acquiescentMean: n.dec(R.acquiescentMean, 1),
      inconsistencySum: n.plain(R.inconsistencySum),
      flatRiasecSd: n.dec(R.flatRiasecSd, 2),
      extremeShare: n.pct(R.extremeShare),
    },
    pairs: l.list(OPPOSITE_PAIRS.map(([a, b]) => `${a} ↔ ${b}`)),
    pairCount: n.plain(OPPOSITE_PAIRS.length),
    itemCount: n.plain(QUESTION_COUNT),
    neutralLabel: t.test.scale[mid - SCALE.min] ?? "",
    likelyTier: t.result.tiers.likely ?? "",
  };
}

function effectOf(flag: (typeof QUALITY_FLAGS)[number]): QualityEffect {
  if (WITHHOLDING_FLAGS.includes(flag)) return "withholds";
  if (CAUTION_FLAGS.includes(flag)) return "lowers";
  return "noted";
}

/** The generated blocks the Markdown can place with {{table:name}}. */
export const METHODOLOGY_TABLES: Record<string, (ctx: Ctx) => ReactNode> = {
  models: ({ t, l, n }) => (
    <Table
      caption={l.models.caption}
      label={l.tableRegion(l.models.caption)}
      head={
        <>
          <Th>{l.models.model}</Th>
          <Th>{l.models.measures}</Th>
          <Th>{l.models.evidence}</Th>
          <Th>{l.models.designWeight}</Th>
        </>
      }
    >
      <tbody>
        {MODELS.map((model) => (
          <tr key={model} className="border-b border-slate-100 align-top">
            <th scope="row" className={rowHead}>
              {t.modelNames[model]}
            </th>
            <td className={cell}>{t.modelMeasures[model]}</td>
            <td className={cell}>{l.evidence[model]}</td>
            <td className={`${cell} tabular-nums`}>{n.pct(MODEL_WEIGHTS[model])}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  ),

  "item-key": ({ t, l, n }) => (
    <Table
      caption={l.itemKey.caption}
      label={l.tableRegion(l.itemKey.caption)}
      testId="item-key"
      head={
        <>
          <Th>{l.itemKey.number}</Th>
          <Th>{l.itemKey.statement}</Th>
          <Th>{l.itemKey.countsToward}</Th>
        </>
      }
    >
      <tbody>
        {QUESTIONS.map((question) => (
          <tr key={question.id} className="border-b border-slate-100 align-top">
            <th scope="row" className={`${rowHead} tabular-nums`}>
              {question.id}
            </th>
            <td className={cell}>{t.test.items[question.id - 1]}</td>
            <td className={cell}>
              <ul>
                {question.loadings.map((loading) => (
                  <li key={`${loading.model}.${loading.dimension}`}>
                    {l.itemKey.loading(
                      l.modelShort[loading.model],
                      dimName(t, loading.model, loading.dimension),
                      n.signed(loading.weight, 1),
                    )}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  ),

  "dimension-items": ({ t, l, n }) => (
    <>
      {MODELS.map((model) => {
        const caption = l.dimensionItems.caption(t.modelNames[model] ?? model);
        return (
          <Table
            key={model}
            caption={caption}
            label={l.tableRegion(caption)}
            head={
              <>
                <Th>{l.dimensionItems.dimension}</Th>
                <Th>{l.dimensionItems.items}</Th>
              </>
            }
          >
            <tbody>
              {dimensionsOf(model).map((dimension) => (
                <tr key={dimension} className="border-b border-slate-100 align-top">
                  <th scope="row" className={rowHead}>
                    {dimName(t, model, dimension)}
                  </th>
                  <td className={cell}>
                    {(DIMENSION_ITEMS[model][dimension] ?? [])
                      .map((item) =>
                        l.dimensionItems.share(
                          item.weight < 0 ? `${item.itemId} (${l.dimensionItems.reversed})` : String(item.itemId),
                          n.pct(item.share),
                        ),
                      )
                      .join(" · ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        );
      })}
    </>
  ),

  weights: ({ t, l, n }) => (
    <Table
      caption={l.weights.caption}
      label={l.tableRegion(l.weights.caption)}
      testId="weights"
      head={
        <>
          <Th>{l.weights.model}</Th>
          <Th>{l.weights.design}</Th>
          <Th>{l.weights.raw}</Th>
          <Th>{l.weights.influence}</Th>
        </>
      }
    >
      <tbody>
        {MODELS.map((model) => (
          <tr key={model} className="border-b border-slate-100 align-top" data-model={model}>
            <th scope="row" className={rowHead}>
              {t.modelNames[model]}
            </th>
            <td className={`${cell} tabular-nums`}>{n.dec(MODEL_WEIGHTS[model], 3)}</td>
            <td className={`${cell} tabular-nums`}>{n.dec(CALIBRATION.rawWeights[model], 3)}</td>
            <td className={`${cell} tabular-nums`}>{n.dec(CALIBRATION.influence[model], 3)}</td>
          </tr>
        ))}
        <tr className="align-top font-semibold">
          <th scope="row" className={rowHead}>
            {l.weights.total}
          </th>
          <td className={`${cell} tabular-nums`}>{n.dec(sum(MODELS.map((m) => MODEL_WEIGHTS[m])), 3)}</td>
          <td className={`${cell} tabular-nums`}>{n.dec(sum(MODELS.map((m) => CALIBRATION.rawWeights[m])), 3)}</td>
          <td className={`${cell} tabular-nums`}>{n.dec(sum(MODELS.map((m) => CALIBRATION.influence[m])), 3)}</td>
        </tr>
      </tbody>
    </Table>
  ),

  simulation: ({ l, n }) => {
    const rows: [keyof MethodologyLabels["simulation"]["rows"], string][] = [
      ["centre", n.dec(CALIBRATION.simulation.centre, 1)],
      ["biasSd", n.dec(CALIBRATION.simulation.biasSd, 1)],
      ["slope", n.dec(CALIBRATION.simulation.slope, 1)],
      ["noiseSd", n.dec(CALIBRATION.simulation.noiseSd, 1)],
      ["seed", n.plain(CALIBRATION.seed)],
      ["respondents", n.count(CALIBRATION.respondents)],
      ["occupations", n.count(CALIBRATION.occupations)],
    ];
    return (
      <Table
        caption={l.simulation.caption}
        label={l.tableRegion(l.simulation.caption)}
        testId="simulation"
        head={
          <>
            <Th>{l.simulation.setting}</Th>
            <Th>{l.simulation.value}</Th>
          </>
        }
      >
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name} className="border-b border-slate-100 align-top">
              <th scope="row" className={rowHead}>
                {l.simulation.rows[name]}
              </th>
              <td className={`${cell} tabular-nums`}>{value}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    );
  },

  quantiles: ({ l, n }) => (
    <Table
      caption={l.quantiles.caption}
      label={l.tableRegion(l.quantiles.caption)}
      head={
        <>
          <Th>{l.quantiles.below}</Th>
          <Th>{l.quantiles.raw}</Th>
          <Th>{l.quantiles.index}</Th>
        </>
      }
    >
      <tbody>
        {QUANTILE_TARGETS.map(([share, index], i) => (
          <tr key={share} className="border-b border-slate-100 align-top">
            <td className={`${cell} tabular-nums`}>{n.pct(share, 1)}</td>
            <td className={`${cell} tabular-nums`}>{n.dec(CALIBRATION.knots[i]?.[0] ?? Number.NaN, 3)}</td>
            <td className={`${cell} tabular-nums`}>{n.plain(index)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  ),

  bands: ({ t, l, n }) => {
    const B = BAND_THRESHOLDS;
    const rows: [Band, string][] = [
      ["strong", l.bands.atLeast(n.plain(B.strong))],
      ["good", l.bands.between(n.plain(B.good), n.plain(B.strong - 1))],
      ["possible", l.bands.between(n.plain(B.possible), n.plain(B.good - 1))],
      ["weak", l.bands.below(n.plain(B.possible))],
    ];
    return (
      <Table
        caption={l.bands.caption}
        label={l.tableRegion(l.bands.caption)}
        head={
          <>
            <Th>{l.bands.band}</Th>
            <Th>{l.bands.range}</Th>
          </>
        }
      >
        <tbody>
          {rows.map(([band, range]) => (
            <tr key={band} className="border-b border-slate-100 align-top">
              <th scope="row" className={rowHead}>
                {t.result.bands[band]}
                <code className={codeTag}>{band}</code>
              </th>
              <td className={`${cell} tabular-nums`}>{range}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    );
  },

  tiers: ({ t, l, n }) => (
    <Table
      caption={l.tiers.caption}
      label={l.tableRegion(l.tiers.caption)}
      testId="tiers"
      head={
        <>
          <Th>{l.tiers.tier}</Th>
          <Th>{l.tiers.minimum(n.plain(RETEST.top))}</Th>
          <Th>{l.tiers.meaning}</Th>
        </>
      }
    >
      <tbody>
        {TIERS.map((tier) => (
          <tr key={tier} className="border-b border-slate-100 align-top">
            <th scope="row" className={rowHead}>
              {t.result.tiers[tier]}
              <code className={codeTag}>{tier}</code>
            </th>
            <td className={`${cell} tabular-nums`}>{n.pct(TIER_THRESHOLDS[tier])}</td>
            <td className={cell}>{t.result.tierMeaning[tier]?.(Math.round(TIER_THRESHOLDS[tier] * 10))}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  ),

  uncertainty: ({ t, l, n }) => {
    const perDimension = uncertaintyFor(CALIBRATION);
    return (
      <Table
        caption={l.uncertainty.caption}
        label={l.tableRegion(l.uncertainty.caption)}
        testId="uncertainty"
        head={
          <>
            <Th>{l.uncertainty.dimension}</Th>
            <Th>{l.uncertainty.effectiveItems}</Th>
            <Th>{l.uncertainty.reliability}</Th>
            <Th>{l.uncertainty.sem}</Th>
          </>
        }
      >
        {MODELS.map((model) => (
          <ModelRows
            key={model}
            span={4}
            title={`${t.modelNames[model]} · ${l.uncertainty.maxLead(n.plain(MAX_LEAD[model]))}`}
          >
            {dimensionsOf(model).map((dimension) => {
              const u = perDimension[model][dimension];
              return (
                <tr key={dimension} className="border-b border-slate-100 align-top">
                  <th scope="row" className={rowHead}>
                    {dimName(t, model, dimension)}
                  </th>
                  <td className={`${cell} tabular-nums`}>{n.dec(u?.effectiveItems ?? Number.NaN, 1)}</td>
                  <td className={`${cell} tabular-nums`}>{n.dec(u?.reliability ?? Number.NaN, 2)}</td>
                  <td className={`${cell} tabular-nums`}>{n.dec((u?.sem ?? Number.NaN) * UNCERTAINTY_Z * 100, 0)}</td>
                </tr>
              );
            })}
          </ModelRows>
        ))}
      </Table>
    );
  },

  norms: ({ t, l, n }) => (
    <Table
      caption={l.norms.caption}
      label={l.tableRegion(l.norms.caption)}
      head={
        <>
          <Th>{l.norms.dimension}</Th>
          <Th>{l.norms.personMean}</Th>
          <Th>{l.norms.personSd}</Th>
          <Th>{l.norms.occupationMean}</Th>
          <Th>{l.norms.occupationSd}</Th>
        </>
      }
    >
      {MODELS.map((model) => (
        <ModelRows key={model} span={5} title={t.modelNames[model] ?? model}>
          {dimensionsOf(model).map((dimension) => {
            const person = CALIBRATION.personNorms[model][dimension];
            const occupation = CALIBRATION.occupationNorms[model][dimension];
            return (
              <tr key={dimension} className="border-b border-slate-100 align-top">
                <th scope="row" className={rowHead}>
                  {dimName(t, model, dimension)}
                </th>
                <td className={`${cell} tabular-nums`}>{n.dec(person?.mean ?? Number.NaN, 2)}</td>
                <td className={`${cell} tabular-nums`}>{n.dec(person?.sd ?? Number.NaN, 2)}</td>
                <td className={`${cell} tabular-nums`}>{n.dec(occupation?.mean ?? Number.NaN, 2)}</td>
                <td className={`${cell} tabular-nums`}>{n.dec(occupation?.sd ?? Number.NaN, 2)}</td>
              </tr>
            );
          })}
        </ModelRows>
      ))}
    </Table>
  ),

  quality: (ctx) => {
    const { l } = ctx;
    const words = ruleWords(ctx);
    return (
      <Table
        caption={l.quality.caption}
        label={l.tableRegion(l.quality.caption)}
        testId="quality"
        head={
          <>
            <Th>{l.quality.check}</Th>
            <Th>{l.quality.rule}</Th>
            <Th>{l.quality.effect}</Th>
          </>
        }
      >
        <tbody>
          {QUALITY_FLAGS.map((flag) => (
            <tr key={flag} className="border-b border-slate-100 align-top" data-flag={flag}>
              <th scope="row" className={rowHead}>
                {l.quality.names[flag]}
                <code className={codeTag}>{flag}</code>
              </th>
              <td className={cell}>{l.quality.rules[flag](words)}</td>
              <td className={cell}>{l.quality.effects[effectOf(flag)]}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    );
  },

  "item-shares": ({ l, n }) => (
    <Table
      caption={l.itemShares.caption}
      label={l.tableRegion(l.itemShares.caption)}
      testId="item-shares"
      head={
        <>
          <Th>{l.itemShares.item}</Th>
          <Th>{l.itemShares.median}</Th>
          <Th>{l.itemShares.max}</Th>
        </>
      }
    >
      <tbody>
        {CALIBRATION.itemScoreShares.items.map((item) => (
          <tr key={item.itemId} className="border-b border-slate-100 align-top">
            <th scope="row" className={`${rowHead} tabular-nums`}>
              {item.itemId}
            </th>
            <td className={`${cell} tabular-nums`}>{n.pct(item.median, 1, true)}</td>
            <td className={`${cell} tabular-nums`}>{n.pct(item.max, 1, true)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  ),

  provenance: ({ l }) => {
    const key = buildAssessmentKey();
    const rows: [keyof MethodologyLabels["provenance"]["rows"], Basis][] = [
      ["reliability", key.uncertainty.reliability.basis],
      ["occupationNorms", key.norms.occupation.basis],
      ["personNorms", key.norms.person.basis],
      ["simulation", key.simulation.basis],
      ["weightFit", key.weightFit.basis],
      ["itemShares", key.itemScoreShares.basis],
      ["indexTargets", "our-choice"],
      ["bands", "our-choice"],
      ["retest", key.retest.basis],
      ["tiers", "our-choice"],
      ["uncertaintyZ", "our-choice"],
      ["quality", "our-choice"],
      ["explanations", "our-choice"],
    ];
    return (
      <Table
        caption={l.provenance.caption}
        label={l.tableRegion(l.provenance.caption)}
        head={
          <>
            <Th>{l.provenance.what}</Th>
            <Th>{l.provenance.basis}</Th>
          </>
        }
      >
        <tbody>
          {rows.map(([row, basis]) => (
            <tr key={row} className="border-b border-slate-100 align-top">
              <th scope="row" className={rowHead}>
                {l.provenance.rows[row]}
              </th>
              <td className={cell}>{l.provenance.basisNames[basis]}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    );
  },

  "crosswalk-values": ({ locale, t, l }) => (
    <Table
      caption={l.crosswalks.values}
      label={l.tableRegion(l.crosswalks.values)}
      head={
        <>
          <Th>{l.crosswalks.onetValue}</Th>
          <Th>{l.crosswalks.dimension}</Th>
        </>
      }
    >
      <tbody>
        {Object.entries(WORK_VALUES_TO_MMMG).map(([element, dimension]) => (
          <tr key={element} className="border-b border-slate-100 align-top">
            <th scope="row" className={rowHead} lang={locale === "en" ? undefined : "en"}>
              {element}
            </th>
            <td className={cell}>{dimName(t, "mmmg", dimension)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  ),
  "crosswalk-styles": (ctx) => (
    <CompositeTable
      ctx={ctx}
      caption={ctx.l.crosswalks.styles}
      model="bigFive"
      map={WORK_STYLES_TO_BIG_FIVE}
      header={ctx.l.crosswalks.elements}
      names={(e) => e}
      elementsLang={ctx.locale === "en" ? undefined : "en"}
    />
  ),
  "crosswalk-knowledge": (ctx) => (
    <CompositeTable
      ctx={ctx}
      caption={ctx.l.crosswalks.knowledge}
      model="chaside"
      map={KNOWLEDGE_TO_CHASIDE}
      header={ctx.l.crosswalks.elements}
      names={(e) => e}
      elementsLang={ctx.locale === "en" ? undefined : "en"}
    />
  ),
  "crosswalk-proxy": (ctx) => (
    <CompositeTable
      ctx={ctx}
      caption={ctx.l.crosswalks.proxy}
      model="chaside"
      map={RIASEC_PROXY_FOR_CHASIDE}
      header={ctx.l.crosswalks.interestTypes}
      names={(letter) => dimName(ctx.t, "holland", letter)}
    />
  ),
  "crosswalk-abilities": (ctx) => (
    <CompositeTable
      ctx={ctx}
      caption={ctx.l.crosswalks.abilities}
      model="vak"
      map={ABILITIES_TO_VAK}
      header={ctx.l.crosswalks.elements}
      names={(e) => e}
      elementsLang={ctx.locale === "en" ? undefined : "en"}
    />
  ),

  changelog: ({ locale, l }) => (
    <Table
      caption={l.changelog.caption}
      label={l.tableRegion(l.changelog.caption)}
      head={
        <>
          <Th>{l.changelog.version}</Th>
          <Th>{l.changelog.date}</Th>
          <Th>{l.changelog.changes}</Th>
        </>
      }
    >
      <tbody>
        {CHANGELOG.map((entry) => (
          <tr key={entry.version} className="border-b border-slate-100 align-top">
            <th scope="row" className={`${rowHead} tabular-nums`}>
              {entry.version}
            </th>
            <td className={`${cell} whitespace-nowrap`}>
              <time dateTime={entry.date}>{formatterFor(locale).date(new Date(`${entry.date}T00:00:00Z`))}</time>
            </td>
            <td className={cell}>{l.changelog.text[entry.version] ?? entry.changes}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  ),
};

export const METHODOLOGY_TABLE_NAMES: readonly string[] = Object.keys(METHODOLOGY_TABLES);

const alternates = () => Object.fromEntries(LOCALES.map((l) => [l, routesFor(l).methodology()]));

export const methodologyMetadata = (locale: Locale): Metadata => {
  const page = loadPage("methodology", locale);
  const values = methodologyValues(locale);
  return pageMetadata({
    locale,
    alternates: alternates(),
    title: fillPlaceholders(page.meta.title, values, page.path),
    description: fillPlaceholders(page.meta.description, values, page.path),
    path: routesFor(locale).methodology(),
  });
};

export function MethodologyPage({ locale }: { locale: Locale }) {
  const page = loadPage("methodology", locale);
  const values = methodologyValues(locale);
  const ctx: Ctx = { locale, t: getDictionary(locale), l: methodologyLabels[locale], n: numbersFor(locale) };
  const slot = (name: string): ReactNode => {
    const render = METHODOLOGY_TABLES[name];
    if (!render) throw new Error(`${page.path}: unknown table {{table:${name}}}`);
    return render(ctx);
  };
  const blocks = (list: readonly PageBlock[]) => (
    <PageBlocks blocks={list} values={values} slot={slot} where={page.path} />
  );
  return (
    <div className="defer-sections max-w-4xl leading-relaxed">
      <LanguageSwitch locale={locale} alternates={alternates()} />
      <h1 className="text-3xl font-bold">{fillPlaceholders(page.title, values, page.path)}</h1>
      <div className="mt-3 text-lg">{blocks(page.intro)}</div>
      {page.sections.map((section) => (
        <section key={section.id}>
          <h2 id={section.id} className="mt-10 mb-3 scroll-mt-4 text-2xl font-semibold">
            {fillPlaceholders(section.heading, values, page.path)}
          </h2>
          {blocks(section.blocks)}
        </section>
      ))}
    </div>
  );
}
