// English interface strings. Every word the interface shows lives in a dictionary like this one;
// es.ts has the same shape (the Dictionary type enforces it).

import { DIMENSION_LABELS, MODEL_LABELS } from "./en-models";
import { QUESTIONS, SCALE_LABELS } from "@/lib/assessment/questions";

type Values = Record<string, string | number>;
type Basis = import("@/lib/assessment/profiles").GapBasis;
/** What a reason sentence can use: the career's title, dimension names, a plain phrase, a quote from its file. */
type Words = { title: string; names: string; plain: string; quote: string | null };

export const en = {
  locale: "en",
  htmlLang: "en",
  site: {
    name: "Rumbo",
    tagline: "Find a career that fits you",
    description:
      "Rumbo is a free, open career catalog with honest data and a 21-question test that suggests careers matching your interests, personality and motivations. No sign-up.",
    skipToContent: "Skip to main content",
    primaryNav: "Main",
    nav: { careers: "Careers", test: "Take the test", methodology: "How the test works", about: "About" },
    /** The link to the same page in the other language, written in that language. */
    languageSwitch: { label: "Language", es: "Leer en español", en: "Read in English" },
    englishOnlyNotice: "",
  },
  categories: {
    "technology-it": {
      name: "Technology & IT",
      description:
        "Careers that design, build, run and protect software, networks and data. The work mixes logical problem solving with constant learning, because tools change every few years, and many roles can be done remotely.",
    },
    "health": {
      name: "Health",
      description:
        "Careers that prevent, diagnose and treat illness or help people recover and live well. Most involve direct contact with patients, long training with supervised practice, and a licence to work.",
    },
    "education": {
      name: "Education",
      description:
        "Careers that help children, teenagers and adults learn, from early childhood to university and workplace training. Patience, clear explaining and planning matter as much as knowing the subject.",
    },
    "engineering": {
      name: "Engineering",
      description:
        "Careers that apply mathematics and science to design machines, structures, energy systems and processes that are safe and affordable. Expect a demanding degree and work that ends in something you can point at.",
    },
    "arts-design": {
      name: "Arts & Design",
      description:
        "Careers that create images, objects, spaces, performances and experiences. Portfolios often count more than grades, income can be uneven, and many people combine employment with freelance work.",
    },
    "business-finance": {
      name: "Business & Finance",
      description:
        "Careers that keep organisations running: accounting, analysis, management, marketing and sales. They reward comfort with numbers, people and decisions, and exist in almost every industry.",
    },
    "law-public-safety": {
      name: "Law & Public Safety",
      description:
        "Careers that uphold rights, resolve disputes and keep people safe, from lawyers and paralegals to police officers and firefighters. Many follow strict rules, licences and physical or ethical standards.",
    },
    "science": {
      name: "Science",
      description:
        "Careers that answer questions about nature, matter, living things and society through observation, experiments and data. Research roles usually need graduate study; technician roles open sooner.",
    },
    "social-services": {
      name: "Social Services",
      description:
        "Careers that support people through hardship, illness, conflict or change, such as social work, counselling and community work. They demand empathy, firm boundaries and knowledge of the support systems available.",
    },
    "communication-media": {
      name: "Communication & Media",
      description:
        "Careers that inform, persuade and entertain through writing, audio, video and digital channels. Skills travel across employers, portfolios matter, and the field keeps changing with new platforms.",
    },
    "trades-construction": {
      name: "Trades & Construction",
      description:
        "Skilled hands-on careers that build, install and repair homes, infrastructure and equipment. Most are learned through apprenticeships or technical programmes, often while earning a wage.",
    },
    "agriculture-environment": {
      name: "Agriculture & Environment",
      description:
        "Careers that grow food, care for animals and land, and protect ecosystems. The work often happens outdoors and links biology and chemistry with practical decisions about resources.",
    },
    "hospitality-tourism": {
      name: "Hospitality & Tourism",
      description:
        "Careers that feed, host and guide people: cooking, hotels, events and travel. Service skills, stamina and languages count, and shifts often include evenings and weekends.",
    },
    "transport-logistics": {
      name: "Transport & Logistics",
      description:
        "Careers that move people and goods by air, road, rail and sea, and plan how they get there. Many require licences and safety training; planning roles lean on data and software.",
    },
    "sports-fitness": {
      name: "Sports & Fitness",
      description:
        "Careers that coach, train, treat and organise people who play sport or want to be active. Few people earn a living as athletes; coaching, fitness, sport science and management offer steadier paths.",
    },
    "government-defense": {
      name: "Government & Defense",
      description:
        "Careers that run public services, make and carry out policy, and defend a country, in civil service, diplomacy, the armed forces and emergency management. Entry often goes through public competitions or enlistment.",
    },
    "manufacturing-production": {
      name: "Manufacturing & Production",
      description:
        "Careers that turn raw materials into finished goods, operate and maintain machines, and check quality on the production line. Automation is changing these jobs, raising demand for technical skills.",
    },
  } as Record<string, { name: string; description: string }>,

  footer: {
    about: "Rumbo is written by the Rumbo editorial team. Free, open and without trackers.",
    dataHeading: "Data sources",
    bls: "Employment and wage figures: U.S. Bureau of Labor Statistics, Employment Projections 2024-34 and Occupational Employment and Wage Statistics, May 2024 (public domain).",
    licence: "Licences and attribution",
  },
  home: {
    title: "Rumbo: explore careers and take a free 21-question test",
    heading: "Find a career that fits how you think, what you enjoy and what you want from work",
    intro:
      "Read honest, detailed career profiles with real labour-market data, or take a three-minute test that blends five models of interests, personality and motivation into a ranked list of careers — each with the reasons it matched.",
    ctaTest: "Take the free test",
    ctaBrowse: "Browse all careers",
    testFacts: ["21 questions", "About 3 minutes", "No sign-up, nothing kept once you finish"],
    categoriesHeading: "Explore by area",
    featuredHeading: "Popular careers",
    careerCount: (n: number) => `${n} career${n === 1 ? "" : "s"}`,
  },
  catalog: {
    title: "All careers A-Z",
    description: (n: number) =>
      `Browse ${n} career profiles with duration of study, skills, where to study and U.S. job-market data. Filter by area or search by job title.`,
    heading: "Careers A-Z",
    searchLabel: "Search careers",
    searchHint: "Job titles, skills or other names, e.g. “coder” or “nurse”",
    searchButton: "Search",
    categoryLabel: "Area",
    allCategories: "All areas",
    results: (n: number, q: string) => `${n} career${n === 1 ? "" : "s"} match “${q}”`,
    showing: (n: number) => `${n} career${n === 1 ? "" : "s"}`,
    noResults: (q: string) =>
      `No career matches “${q}”. Try a shorter word, another job title, or browse the areas below.`,
    searchTitle: (q: string) => `Careers matching “${q}”`,
    searchHintSpacer: ".",
    suggestionsHeading: "Searches that work",
    suggestions: ["nurse", "engineer", "teacher", "design", "computer", "animals"],
    clear: "Clear search",
    matchedVia: (title: string) => `Also known as: ${title}`,
    cardWage: "U.S. median pay",
    cardWageValue: (usd: string, lowerBound: boolean) => `${usd}${lowerBound ? " or more" : ""} a year`,
    cardNoWage: "No BLS median pay",
    cardGrowth: "Jobs 2024-34",
    cardGrowthValue: (pct: string, all: string) => `${pct} (all jobs ${all})`,
    cardStudy: "Study",
    cardSource: "U.S. figures: BLS, May 2024 and 2024-34 projections.",
    letterTitle: (letter: string) => `Careers starting with ${letter}`,
    letterDescription: (letter: string, n: number) =>
      `${n} career${n === 1 ? "" : "s"} starting with ${letter}, each with what the work is, study routes, skills and U.S. job-market data.`,
    letterIndex: (n: number) => `${n}`,
    letterCareers: (n: number) => ` career${n === 1 ? "" : "s"}`,
    letterNav: "Jump to letter",
  },
  category: {
    title: (name: string) => `${name} careers`,
    heading: (name: string) => `${name} careers`,
    description: (name: string, n: number) =>
      `${n} ${name} careers explained: what the work is, how long it takes to study, skills, schools and job outlook.`,
    otherCategories: "Other areas",
  },
  career: {
    pageTitle: (title: string) => `${title}: what they do, study, skills and outlook`,
    breadcrumbHome: "Home",
    breadcrumbCareers: "Careers",
    breadcrumbLabel: "Breadcrumb",
    onThisPage: "On this page",
    sections: {
      what: "What the work is",
      paths: "Career paths and jobs",
      study: "Degree duration and format",
      profile: "Ideal profile",
      skills: "Key skills",
      schools: "Where to study",
      market: "Job market and outlook",
      fit: "Is it for you?",
      faq: "Frequently asked questions",
      related: "Related careers",
      sources: "Sources and review",
    },
    years: (min: number, max: number) => (min === max ? `${min} year${min === 1 ? "" : "s"}` : `${min}-${max} years`),
    typicalDuration: "Typical duration",
    routesHeading: "Routes in",
    routeTypes: {
      university: "University degree",
      technical: "Technical or vocational",
      bootcamp: "Bootcamp",
      apprenticeship: "Apprenticeship",
      certification: "Certification",
      "on-the-job": "On-the-job training",
      graduate: "Graduate study",
    },
    countryNote: "Names, lengths and entry rules differ by country; check with the institution.",
    interests: "You may enjoy",
    strengths: "Strengths that help",
    riasec: "Holland (RIASEC) code",
    technicalSkills: "Technical skills",
    humanSkills: "Human skills",
    onetSkills: "Most important skills in O*NET",
    schoolPublic: "Public",
    schoolFree: "Tuition-free",
    schoolPrivate: "Private",
    registriesHeading: "Find every programme",
    registriesIntro:
      "Official registries list every accredited programme in a country, including the public and vocational options near you:",
    schoolsNote: "A starting list, not a ranking. Listed institutions have not reviewed or endorsed this page.",
    fitText: (title: string) =>
      `Answer 21 questions in about three minutes and see how ${title} matches your interests, personality and motivations — with the reasons why. No sign-up; your answers stay in your browser and the link.`,
    fitCta: (title: string) => `Take the test for ${title}`,
    lastReviewed: "Last reviewed",
    writtenBy: "Written by the Rumbo editorial team.",
    sourcesHeading: "Sources",
    onetFit: "About the data match",
    alsoKnownAs: "Also known as",
    howWeWrite: "How Rumbo writes and checks career pages",
    onetSkillsSource: (code: string) => `Importance ratings from O*NET 30.0 Skills for ${code}.`,
    testProfile: (code: string) =>
      `The test compares your answers with this career's profile in five models, derived from O*NET data for ${code}.`,
    testProfileHow: "How the profiles are built",
    estimated: (model: string) => `${model}: estimated.`,
    estimatedBasis: {
      related: (b: Basis) =>
        `O*NET has no ratings for this part of the occupation, so it is the average of ${"count" in b ? b.count : ""} closely related occupations.`,
      group: (b: Basis) =>
        `O*NET has no ratings for this occupation or its related ones, so it is the average of SOC major group ${"group" in b ? b.group : ""}${"standIn" in b && b.standIn ? ", the closest group with data" : ""}.`,
      all: () => "O*NET has no ratings for this occupation or similar ones, so it is the average of all occupations.",
      "interests-estimated": () =>
        "Based on O*NET knowledge ratings, but the part that comes from interests uses the estimated interest profile.",
    } as Record<string, (b: Basis) => string>,
    overridden: (model: string) => `${model}: set by the editorial team.`,
    otherEdition: "This career has no Spanish page yet.",
  },
  data: {
    heading: "Key figures (United States)",
    intro: (code: string, title: string) => `From open data for the O*NET-SOC occupation ${code}, ${title}.`,
    employment: "Employment",
    employmentValue: (a: string, b: string) => `${a} (2024) → ${b} (2034)`,
    change: "Projected change 2024-34",
    openings: "Job openings each year (average 2024-34)",
    wage: "Median annual wage",
    wageLowerBound: "or more",
    wagePeriod: "May 2024",
    entryEducation: "Typical education to enter",
    jobZone: "O*NET Job Zone",
    jobZoneNames: {
      1: "1 — little or no preparation",
      2: "2 — some preparation",
      3: "3 — medium preparation",
      4: "4 — considerable preparation",
      5: "5 — extensive preparation",
    } as Record<number, string>,
    rlMode: "Most common education of workers (O*NET)",
    interests: "Interest profile (O*NET, 1-7)",
    notAvailable: "Not available",
    missingBls: (code: string) =>
      `BLS does not publish separate employment or wage figures for ${code}, so none are shown.`,
    missingWage: "BLS does not publish a median wage for this occupation.",
    missingInterests: "O*NET has no interest ratings for this occupation.",
    sourceBls: "Source: BLS Employment Projections 2024-34 (Table 1.2); wage from OEWS, May 2024.",
    sourceOnet: "Source: O*NET 30.1 (Job Zone, interests, education).",
    allOccupations: (pct: string) =>
      `All occupations: ${pct} (BLS Employment Projections 2024-34, news release USDL-25-1324, 28 August 2025).`,
    growthWords: {
      shrinking: "Projected to shrink",
      slower: "Slower growth than all occupations",
      similar: "About the same growth as all occupations",
      faster: "Faster growth than all occupations",
      "much-faster": "Much faster growth than all occupations",
    } as Record<string, string>,
    growthRule:
      "Growth words compare the projected change with the all-occupations change: within 1 percentage point is “about the same”; more than 4 points above is “much faster”; any decline is “shrink”.",
    entryEducationNames: {
      "No formal educational credential": "No formal educational credential",
      "High school diploma or equivalent": "High school diploma or equivalent",
      "Postsecondary nondegree award": "Postsecondary nondegree award",
      "Some college, no degree": "Some college, no degree",
      "Associate's degree": "Associate's degree",
      "Bachelor's degree": "Bachelor's degree",
      "Master's degree": "Master's degree",
      "Doctoral or professional degree": "Doctoral or professional degree",
    } as Record<string, string>,
    rlCategoryNames: {
      1: "Less than a high school diploma",
      2: "High school diploma",
      3: "Post-secondary certificate",
      4: "Some college courses",
      5: "Associate's degree (or other 2-year degree)",
      6: "Bachelor's degree",
      7: "Post-baccalaureate certificate",
      8: "Master's degree",
      9: "Post-master's certificate",
      10: "First professional degree",
      11: "Doctoral degree",
      12: "Post-doctoral training",
    } as Record<number, string>,
    rlModeValue: (label: string, pct: number) => `${label} (${pct}% of respondents)`,
    usOnly: "These are U.S. figures. Pay and demand differ in other countries.",
  },
  modelNames: {
    holland: "Holland interests (RIASEC)",
    chaside: "Study areas (CHASIDE tradition)",
    mmmg: "Work values (MMMG motivations)",
    bigFive: "Personality (Big Five)",
    vak: "How you like to take things in (VAK)",
  } as Record<string, string>,
  countryNames: {} as Record<string, string>,
  modelMeasures: Object.fromEntries(Object.entries(MODEL_LABELS).map(([m, l]) => [m, l.measures])) as Record<string, string>,
  dimensionLabels: DIMENSION_LABELS as Record<string, Record<string, { name: string; plain: string }>>,
  riasecNames: {
    R: "Realistic",
    I: "Investigative",
    A: "Artistic",
    S: "Social",
    E: "Enterprising",
    C: "Conventional",
  },
  about: {
    title: "About Rumbo",
    description: "Who writes Rumbo, where its data comes from, how the test works and how we protect your privacy.",
  },
  notFound: {
    title: "Page not found",
    otherLanguage: "¿Buscabas la versión en español? Empieza en la portada en español.",
    heading: "We could not find that page",
    text: "The address may be mistyped, or the page may have moved. Try the career catalog or the test.",
  },
  test: {
    title: "Free career test: 21 questions, about 3 minutes",
    description:
      "Answer 21 short statements and get careers ranked by a match index that blends interests (Holland RIASEC and CHASIDE), motivations, personality and how you like to work — with the reasons for each match. No sign-up.",
    heading: "Career test",
    intro:
      "Read each statement and choose how much you agree. There are no right or wrong answers: answer for how you are, not how you think you should be. It takes about three minutes.",
    privacy:
      "No sign-up and nothing is sent to us. While you answer, this browser keeps your answers so you can continue if you close the page; they are deleted when you see your results or press “Start over”. Your result lives only in its link.",
    forCareer: (title: string) =>
      `At the end you will see how well ${title} fits you, followed by your other top careers.`,
    /** The 21 items in this language, in id order (the key and loadings are in lib/assessment/questions.ts). */
    items: QUESTIONS.map((q) => q.text),
    /** Answer n (1-5) is scale[n - 1]. */
    scale: [...SCALE_LABELS] as string[],
    questionTemplate: "Question {n} of {total}",
    progressTemplate: "{n} of {total} answered",
    back: "Back",
    next: "Next",
    submit: "See my results",
    required: "Please choose an answer before going on.",
    resumed: "Welcome back: we restored the answers you gave earlier in this browser. Press “Start over” to clear them.",
    startOver: "Start over",
    methodologyLink: "How the test works and what it can and cannot tell you",
  },
  result: {
    title: "Your career test results",
    description: "Careers ranked by how closely their typical activities and demands resemble your answers.",
    heading: "Your results",
    careerFirst: (title: string) => `How ${title} matches you`,
    summaryHeading: "What your answers say about you",
    leadInterests: "Interests that lead (Holland)",
    noClearLead: "No clear lead: several are close, within what 21 answers can tell apart",
    qualityFlags: {
      "no-variation": "You gave the same answer to every question.",
      "straight-lining": "Long runs of the same answer in a row.",
      "repeating-pattern": "The answers follow a repeating pattern rather than the questions.",
      "mostly-neutral": "Most answers are “Not sure”, so there is little to compare.",
      acquiescent: "You agreed with statements that say opposite things, which usually means agreeing with everything.",
      inconsistent: "Some answers contradict each other (questions written to mean opposite things got the same answer).",
      "flat-interests": "Your interest scores are close together, so no kind of activity clearly stands out.",
      "unstable-ranking": "Small changes to your answers would change the suggested careers a lot.",
      extreme: "Almost every answer is at an extreme, which can exaggerate differences.",
    } as Record<string, string>,
    withheldHeading: "Your answers do not tell us enough to suggest careers",
    withheldText:
      "To suggest careers, the test needs answers that differ from question to question. Here is what we noticed:",
    withheldWhatNow:
      "That is fine — it often means the questions did not feel right yet. Try again and answer each one on its own, more decisively, or talk your interests through with a school counselor. Your profile is still shown below, but we do not label any career as a fit.",
    chosenInTier: (tier: string) => `Among your suggestions: ${tier}.`,
    chosenNotInTiers: "Not among your suggested careers. Here is how it compares with your answers:",
    tiersHeading: "Careers to explore",
    tiersIntro: (runs: number, top: number) =>
      `We re-scored your answers ${runs} times with small random changes, like taking the test again on another day. Careers are grouped by how often they stayed in your top ${top}. Within a group the order means nothing, so they are listed A-Z.`,
    tiers: { "very-likely": "Very likely for you", likely: "Likely for you", "worth-a-look": "Worth a look" } as Record<string, string>,
    tierMeaning: {
      "very-likely": (outOfTen: number) => `Stayed in your top 10 in at least ${outOfTen} of 10 retests.`,
      likely: (outOfTen: number) => `Stayed in your top 10 in at least ${outOfTen} of 10 retests.`,
      "worth-a-look": (outOfTen: number) => `In your top 10 today, or in at least ${outOfTen} of 10 retests: less certain.`,
    } as Record<string, (outOfTen: number) => string>,
    stabilityLine: (outOfTen: number) => `In your top 10 in ${outOfTen} of 10 retests.`,
    detailsSummary: (index: number) => `Match index ${index} and how each model contributed`,
    range: "Likely range",
    rangeValue: (low: number, high: number) => `${low}–${high}`,
    rangeNote:
      "Each score comes with a likely range: with only a few questions behind each one, a retest could land anywhere in it. Scores whose ranges overlap cannot be told apart.",
    blocks: {
      interests: "Interests: activities and study areas you enjoy",
      values: "What you want from work",
      personality: "How you usually act",
      vak: "How you like to take things in (the weakest signal)",
    } as Record<string, string>,
    shareHeading: "Keep or share this result",
    topHeading: "Your top 10 careers",
    matchIndex: "Match index",
    outOf: "out of 100",
    bands: { strong: "Strong fit", good: "Good fit", possible: "Possible fit", weak: "Weak fit" } as Record<
      string,
      string
    >,
    similarFit: "Similar fit to the career above",
    breakdown: "How each model contributed",
    breakdownNote: "Similarity is 0-100 per model; points = weight × similarity, before calibration to the match index.",
    chosenRank: (rank: number, total: number) => `Rank ${rank} of ${total} careers in the catalog.`,
    hollandCode: "Holland code",
    studyAreas: "Study areas",
    topMotivations: "Top motivations",
    printLine: (url: string, version: string) => `${url} · scoring version ${version}`,
    versionLine: (version: string) => `Scoring version ${version}.`,
    dimension: "Dimension",
    hexagonTitle: (values: string) => `Interest hexagon: ${values} (0-100)`,
    barsCaption: (model: string) => `${model}: your scores from 0 to 100`,
    score: "Score (0-100)",
    model: "Model",
    similarity: "Similarity",
    weight: "Weight",
    points: "Points",
    estimated: "estimated",
    estimatedNote:
      "“estimated” means O*NET has no data for this model for the career's occupation, so Rumbo filled it from closely related occupations.",
    why: "Why it may fit you",
    whyMixed: "Where it fits and where it may not",
    whyNot: "Why it may not fit you",
    words: {
      list: (items: string[]) =>
        items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
      quote: {
        interests: (q: string) => `People in it tend to enjoy “${q}”.`,
        strengths: (q: string) => `It calls for “${q}”.`,
        technical: (q: string) => `Day to day the work includes “${q}”.`,
        human: (q: string) => `It also means “${q}”.`,
        paths: (q: string) => `One path it leads to: “${q}”.`,
      } as Record<string, (q: string) => string>,
      fitHigh: (w: Words) => `You enjoy ${w.plain}, and ${w.title} is among the occupations highest in ${w.names}.${w.quote ? ` ${w.quote}` : ""}`,
      fitLow: (w: Words) => `You are not drawn to ${w.plain}, and ${w.title} asks little of it.${w.quote ? ` ${w.quote}` : ""}`,
      misfitCareerHigh: (w: Words) =>
        `${w.title} involves a lot of ${w.names}, which you rated low.${w.quote ? ` ${w.quote}` : ""}`,
      misfitCareerLow: (w: Words) =>
        `You rated ${w.names} high, but ${w.title} is among the occupations lowest in it.${w.quote ? ` ${w.quote}` : ""}`,
      caution: (w: Words) => `you are not keen on ${w.plain}: ${w.title} calls for a lot of it.`,
    },
    caution: "Might not suit you if",
    confidence: { high: "High confidence", medium: "Medium confidence", low: "Low confidence" } as Record<
      string,
      string
    >,
    confidenceHeading: "How sure is this result?",
    meaning:
      "The match index (0-100) compares your answers with each career's typical activities and demands. 70 means a closer match than most person-career pairs, not a 70% chance of anything. It does not predict success or satisfaction.",
    retake: "If you retake the test, the order may shift; careers that keep appearing are the strongest signals.",
    profileHeading: "Your answers, model by model",
    copyLink: "Copy link to these results",
    copied: "Link copied",
    print: "Print",
    shareHint:
      "Bookmark or share this page's address to come back to these results. The link contains your answers and nothing else.",
    retakeLink: "Take the test again",
    viewCareer: (title: string) => `Read about ${title}`,
    counselor: "Talk these results through with a school counselor, a teacher or someone who works in the field.",
    problems: {
      "answer-count": (v: Values) =>
        `The "a" parameter has ${v.count === 1 ? "1 answer" : `${v.count} answers`}, expected ${v.expected}.`,
      "answer-not-digit": (v: Values) => `Answer ${v.position} is "${v.char}"; each answer must be a digit from 1 to 5.`,
      "answers-more-not-digits": (v: Values) => `${v.count} more answers are not digits from 1 to 5.`,
      "version-format": (v: Values) => `"${v.value}" is not a test version; the version is a number like ${v.example}.`,
      "version-unknown": (v: Values) => `Version ${v.version} of the test does not exist.`,
      "career-unknown": (v: Values) => `There is no career called "${v.career}".`,
      "query-too-long": (v: Values) =>
        `The address is too long (${v.length} characters in its query; the limit is ${v.limit}).`,
      "param-repeated": (v: Values) => `The "${v.name}" parameter appears ${v.times} times; give it once.`,
      "param-too-long": (v: Values) =>
        `The "${v.name}" parameter is ${v.length} characters long; the limit is ${v.limit}.`,
      "other-param-too-long": (v: Values) =>
        `A parameter of the address is ${v.length} characters long; the limit is ${v.limit}.`,
      "answers-missing": (v: Values) =>
        `The "a" parameter with your ${v.expected} answers is missing; take the test to get a result link.`,
      "answers-incomplete": (v: Values) =>
        `Some questions have no answer: ${v.first}${Number(v.more) > 0 ? ` and ${v.more} more` : ""}. Every question needs an answer from 1 to 5.`,
    } as Record<string, (v: Values) => string>,
    invalidTitle: "This result link does not work",
    invalidHeading: "We could not read this result link",
    invalidIntro: "The link may have been cut short or changed when it was copied. Here is what is wrong:",
    invalidHelp:
      "A result link looks like /test/result?a= followed by 21 digits from 1 to 5 (one per question, in order). You can take the test again; it takes about three minutes.",
  },
  attribution: {
    onet: "This page includes information from the O*NET 30.1 and 30.0 Databases by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.",
    modified:
      "Rumbo has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.",
  },
};

export type Dictionary = typeof en;
