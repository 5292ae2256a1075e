// Words of the compare page, the "Compare with…" and "Compare these careers" forms, and the result
// page's share and print additions, in every locale. Kept out of en.ts/es.ts so these features can be
// edited on their own; the CompareWords type makes a key missing in one locale a type error. Figures,
// growth words, tier names and education names are reused from the main dictionary.
import type { CompareProblemCode } from "@/lib/compare-request";
import type { Locale } from "./locales";

type Values = Record<string, string | number>;

const listEn = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const listEs = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`;

const en = {
  compare: {
    title: (names: readonly string[]) => `Compare ${listEn(names)}`,
    description: (names: readonly string[]) =>
      `${listEn(names)} side by side: U.S. median pay, job growth, openings, entry education, years of study, interests, skills and career paths.`,
    heading: "Compare careers",
    intro:
      "Figures are for the United States (BLS and O*NET); years of study, skills and paths come from each career's page. Share this page's address to show the same comparison to someone else.",
    caption: "The careers side by side",
    rows: {
      match: "Your match",
      pay: "U.S. median pay (May 2024)",
      growth: "Job growth 2024-34",
      openings: "Job openings each year",
      entryEducation: "Typical education to enter",
      studyYears: "Typical years of study",
      interests: "Interest profile (Holland)",
      skills: "Top skills",
      paths: "Career paths",
    },
    notSuggested: "Not among your suggestions",
    matchIndex: (index: number) => `Match index ${index} of 100`,
    matchFrom: "“Your match” comes from the test result in this link.",
    backToResult: "Back to your result",
    withheld: "Your answers did not say enough to match careers, so no match is shown.",
    answersUnreadable: "The test result in this link could not be read, so no match is shown.",
    remove: (title: string) => `Remove ${title}`,
    englishOnly: "Page in English",
    addHeading: "Add another career",
    addLabel: "Career to add",
    addButton: "Add to the comparison",
    choose: "Choose a career",
    sourcesHeading: "Sources",
    skillsSource: "Skills, years of study and paths: each career's page on Rumbo.",
    list: listEn,
    invalidTitle: "These careers cannot be compared",
    invalidHeading: "We could not compare these careers",
    invalidIntro: "Here is what is wrong with this comparison link:",
    invalidHelp: (min: number, max: number) =>
      `A comparison link looks like /compare?careers=registered-nurse,backend-developer: ${min} to ${max} career names, as they appear in the careers' addresses, separated by commas.`,
    browseCareers: "Browse all careers",
    problems: {
      "careers-missing": (v: Values) =>
        `The link names no careers. Add “?careers=” followed by ${v.min} to ${v.max} career names separated by commas.`,
      "too-few": (v: Values) =>
        `A comparison needs at least ${v.min} careers; this link names ${v.count === 1 ? "only 1" : v.count}.`,
      "too-many": (v: Values) => `You can compare at most ${v.max} careers at a time; this link names ${v.count}.`,
      "career-unknown": (v: Values) => `There is no career called “${v.career}”.`,
      "query-too-long": (v: Values) =>
        `The address is too long (${v.length} characters in its query; the limit is ${v.limit}).`,
    } satisfies Record<CompareProblemCode, (v: Values) => string>,
  },
  compareWith: {
    heading: "Compare with another career",
    label: (title: string) => `Compare ${title} with…`,
    button: "Compare",
  },
  fromResult: {
    heading: "Compare these careers",
    text: (min: number, max: number) =>
      `See pay, growth, years of study and your match side by side for ${min} to ${max} of your suggested careers.`,
    top: (count: number) => `Compare your top ${count}`,
    choose: "Choose which careers to compare",
    legend: (min: number, max: number) => `Careers to compare (${min} to ${max})`,
    button: "Compare the chosen careers",
  },
  share: {
    share: "Share these results",
    shareTitle: "My Rumbo career test results",
    copyFailed: "Could not copy. Copy the address from your browser's address bar instead.",
  },
  print: {
    printedOn: "Printed on",
    link: "Link to these results",
    qrLabel: (url: string) => `QR code that opens these results: ${url}`,
    qrHint: "Scan the code to open these results on a phone.",
  },
};

export type CompareWords = typeof en;

