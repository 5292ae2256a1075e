// Table headers, captions and short labels of the methodology and about pages, in every locale. The
// prose lives in content/pages/<locale>/*.md; the numbers come from lib/assessment. The interface
// makes a label missing in one locale a type error.
import type { Basis } from "@/lib/assessment/key";
import type { Model } from "@/lib/assessment/models";
import type { QualityFlag, QUALITY_RULES } from "@/lib/assessment/quality";
import { CHANGELOG } from "@/lib/assessment/questions";
import type { Locale } from "./locales";

type QualityRules = typeof QUALITY_RULES;

/** Everything a quality-rule sentence may quote; numbers arrive already formatted for the locale. */
export interface RuleWords {
  rules: { [K in keyof QualityRules]: string };
  /** The opposite-keyed item pairs, as a worded list ("5 ↔ 15, 6 ↔ 14 …"). */
  pairs: string;
  pairCount: string;
  itemCount: string;
  neutralLabel: string;
  /** The tier a career must reach so the ranking counts as stable. */
  likelyTier: string;
}

export type QualityEffect = "withholds" | "lowers" | "noted";

export interface MethodologyLabels {
  /** Name of the scrollable region around a table: the caption is reused. */
  tableRegion: (caption: string) => string;
  modelShort: Record<Model, string>;
  evidence: Record<Model, string>;
  models: { caption: string; model: string; measures: string; evidence: string; designWeight: string };
  itemKey: {
    caption: string;
    number: string;
    statement: string;
    countsToward: string;
    loading: (model: string, dimension: string, weight: string) => string;
  };
  dimensionItems: {
    caption: (model: string) => string;
    dimension: string;
    items: string;
    share: (item: string, share: string) => string;
    reversed: string;
  };
  weights: { caption: string; model: string; design: string; raw: string; influence: string; total: string };
  simulation: {
    caption: string;
    setting: string;
    value: string;
    rows: Record<"centre" | "biasSd" | "slope" | "noiseSd" | "seed" | "respondents" | "occupations", string>;
  };
  quantiles: { caption: string; below: string; raw: string; index: string };
  bands: {
    caption: string;
    band: string;
    range: string;
    atLeast: (min: string) => string;
    between: (min: string, max: string) => string;
    below: (max: string) => string;
  };
  tiers: { caption: string; tier: string; minimum: (top: string) => string; meaning: string };
  uncertainty: {
    caption: string;
    dimension: string;
    effectiveItems: string;
    reliability: string;
    sem: string;
    maxLead: (count: string) => string;
  };
  norms: {
    caption: string;
    dimension: string;
    personMean: string;
    personSd: string;
    occupationMean: string;
    occupationSd: string;
  };
  quality: {
    caption: string;
    check: string;
    rule: string;
    effect: string;
    names: Record<QualityFlag, string>;
    rules: Record<QualityFlag, (w: RuleWords) => string>;
    effects: Record<QualityEffect, string>;
  };
  itemShares: { caption: string; item: string; median: string; max: string };
  crosswalks: {
    values: string;
    styles: string;
    knowledge: string;
    proxy: string;
    abilities: string;
    dimension: string;
    elements: string;
    onetValue: string;
    interestTypes: string;
    /** One composite element with its weight; a negative weight counts the element reversed. */
    element: (name: string, weight: string) => string;
  };
  provenance: {
    caption: string;
    what: string;
    basis: string;
    basisNames: Record<Basis, string>;
    rows: Record<
      | "reliability"
      | "occupationNorms"
      | "personNorms"
      | "simulation"
      | "weightFit"
      | "itemShares"
      | "indexTargets"
      | "bands"
      | "retest"
      | "tiers"
      | "uncertaintyZ"
      | "quality"
      | "explanations",
      string
    >;
  };
  changelog: {
    caption: string;
    version: string;
    date: string;
    changes: string;
    /** Per version, what changed (English is the code's CHANGELOG). */
    text: Record<string, string>;
  };
  /** Lists in running text ("a, b and c"). */
  list: (items: string[]) => string;
  /** Lists whose items contain commas ("a; b, c; and d"). */
  semicolonList: (items: string[]) => string;
  /** Ordinal for percentiles ("1st" / "1"). */
  ordinal: (n: number) => string;
}

const englishOrdinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${suffix}`;
};

const en: MethodologyLabels = {
  tableRegion: (caption) => `${caption} (scrollable table)`,
  modelShort: {
    holland: "Interests",
    chaside: "Study areas",
    mmmg: "Motivations",
    bigFive: "Personality",
    vak: "Seeing/listening/doing",
  },
  evidence: {
    holland: "Strong: decades of studies",
    chaside: "Weak on its own; leans on interest research",
    mmmg: "Moderate, for job satisfaction",
    bigFive: "Moderate for traits, weak for job fit",
    vak: "Preferences only; “learning styles” not supported",
  },
  models: {
    caption: "The models, what they measure and their design weight",
    model: "Model",
    measures: "What it measures",
    evidence: "Evidence",
    designWeight: "Design weight",
  },
  itemKey: {
    caption: "The item key: every statement and the dimensions it counts toward",
    number: "#",
    statement: "Statement",
    countsToward: "Counts toward (weight)",
    loading: (model, dimension, weight) => `${model}: ${dimension} ${weight}`,
  },
  dimensionItems: {
    caption: (model) => `${model}: which statements make up each score, and their share`,
    dimension: "Dimension",
    items: "Statement number: share of the score",
    share: (item, share) => `${item}: ${share}`,
    reversed: "reversed",
  },
  weights: {
    caption: "Design weight, fitted raw weight and measured influence of each model",
    model: "Model",
    design: "Design weight (intended share)",
    raw: "Raw weight (used in the score)",
    influence: "Measured influence",
    total: "Total",
  },
  simulation: {
    caption: "How the simulated reference respondents were drawn",
    setting: "Setting",
    value: "Value",
    rows: {
      centre: "Average answer before personal differences",
      biasSd: "Spread of each person's overall tendency to agree (SD)",
      slope: "How strongly an answer follows the person's simulated profile",
      noiseSd: "Random noise in each answer (SD)",
      seed: "Random seed",
      respondents: "Simulated respondents kept (withheld answer sets removed)",
      occupations: "O*NET occupations compared",
    },
  },
  quantiles: {
    caption: "How raw scores become the match index",
    below: "Share of reference person-career pairs scoring lower",
    raw: "Raw score",
    index: "Match index",
  },
  bands: {
    caption: "Match-index bands",
    band: "Band",
    range: "Match index",
    atLeast: (min) => `${min} or more`,
    between: (min, max) => `${min}–${max}`,
    below: (max) => `below ${max}`,
  },
  tiers: {
    caption: "Stability tiers",
    tier: "Tier",
    minimum: (top) => `Share of retests in the top ${top}, at least`,
    meaning: "What it means",
  },
  uncertainty: {
    caption: "Reliability and uncertainty range of every score",
    dimension: "Dimension",
    effectiveItems: "Statements behind it (effective count)",
    reliability: "Estimated reliability",
    sem: "Range: ± points on the 0-100 scale",
    maxLead: (count) => `lead of at most ${count}`,
  },
  norms: {
    caption: "Norms: average and spread of every dimension",
    dimension: "Dimension",
    personMean: "People: mean (simulated)",
    personSd: "People: SD (simulated)",
    occupationMean: "Occupations: mean (O*NET)",
    occupationSd: "Occupations: SD (O*NET)",
  },
  quality: {
    caption: "Every answer-quality check, when it fires and what it does",
    check: "Check",
    rule: "When it fires",
    effect: "What happens",
    names: {
      "no-variation": "No variation",
      "straight-lining": "Straight lines",
      "repeating-pattern": "Repeating pattern",
      "mostly-neutral": "Mostly “not sure”",
      acquiescent: "Agreeing with everything",
      inconsistent: "Contradictions",
      "flat-interests": "Flat interests",
      "unstable-ranking": "Unstable ranking",
      extreme: "Extreme answers",
    },
    rules: {
      "no-variation": () => "The same answer to every statement.",
      "straight-lining": (w) =>
        `The same answer ${w.rules.straightRun} or more times in a row, or answers that barely vary (SD of the ${w.itemCount} answers below ${w.rules.minAnswerSd}).`,
      "repeating-pattern": (w) =>
        `The answers repeat a short pattern (every ${w.rules.maxPatternPeriod} statements or fewer), such as 4-5-4-5.`,
      "mostly-neutral": (w) => `“${w.neutralLabel}” on ${w.rules.neutralCount} or more of the ${w.itemCount} statements.`,
      acquiescent: (w) =>
        `Agreeing with both statements in ${w.rules.acquiescentPairs} or more of the ${w.pairCount} opposite pairs (${w.pairs}), or an average answer above ${w.rules.acquiescentMean} on those statements.`,
      inconsistent: (w) =>
        `The opposite pairs about keeping things in order and about taking the lead in a group fail to mirror each other by ${w.rules.inconsistencySum} or more steps in total.`,
      "flat-interests": (w) =>
        `The interest scores are almost equal (their SD is below ${w.rules.flatRiasecSd} on the 0-1 scale).`,
      "unstable-ranking": (w) => `No career reaches the “${w.likelyTier}” tier in the simulated retests.`,
      extreme: (w) => `More than ${w.rules.extremeShare} of the answers are at either end of the scale.`,
    },
    effects: {
      withholds: "Result withheld: no careers labelled as a fit",
      lowers: "Lowers confidence",
      noted: "Noted only",
    },
  },
  itemShares: {
    caption: "How much of a career's score one statement can explain",
    item: "#",
    median: "Typical career (median)",
    max: "Most affected career (largest)",
  },
  crosswalks: {
    values: "O*NET work values → motivations",
    styles: "O*NET work styles → personality demands",
    knowledge: "O*NET knowledge → CHASIDE study areas",
    proxy: "Interest profile → CHASIDE study areas (the interest part)",
    abilities: "O*NET abilities → seeing, listening/talking, doing",
    dimension: "Dimension",
    elements: "O*NET elements (weight)",
    onetValue: "O*NET work value",
    interestTypes: "Interest types (weight)",
    element: (name, weight) => `${name} ${weight}`,
  },
  provenance: {
    caption: "Where each number comes from",
    what: "Number",
    basis: "Basis",
    basisNames: {
      published: "Published study",
      "onet-data": "O*NET data",
      simulated: "Simulated respondents",
      "our-choice": "Our choice (an assumption)",
    },
    rows: {
      reliability: "Reliability of one statement",
      occupationNorms: "Occupation norms (career side)",
      personNorms: "Person norms (your side) and the spread behind every range",
      simulation: "Settings of the simulated respondents",
      weightFit: "Fitted raw weights and measured influence",
      itemShares: "Per-statement share of a career's score",
      indexTargets: "Where the match index puts each reference percentile",
      bands: "Band limits",
      retest: "Retest noise, number of retests and candidates",
      tiers: "Tier limits",
      uncertaintyZ: "Width of the ranges and the rule for a clear lead",
      quality: "Answer-quality thresholds (provisional, to be tuned with real data)",
      explanations: "Rules for choosing the reasons shown",
    },
  },
  changelog: {
    caption: "Versions of the scoring",
    version: "Version",
    date: "Date",
    changes: "What changed",
    text: Object.fromEntries(CHANGELOG.map((entry) => [entry.version, entry.changes])),
  },
  list: (items) =>
    items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
  semicolonList: (items) =>
    items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join("; ")}; and ${items[items.length - 1]}`,
  ordinal: englishOrdinal,
};

