// Words of the counselors' class view (/counselors, /es/orientadores) in each language. Kept out of
// en.ts/es.ts because the class view is a client component: it imports only this small module.
// Written for the counselor (third person about students), so the result page's "you" wording is not reused.
import type { QualityFlag } from "@/lib/assessment/quality";
import type { Tier } from "@/lib/assessment/stability";
import type { ClassLinkProblemCode } from "@/lib/class-view";
import type { Locale } from "./locales";

type Values = Record<string, string | number>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en = {
  title: "Class view for counselors: students' test results side by side",
  description:
    "Paste the result links your students sent and see their interest profiles and the careers suggested most often, side by side. It works in your browser: nothing is sent or stored.",
  heading: "Class view for counselors",
  intro:
    "Paste the result links your students sent you to see the class side by side: each student's interest profile (Holland RIASEC), the careers that come up most often in their suggestions, and a link to each student's own result.",
  privacyHeading: "Nothing is sent or stored",
  privacy: [
    "The links are read and scored on this device, in your browser, against the list of careers the page downloads (the same file for every visitor). The answers they contain are not sent to Rumbo or to anyone else, and nothing is saved: reload or close the page and the class view is gone.",
    "To keep a class view, print it or save it as a PDF from the print dialogue.",
  ],
  noscriptHeading: "The class view needs JavaScript",
  noscript:
    "It works only in your browser, so that the answers in the links never leave this device, and that takes JavaScript. Without it, open each student's link on its own: result pages work without JavaScript.",
  noscriptExample: (path: string) => `A result link looks like ${path}?a= followed by 21 digits from 1 to 5.`,
  inputLabel: "Result links, one per line (up to 60)",
  inputHint:
    "You can type a name or initials before a link, for example “Ana: https://…/test/result?a=…”. English and Spanish result links work, and so does a bare “a=” value.",
  submit: "Show the class view",
  clear: "Clear",
  empty: "Paste at least one result link first.",
  catalogLoading: "Loading the list of careers…",
  catalogFailed: "The list of careers could not be loaded, so the links cannot be scored. Check the connection and reload the page.",
  scoring: (n: number) => `Reading and scoring ${plural(n, "link", "links")}…`,
  summary: (shown: number, withheld: number, invalid: number) =>
    [
      `${plural(shown, "student profile", "student profiles")} shown`,
      ...(withheld > 0 ? [`${withheld} of them without careers (withheld)`] : []),
      ...(invalid > 0 ? [`${plural(invalid, "link", "links")} could not be read`] : []),
    ].join("; ") + ".",
  ignored: (count: number, max: number) =>
    `Only the first ${max} links were read; ${plural(count, "more line was", "more lines were")} left out. Paste a larger group in parts.`,
  profilesHeading: "Interest profiles (Holland RIASEC)",
  profilesIntro:
    "Scores from 0 to 100 for each kind of activity, from the student's answers. In bold: the interests that clearly lead for that student. With 21 questions, scores a few points apart cannot be told apart.",
  profilesCaption: "Interest scores from 0 to 100 per student",
  legend: "Letters",
  student: "Student",
  suggestions: "Suggested careers",
  suggestionCount: (n: number) => plural(n, "career", "careers"),
  leading: "leads",
  withheld: "Withheld",
  classMean: (n: number) => `Class average (${plural(n, "student", "students")})`,
  studentFallback: (position: number) => `Student ${position}`,
  careersHeading: "Careers that come up most often",
  careersIntro: (n: number) =>
    `How many of the ${plural(n, "student", "students")} with suggested careers have each career among them, in any of the three groups of their result. Withheld results are not counted.`,
  careersCaption: "Most frequent suggested careers, by number of students",
  career: "Career",
  students: "Students",
  tiers: { "very-likely": "Very likely", likely: "Likely", "worth-a-look": "Worth a look" } satisfies Record<Tier, string>,
  careersMore: (n: number, most: number) =>
    `${plural(n, "more career was", "more careers were")} suggested, to at most ${plural(most, "student", "students")} each.`,
  noCareers: "No student has suggested careers: every result was withheld.",
  problemsHeading: "Links that could not be read",
  problemsIntro:
    "These lines were left out; the other links are shown. Check that the whole link was copied, or ask the student to send it again.",
  problemLine: (position: number) => `Link ${position}`,
  pasted: "Pasted",
  linksHeading: "Each student's result",
  linksIntro:
    "Each link opens the student's own result page, with the reasons behind every suggested career. Opening one sends that student's answers to Rumbo to build the page, as when the student opens it.",
  withheldNote: "No careers suggested: the answers do not say enough.",
  duplicateOf: (label: string) => `Same answers as ${label}: was this link pasted twice?`,
  withheldReasons: {
    "no-variation": "The same answer to every question.",
    "straight-lining": "Long runs of the same answer in a row.",
    "repeating-pattern": "The answers follow a repeating pattern rather than the questions.",
    "mostly-neutral": "Most answers are “Not sure”.",
    acquiescent: "Agreement with statements that say opposite things.",
    inconsistent: "Answers that contradict each other.",
    "flat-interests": "Interest scores close together.",
    "unstable-ranking": "Suggestions that change a lot with small changes to the answers.",
    extreme: "Almost every answer at an extreme.",
  } satisfies Record<QualityFlag, string>,
  problems: {
    "answer-count": (v: Values) =>
      `The link has ${plural(Number(v.count), "answer", "answers")} instead of ${v.expected}: it may have been cut short when it was copied.`,
    "answer-not-digit": (v: Values) => `Answer ${v.position} is “${v.char}”; each answer must be a digit from 1 to 5.`,
    "answers-more-not-digits": (v: Values) => `${v.count} more answers are not digits from 1 to 5.`,
    "version-format": (v: Values) => `“${v.value}” is not a test version; the version is a number like ${v.example}.`,
    "version-unknown": (v: Values) => `The link names version ${v.version} of the test, which does not exist.`,
    "career-unknown": (v: Values) => `The link names a career that does not exist: “${v.career}”.`,
    "query-too-long": (v: Values) =>
      `The link is too long (${v.length} characters after the “?”; the limit is ${v.limit}).`,
    "param-repeated": (v: Values) => `The “${v.name}” part appears ${v.times} times; a result link has it once.`,
    "param-too-long": (v: Values) => `The “${v.name}” part is ${v.length} characters long; the limit is ${v.limit}.`,
    "other-param-too-long": (v: Values) => `A part of the link is ${v.length} characters long; the limit is ${v.limit}.`,
    "answers-missing": (v: Values) => `The link has no answers (the “a=” part with ${v.expected} digits).`,
    "answers-incomplete": (v: Values) =>
      `Some questions have no answer: ${v.first}${Number(v.more) > 0 ? ` and ${v.more} more` : ""}.`,
    "no-link": () => "There is no result link on this line.",
    "not-a-result-link": (v: Values) =>
      `This is not a result link: it goes to “${v.path}” instead of /test/result or /es/test/resultado.`,
  } satisfies Record<ClassLinkProblemCode, (v: Values) => string>,
};

