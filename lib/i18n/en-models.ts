// English names of the five models and their dimensions, for the English dictionary (en.ts). The
// scoring core only knows the keys (lib/assessment/models.ts); the Spanish words are in es.ts.
import type { Model } from "@/lib/assessment/models";

export const MODEL_LABELS: Record<Model, { name: string; short: string; measures: string }> = {
  holland: {
    name: "Holland interests (RIASEC)",
    short: "Interests",
    measures: "which kinds of activity you enjoy: things, ideas, creating, people, leading, order",
  },
  chaside: {
    name: "Field-of-study interests (CHASIDE tradition)",
    short: "Study areas",
    measures: "which of seven university study areas your interests point to",
  },
  mmmg: {
    name: "Motivations (MMMG)",
    short: "Motivations",
    measures:
      "what you want work to give you; Rumbo's motivations module based on the six work values of the Theory of Work Adjustment that O*NET uses",
  },
  bigFive: {
    name: "Personality traits (Big Five)",
    short: "Personality",
    measures: "how you usually act, compared with the work-style demands of each job",
  },
  vak: {
    name: "Seeing, listening/talking, doing (VAK)",
    short: "How you like to work",
    measures:
      "whether you prefer seeing, listening and talking, or doing, compared with the sensory and hands-on demands of the work (not a learning style)",
  },
};

/**
 * `plain` is a phrase a 15-year-old understands. It is written to fit the reason sentences of the result
 * page ("You enjoy …", "Might not suit you if you dislike …"), so keep it a lower-case -ing phrase.
 */
export const DIMENSION_LABELS: Record<Model, Record<string, { name: string; plain: string }>> = {
  holland: {
    R: { name: "Realistic", plain: "working with tools, machines and your hands" },
    I: { name: "Investigative", plain: "figuring out how things work with facts and ideas" },
    A: { name: "Artistic", plain: "creating and designing original things" },
    S: { name: "Social", plain: "helping, teaching and looking after people" },
    E: { name: "Enterprising", plain: "leading, persuading and selling" },
    C: { name: "Conventional", plain: "keeping records, numbers and schedules in order" },
  },
  chaside: {
    C: { name: "Administration and accounting", plain: "running budgets, businesses and offices" },
    H: { name: "Humanities, law and social sciences", plain: "understanding society, history, law and language" },
    A: { name: "Arts and design", plain: "making art, design and media" },
    S: { name: "Health sciences", plain: "learning how the body works and caring for people's health" },
    I: { name: "Engineering and computing", plain: "building technology, machines and software" },
    D: { name: "Defence and security", plain: "protecting people and keeping order" },
    E: { name: "Exact and natural sciences", plain: "studying maths, science, nature and farming" },
  },
  mmmg: {
    achievement: { name: "Achievement", plain: "using your abilities and seeing what you achieved" },
    independence: { name: "Independence", plain: "deciding for yourself how to do your work" },
    recognition: { name: "Recognition", plain: "being noticed, respected and able to move up" },
    relationships: { name: "Relationships", plain: "working with people you get on with and helping others" },
    support: { name: "Support", plain: "having a fair boss who backs you up" },
    workingConditions: { name: "Working conditions", plain: "having steady work, fair pay and good conditions" },
  },
  bigFive: {
    O: { name: "Openness to new ideas", plain: "being curious and trying new approaches" },
    C: { name: "Conscientiousness", plain: "being organised, careful and reliable" },
    E: { name: "Extraversion", plain: "being outgoing and taking the lead in groups" },
    A: { name: "Agreeableness", plain: "being cooperative and considerate" },
    // Never "neuroticism" in user-facing text (methodology §5.3).
    ES: { name: "Emotional steadiness under pressure", plain: "staying calm under pressure" },
  },
  vak: {
    V: { name: "Seeing", plain: "working with images, diagrams and visual detail" },
    A: { name: "Listening and talking", plain: "listening, talking and explaining" },
    K: { name: "Doing", plain: "hands-on work and moving around" },
  },
};