const es: MethodologyLabels = {
  tableRegion: (caption) => `${caption} (tabla desplazable)`,
  modelShort: {
    holland: "Intereses",
    chaside: "Áreas de estudio",
    mmmg: "Motivaciones",
    bigFive: "Personalidad",
    vak: "Ver/escuchar/hacer",
  },
  evidence: {
    holland: "Sólida: décadas de estudios",
    chaside: "Débil por sí sola; se apoya en la investigación sobre intereses",
    mmmg: "Moderada, para la satisfacción laboral",
    bigFive: "Moderada para los rasgos, débil para el encaje con un trabajo",
    vak: "Solo preferencias; los «estilos de aprendizaje» no tienen respaldo",
  },
  models: {
    caption: "Los modelos, qué miden y su peso de diseño",
    model: "Modelo",
    measures: "Qué mide",
    evidence: "Evidencia",
    designWeight: "Peso de diseño",
  },
  itemKey: {
    caption: "La clave de ítems: cada frase y las dimensiones a las que suma",
    number: "#",
    statement: "Frase",
    countsToward: "Suma a (peso)",
    loading: (model, dimension, weight) => `${model}: ${dimension} ${weight}`,
  },
  dimensionItems: {
    caption: (model) => `${model}: qué frases forman cada puntuación y cuánto pesa cada una`,
    dimension: "Dimensión",
    items: "Número de frase: parte de la puntuación",
    share: (item, share) => `${item}: ${share}`,
    reversed: "invertida",
  },
  weights: {
    caption: "Peso de diseño, peso bruto ajustado e influencia medida de cada modelo",
    model: "Modelo",
    design: "Peso de diseño (parte buscada)",
    raw: "Peso bruto (el que usa la puntuación)",
    influence: "Influencia medida",
    total: "Total",
  },
  simulation: {
    caption: "Cómo se generaron las personas simuladas de referencia",
    setting: "Ajuste",
    value: "Valor",
    rows: {
      centre: "Respuesta media antes de las diferencias personales",
      biasSd: "Dispersión de la tendencia general de cada persona a estar de acuerdo (DE)",
      slope: "Cuánto sigue cada respuesta el perfil simulado de la persona",
      noiseSd: "Ruido aleatorio en cada respuesta (DE)",
      seed: "Semilla aleatoria",
      respondents: "Personas simuladas que se conservan (sin los conjuntos de respuestas retenidos)",
      occupations: "Ocupaciones de O*NET comparadas",
    },
  },
  quantiles: {
    caption: "Cómo la puntuación bruta se convierte en índice de afinidad",
    below: "Parte de las parejas persona-carrera de referencia con puntuación menor",
    raw: "Puntuación bruta",
    index: "Índice de afinidad",
  },
  bands: {
    caption: "Franjas del índice de afinidad",
    band: "Franja",
    range: "Índice de afinidad",
    atLeast: (min) => `${min} o más`,
    between: (min, max) => `${min}–${max}`,
    below: (max) => `menos de ${max}`,
  },
  tiers: {
    caption: "Grupos de estabilidad",
    tier: "Grupo",
    minimum: (top) => `Parte de repeticiones entre las ${top} primeras, como mínimo`,
    meaning: "Qué significa",
  },
  uncertainty: {
    caption: "Fiabilidad y rango de incertidumbre de cada puntuación",
    dimension: "Dimensión",
    effectiveItems: "Frases que la sostienen (recuento efectivo)",
    reliability: "Fiabilidad estimada",
    sem: "Rango: ± puntos en la escala 0-100",
    maxLead: (count) => `como mucho ${count} destacadas`,
  },
  norms: {
    caption: "Normas: media y dispersión de cada dimensión",
    dimension: "Dimensión",
    personMean: "Personas: media (simulada)",
    personSd: "Personas: DE (simulada)",
    occupationMean: "Ocupaciones: media (O*NET)",
    occupationSd: "Ocupaciones: DE (O*NET)",
  },
  quality: {
    caption: "Cada comprobación de calidad de las respuestas, cuándo salta y qué hace",
    check: "Comprobación",
    rule: "Cuándo salta",
    effect: "Qué pasa",
    names: {
      "no-variation": "Sin variación",
      "straight-lining": "Respuestas en línea",
      "repeating-pattern": "Patrón repetido",
      "mostly-neutral": "Casi todo «no estoy seguro/a»",
      acquiescent: "De acuerdo con todo",
      inconsistent: "Contradicciones",
      "flat-interests": "Intereses planos",
      "unstable-ranking": "Orden inestable",
      extreme: "Respuestas extremas",
    },
    rules: {
      "no-variation": () => "La misma respuesta en todas las frases.",
      "straight-lining": (w) =>
        `La misma respuesta ${w.rules.straightRun} veces seguidas o más, o respuestas que apenas cambian (DE de las ${w.itemCount} respuestas menor que ${w.rules.minAnswerSd}).`,
      "repeating-pattern": (w) =>
        `Las respuestas repiten un patrón corto (cada ${w.rules.maxPatternPeriod} frases o menos), como 4-5-4-5.`,
      "mostly-neutral": (w) => `«${w.neutralLabel}» en ${w.rules.neutralCount} o más de las ${w.itemCount} frases.`,
      acquiescent: (w) =>
        `Estar de acuerdo con las dos frases en ${w.rules.acquiescentPairs} o más de las ${w.pairCount} parejas opuestas (${w.pairs}), o una respuesta media mayor que ${w.rules.acquiescentMean} en esas frases.`,
      inconsistent: (w) =>
        `Las parejas opuestas sobre mantener las cosas en orden y sobre tomar el mando en un grupo no se reflejan entre sí: se apartan ${w.rules.inconsistencySum} pasos o más en total.`,
      "flat-interests": (w) =>
        `Las puntuaciones de intereses son casi iguales (su DE es menor que ${w.rules.flatRiasecSd} en la escala 0-1).`,
      "unstable-ranking": (w) => `Ninguna carrera llega al grupo «${w.likelyTier}» en las repeticiones simuladas.`,
      extreme: (w) => `Más del ${w.rules.extremeShare} de las respuestas están en uno de los dos extremos de la escala.`,
    },
    effects: {
      withholds: "Resultado retenido: ninguna carrera se marca como afín",
      lowers: "Baja la confianza",
      noted: "Solo se anota",
    },
  },
  itemShares: {
    caption: "Cuánto de la puntuación de una carrera puede explicar una sola frase",
    item: "#",
    median: "Carrera típica (mediana)",
    max: "Carrera más afectada (máximo)",
  },
  crosswalks: {
    values: "Valores de trabajo de O*NET → motivaciones",
    styles: "Estilos de trabajo de O*NET → exigencias de personalidad",
    knowledge: "Conocimientos de O*NET → áreas de estudio CHASIDE",
    proxy: "Perfil de intereses → áreas de estudio CHASIDE (la parte de intereses)",
    abilities: "Capacidades de O*NET → ver, escuchar/hablar, hacer",
    dimension: "Dimensión",
    elements: "Elementos de O*NET (peso)",
    onetValue: "Valor de trabajo de O*NET",
    interestTypes: "Tipos de interés (peso)",
    element: (name, weight) => `${name} ${weight}`,
  },
  provenance: {
    caption: "De dónde sale cada número",
    what: "Número",
    basis: "Base",
    basisNames: {
      published: "Estudio publicado",
      "onet-data": "Datos de O*NET",
      simulated: "Personas simuladas",
      "our-choice": "Decisión nuestra (un supuesto)",
    },
    rows: {
      reliability: "Fiabilidad de una sola frase",
      occupationNorms: "Normas de las ocupaciones (lado de la carrera)",
      personNorms: "Normas de las personas (tu lado) y la dispersión detrás de cada rango",
      simulation: "Ajustes de las personas simuladas",
      weightFit: "Pesos brutos ajustados e influencia medida",
      itemShares: "Parte de la puntuación de una carrera que explica cada frase",
      indexTargets: "Dónde sitúa el índice cada percentil de referencia",
      bands: "Límites de las franjas",
      retest: "Ruido de repetición, número de repeticiones y candidatas",
      tiers: "Límites de los grupos",
      uncertaintyZ: "Anchura de los rangos y regla para que algo destaque",
      quality: "Umbrales de calidad de las respuestas (provisionales, a ajustar con datos reales)",
      explanations: "Reglas para elegir las razones que se muestran",
    },
  },
  changelog: {
    caption: "Versiones de la puntuación",
    version: "Versión",
    date: "Fecha",
    changes: "Qué cambió",
    text: {
      "1": "Primera versión: las frases actuales con una escala de acuerdo, puntuadas en los modelos con los pesos de diseño usados directamente como pesos brutos, e índice de afinidad calibrado con personas simuladas.",
      "2": "Mismas frases. Pesos brutos reajustados para que la influencia medida de cada modelo coincida con su peso de diseño; normas de personalidad sacadas de las personas simuladas; carreras mostradas en grupos de estabilidad; los conjuntos de respuestas sin información se retienen; las puntuaciones del perfil llevan rango de incertidumbre.",
    },
  },
  list: (items) =>
    items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`,
  semicolonList: (items) =>
    items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join("; ")}; y ${items[items.length - 1]}`,
  ordinal: (n) => String(n),
};

/** Labels of the methodology and about pages for every locale (same keys, checked by the type). */
export const methodologyLabels: Record<Locale, MethodologyLabels> = { en, es };