export type CounselorsText = typeof en;

const es: CounselorsText = {
  title: "Vista de clase para orientadores: los resultados del test del alumnado, lado a lado",
  description:
    "Pega los enlaces de resultados que te enviaron tus estudiantes y compara sus perfiles de intereses y las carreras sugeridas con más frecuencia. Funciona en tu navegador: no se envía ni se guarda nada.",
  heading: "Vista de clase para orientadores",
  intro:
    "Pega los enlaces de resultados que te enviaron tus estudiantes para ver la clase de un vistazo: el perfil de intereses de cada estudiante (RIASEC de Holland), las carreras que más se repiten en sus sugerencias y un enlace al resultado de cada uno.",
  privacyHeading: "No se envía ni se guarda nada",
  privacy: [
    "Los enlaces se leen y se puntúan en este dispositivo, en tu navegador, con la lista de carreras que descarga la página (el mismo archivo para todas las visitas). Las respuestas que contienen no se envían a Rumbo ni a nadie más, y no se guarda nada: al recargar o cerrar la página, la vista de clase desaparece.",
    "Para conservar una vista de clase, imprímela o guárdala como PDF desde el cuadro de impresión.",
  ],
  noscriptHeading: "La vista de clase necesita JavaScript",
  noscript:
    "Funciona solo en tu navegador, para que las respuestas de los enlaces no salgan de este dispositivo, y para eso necesita JavaScript. Sin él, abre el enlace de cada estudiante por separado: las páginas de resultados funcionan sin JavaScript.",
  noscriptExample: (path: string) =>
    `Un enlace de resultados tiene la forma ${path}?a= seguida de 21 cifras del 1 al 5.`,
  inputLabel: "Enlaces de resultados, uno por línea (hasta 60)",
  inputHint:
    "Puedes escribir un nombre o unas iniciales antes de cada enlace, por ejemplo «Ana: https://…/es/test/resultado?a=…». Sirven los enlaces en español y en inglés, y también un valor «a=» suelto.",
  submit: "Mostrar la vista de clase",
  clear: "Borrar",
  empty: "Primero pega al menos un enlace de resultados.",
  catalogLoading: "Cargando la lista de carreras…",
  catalogFailed: "No se pudo cargar la lista de carreras, así que los enlaces no se pueden puntuar. Revisa la conexión y recarga la página.",
  scoring: (n: number) => `Leyendo y puntuando ${plural(n, "enlace", "enlaces")}…`,
  summary: (shown: number, withheld: number, invalid: number) =>
    [
      `${plural(shown, "perfil", "perfiles")} de estudiantes`,
      ...(withheld > 0 ? [`${withheld} de ellos sin carreras (resultado retenido)`] : []),
      ...(invalid > 0 ? [`${plural(invalid, "enlace no se pudo leer", "enlaces no se pudieron leer")}`] : []),
    ].join("; ") + ".",
  ignored: (count: number, max: number) =>
    `Solo se leyeron los primeros ${max} enlaces; ${plural(count, "línea más quedó fuera", "líneas más quedaron fuera")}. Pega los grupos más grandes por partes.`,
  profilesHeading: "Perfiles de intereses (RIASEC de Holland)",
  profilesIntro:
    "Puntuaciones de 0 a 100 para cada tipo de actividad, según las respuestas de cada estudiante. En negrita: los intereses que claramente destacan en ese estudiante. Con 21 preguntas, dos puntuaciones que se diferencian en pocos puntos no se pueden distinguir.",
  profilesCaption: "Puntuaciones de intereses de 0 a 100 por estudiante",
  legend: "Letras",
  student: "Estudiante",
  suggestions: "Carreras sugeridas",
  suggestionCount: (n: number) => plural(n, "carrera", "carreras"),
  leading: "destaca",
  withheld: "Retenido",
  classMean: (n: number) => `Media de la clase (${plural(n, "estudiante", "estudiantes")})`,
  studentFallback: (position: number) => `Estudiante ${position}`,
  careersHeading: "Las carreras que más se repiten",
  careersIntro: (n: number) =>
    `Cuántos de los ${plural(n, "estudiante", "estudiantes")} con carreras sugeridas tienen cada carrera entre ellas, en cualquiera de los tres grupos de su resultado. Los resultados retenidos no cuentan.`,
  careersCaption: "Carreras sugeridas con más frecuencia, por número de estudiantes",
  career: "Carrera",
  students: "Estudiantes",
  tiers: { "very-likely": "Muy probable", likely: "Probable", "worth-a-look": "Vale la pena mirarla" },
  careersMore: (n: number, most: number) =>
    n === 1
      ? `Se sugirió 1 carrera más, a ${plural(most, "estudiante", "estudiantes")} como máximo.`
      : `Se sugirieron ${n} carreras más, a ${plural(most, "estudiante", "estudiantes")} como máximo cada una.`,
  noCareers: "Ningún estudiante tiene carreras sugeridas: todos los resultados quedaron retenidos.",
  problemsHeading: "Enlaces que no se pudieron leer",
  problemsIntro:
    "Estas líneas se dejaron fuera; el resto de enlaces sí se muestran. Comprueba que se copió el enlace completo o pide al estudiante que lo vuelva a enviar.",
  problemLine: (position: number) => `Enlace ${position}`,
  pasted: "Pegado",
  linksHeading: "El resultado de cada estudiante",
  linksIntro:
    "Cada enlace abre la página de resultados del estudiante, con los motivos de cada carrera sugerida. Al abrir uno, las respuestas de ese estudiante se envían a Rumbo para construir la página, igual que cuando lo abre el propio estudiante.",
  withheldNote: "Sin carreras sugeridas: las respuestas no dicen lo suficiente.",
  duplicateOf: (label: string) => `Mismas respuestas que ${label}: ¿se pegó este enlace dos veces?`,
  withheldReasons: {
    "no-variation": "La misma respuesta en todas las preguntas.",
    "straight-lining": "Series largas de la misma respuesta seguida.",
    "repeating-pattern": "Las respuestas siguen un patrón repetido más que las preguntas.",
    "mostly-neutral": "La mayoría de respuestas son «No estoy seguro/a».",
    acquiescent: "Acuerdo con frases que dicen cosas opuestas.",
    inconsistent: "Respuestas que se contradicen.",
    "flat-interests": "Puntuaciones de intereses muy juntas.",
    "unstable-ranking": "Sugerencias que cambian mucho con pequeños cambios en las respuestas.",
    extreme: "Casi todas las respuestas en un extremo.",
  },
  problems: {
    "answer-count": (v: Values) =>
      `El enlace tiene ${plural(Number(v.count), "respuesta", "respuestas")} en lugar de ${v.expected}: puede que se cortara al copiarlo.`,
    "answer-not-digit": (v: Values) =>
      `La respuesta ${v.position} es «${v.char}»; cada respuesta debe ser una cifra del 1 al 5.`,
    "answers-more-not-digits": (v: Values) => `Otras ${v.count} respuestas no son cifras del 1 al 5.`,
    "version-format": (v: Values) =>
      `«${v.value}» no es una versión del test; la versión es un número como ${v.example}.`,
    "version-unknown": (v: Values) => `El enlace indica la versión ${v.version} del test, que no existe.`,
    "career-unknown": (v: Values) => `El enlace indica una carrera que no existe: «${v.career}».`,
    "query-too-long": (v: Values) =>
      `El enlace es demasiado largo (${v.length} caracteres después del «?»; el límite es ${v.limit}).`,
    "param-repeated": (v: Values) =>
      `La parte «${v.name}» aparece ${v.times} veces; un enlace de resultados la lleva una sola vez.`,
    "param-too-long": (v: Values) =>
      `La parte «${v.name}» tiene ${v.length} caracteres; el límite es ${v.limit}.`,
    "other-param-too-long": (v: Values) =>
      `Una parte del enlace tiene ${v.length} caracteres; el límite es ${v.limit}.`,
    "answers-missing": (v: Values) => `El enlace no tiene respuestas (la parte «a=» con ${v.expected} cifras).`,
    "answers-incomplete": (v: Values) =>
      `Algunas preguntas no tienen respuesta: ${v.first}${Number(v.more) > 0 ? ` y ${v.more} más` : ""}.`,
    "no-link": () => "En esta línea no hay ningún enlace de resultados.",
    "not-a-result-link": (v: Values) =>
      `No es un enlace de resultados: lleva a «${v.path}» en lugar de /test/result o /es/test/resultado.`,
  },
};

/** The class view's words per locale (same keys in every language: CounselorsText enforces it). */
export const counselorsText: Record<Locale, CounselorsText> = { en, es };