const es: CompareWords = {
  compare: {
    title: (names) => `Comparar ${listEs(names)}`,
    description: (names) =>
      `${listEs(names)} frente a frente: salario mediano en EE. UU., crecimiento del empleo, vacantes, formación de entrada, años de estudio, intereses, habilidades y salidas profesionales.`,
    heading: "Comparar carreras",
    intro:
      "Las cifras son de Estados Unidos (BLS y O*NET); los años de estudio, las habilidades y las salidas vienen de la página de cada carrera. Comparte la dirección de esta página para mostrar la misma comparación a otra persona.",
    caption: "Las carreras frente a frente",
    rows: {
      match: "Tu afinidad",
      pay: "Salario mediano en EE. UU. (mayo de 2024)",
      growth: "Crecimiento del empleo 2024-34",
      openings: "Puestos vacantes al año",
      entryEducation: "Formación habitual para entrar",
      studyYears: "Años de estudio habituales",
      interests: "Perfil de intereses (Holland)",
      skills: "Habilidades principales",
      paths: "Salidas profesionales",
    },
    notSuggested: "No está entre tus sugerencias",
    matchIndex: (index) => `Índice de afinidad ${index} de 100`,
    matchFrom: "«Tu afinidad» sale del resultado del test que lleva este enlace.",
    backToResult: "Volver a tu resultado",
    withheld: "Tus respuestas no dicen lo suficiente para calcular la afinidad, así que no se muestra.",
    answersUnreadable: "No pudimos leer el resultado del test de este enlace, así que no se muestra la afinidad.",
    remove: (title) => `Quitar ${title}`,
    englishOnly: "Página en inglés",
    addHeading: "Añadir otra carrera",
    addLabel: "Carrera que añadir",
    addButton: "Añadir a la comparación",
    choose: "Elige una carrera",
    sourcesHeading: "Fuentes",
    skillsSource: "Habilidades, años de estudio y salidas: la página de cada carrera en Rumbo.",
    list: listEs,
    invalidTitle: "No se pueden comparar estas carreras",
    invalidHeading: "No pudimos comparar estas carreras",
    invalidIntro: "Esto es lo que falla en este enlace de comparación:",
    invalidHelp: (min, max) =>
      `Un enlace de comparación tiene esta forma: /es/comparar?careers=registered-nurse,backend-developer, con entre ${min} y ${max} nombres de carrera, tal como aparecen en las direcciones en inglés, separados por comas.`,
    browseCareers: "Ver todas las carreras",
    problems: {
      "careers-missing": (v) =>
        `El enlace no nombra ninguna carrera. Añade «?careers=» seguido de entre ${v.min} y ${v.max} nombres de carrera separados por comas.`,
      "too-few": (v) =>
        `Para comparar hacen falta al menos ${v.min} carreras; este enlace nombra ${v.count === 1 ? "solo 1" : v.count}.`,
      "too-many": (v) => `Puedes comparar como máximo ${v.max} carreras a la vez; este enlace nombra ${v.count}.`,
      "career-unknown": (v) => `No hay ninguna carrera llamada «${v.career}».`,
      "query-too-long": (v) =>
        `La dirección es demasiado larga (${v.length} caracteres en la consulta; el límite es ${v.limit}).`,
    },
  },
  compareWith: {
    heading: "Compárala con otra carrera",
    label: (title) => `Comparar ${title} con…`,
    button: "Comparar",
  },
  fromResult: {
    heading: "Compara estas carreras",
    text: (min, max) =>
      `Mira frente a frente el salario, el crecimiento, los años de estudio y tu afinidad de entre ${min} y ${max} de las carreras sugeridas.`,
    top: (count) => `Comparar tus ${count} primeras sugerencias`,
    choose: "Elegir qué carreras comparar",
    legend: (min, max) => `Carreras que comparar (de ${min} a ${max})`,
    button: "Comparar las carreras elegidas",
  },
  share: {
    share: "Compartir estos resultados",
    shareTitle: "Mis resultados del test de carreras de Rumbo",
    copyFailed: "No se pudo copiar. Copia la dirección desde la barra de direcciones del navegador.",
  },
  print: {
    printedOn: "Impreso el",
    link: "Enlace a estos resultados",
    qrLabel: (url) => `Código QR que abre estos resultados: ${url}`,
    qrHint: "Escanea el código para abrir estos resultados en el móvil.",
  },
};

export const compareDictionary: Record<Locale, CompareWords> = { en, es };

export function getCompareWords(locale: Locale): CompareWords {
  return compareDictionary[locale];
}
