// The 21 items of the Rumbo assessment and their scoring key (item → dimension loadings), as data.
// The same key is published at /methodology/key.json; bump ASSESSMENT_VERSION when items or weights change.
import type { Model } from "./models";

export const ASSESSMENT_VERSION = "2";

export const SCALE = { min: 1, max: 5 } as const;

/** Answer n (1-5) is SCALE_LABELS[n - 1]. There is deliberately no "don't know" option. */
export const SCALE_LABELS = ["Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"] as const;

export interface Loading {
  model: Model;
  dimension: string;
  /** 1.0 primary, 0.5 secondary, 0.3 tertiary; negative = the item describes the low pole. */
  weight: number;
}

export interface Question {
  /** 1-21, also the position of the answer in the result URL. */
  id: number;
  text: string;
  loadings: Loading[];
}

const load = (model: Model, dimension: string, weight: number): Loading => ({ model, dimension, weight });

/**
 * Items follow the blueprint of methodology §2.3 in our own words: concrete, first person, no job
 * titles. Items 14, 15 and 16 are reverse-keyed; 5↔15, 6↔14, 8↔16 and 20↔21 are the opposite-keyed
 * pairs used to spot agree-with-everything answering (confidence.ts).
 */
export const QUESTIONS: readonly Question[] = [
  {
    id: 1,
    text: "I like fixing or putting things together with my hands, like a bike, a piece of furniture or a gadget.",
    loadings: [
      load("holland", "R", 1.0),
      load("chaside", "I", 0.5),
      load("mmmg", "achievement", 0.3),
      load("vak", "K", 0.5),
    ],
  },
  {
    id: 2,
    text: "I enjoy using numbers, experiments or logic to work out why something happens.",
    loadings: [
      load("holland", "I", 1.0),
      load("chaside", "E", 0.5),
      load("chaside", "I", 0.5),
      load("bigFive", "O", 0.3),
    ],
  },
  {
    id: 3,
    text: "I enjoy making my own drawings, designs, videos or other creative work.",
    loadings: [
      load("holland", "A", 1.0),
      load("chaside", "A", 1.0),
      load("bigFive", "O", 0.5),
      load("mmmg", "independence", 0.3),
      load("vak", "V", 0.5),
    ],
  },
  {
    id: 4,
    text: "I like explaining things to other people or helping a friend work through a problem.",
    loadings: [
      load("holland", "S", 1.0),
      load("chaside", "H", 0.5),
      load("chaside", "S", 0.3),
      load("bigFive", "A", 0.5),
      load("mmmg", "relationships", 0.5),
      load("vak", "A", 0.3),
    ],
  },
  {
    id: 5,
    text: "In a group, I like to take charge and convince others to go with my plan.",
    loadings: [
      load("holland", "E", 1.0),
      load("chaside", "C", 0.3),
      load("bigFive", "E", 0.5),
      load("mmmg", "recognition", 1.0),
    ],
  },
  {
    id: 6,
    text: "I like keeping lists, budgets or schedules neat and exact.",
    loadings: [load("holland", "C", 1.0), load("chaside", "C", 1.0), load("bigFive", "C", 0.5), load("vak", "V", 0.3)],
  },
  {
    id: 7,
    text: "I'm interested in how the human body works and how to look after people who are sick or hurt.",
    loadings: [
      load("holland", "I", 0.5),
      load("holland", "S", 0.5),
      load("chaside", "S", 1.0),
      load("bigFive", "A", 0.3),
      load("mmmg", "relationships", 0.3),
    ],
  },
  {
    id: 8,
    text: "In an emergency I stay calm and act fast, and I would step in to protect people or make sure rules are followed.",
    loadings: [load("holland", "R", 0.5), load("chaside", "D", 1.0), load("bigFive", "ES", 0.5), load("vak", "K", 0.3)],
  },
  {
    id: 9,
    text: "I would enjoy working outdoors with plants, animals, soil or the weather.",
    loadings: [load("holland", "R", 0.5), load("holland", "I", 0.3), load("chaside", "E", 1.0), load("vak", "K", 0.3)],
  },
  {
    id: 10,
    text: "I enjoy debating or writing about questions of society, law or history.",
    loadings: [
      load("holland", "S", 0.3),
      load("holland", "E", 0.3),
      load("holland", "A", 0.3),
      load("chaside", "H", 1.0),
      load("bigFive", "O", 0.3),
      load("vak", "A", 0.5),
    ],
  },
  {
    id: 11,
    text: "When I explain an idea, I like to sketch it, draw a diagram or make a short video.",
    loadings: [load("holland", "A", 0.5), load("chaside", "A", 0.5), load("vak", "V", 1.0)],
  },
  {
    id: 12,
    text: "I understand things best when I listen, talk them through or explain them out loud to someone.",
    loadings: [load("holland", "S", 0.3), load("holland", "E", 0.3), load("bigFive", "E", 0.3), load("vak", "A", 1.0)],
  },
  {
    id: 13,
    text: "I understand things best by trying them out, building something or moving around.",
    loadings: [load("holland", "R", 0.5), load("vak", "K", 1.0)],
  },
  {
    id: 14,
    text: "Routine, detailed tasks bore me, and I often leave things half-finished.",
    loadings: [load("holland", "C", -0.5), load("chaside", "C", -0.3), load("bigFive", "C", -1.0)],
  },
  {
    id: 15,
    text: "In a group, I prefer to stay in the background.",
    loadings: [
      load("holland", "E", -0.3),
      load("holland", "S", -0.3),
      load("bigFive", "E", -1.0),
      load("mmmg", "recognition", -0.3),
    ],
  },
  {
    id: 16,
    text: "I worry a lot and get tense when I'm under pressure.",
    loadings: [
      load("chaside", "D", -0.3),
      load("bigFive", "ES", -1.0),
      load("mmmg", "support", 0.5),
      load("mmmg", "workingConditions", 0.3),
    ],
  },
  {
    id: 17,
    text: "I'm curious about ideas I don't know yet, and I like trying new ways of doing things.",
    loadings: [
      load("holland", "I", 0.3),
      load("holland", "A", 0.3),
      load("chaside", "E", 0.3),
      load("chaside", "A", 0.3),
      load("bigFive", "O", 1.0),
      load("mmmg", "independence", 0.3),
    ],
  },
  {
    id: 18,
    text: "I try to avoid arguments, and I'm considerate and cooperative with other people.",
    loadings: [
      load("holland", "S", 0.3),
      load("chaside", "S", 0.3),
      load("bigFive", "A", 1.0),
      load("mmmg", "relationships", 0.5),
    ],
  },
  {
    id: 19,
    text: "I want to do work where I use what I'm good at and can see the results of my effort.",
    loadings: [load("bigFive", "C", 0.3), load("mmmg", "achievement", 1.0), load("mmmg", "recognition", 0.3)],
  },
  {
    id: 20,
    text: "I want the freedom to decide how and when I do my work.",
    loadings: [
      load("holland", "E", 0.3),
      load("bigFive", "O", 0.3),
      load("mmmg", "independence", 1.0),
      load("mmmg", "support", -0.3),
    ],
  },
  {
    id: 21,
    text: "I'd choose a secure job with fair pay and a supportive boss over an exciting one that might not last.",
    loadings: [
      load("holland", "C", 0.3),
      load("chaside", "C", 0.3),
      load("bigFive", "O", -0.3),
      load("mmmg", "workingConditions", 1.0),
      load("mmmg", "support", 0.5),
    ],
  },
];

export const QUESTION_COUNT = 21;

/** Opposite-keyed item pairs (ids): agreeing with both halves of several pairs suggests acquiescence. */
export const OPPOSITE_PAIRS: readonly (readonly [number, number])[] = [
  [5, 15],
  [6, 14],
  [8, 16],
  [20, 21],
];

export const CHANGELOG: { version: string; date: string; changes: string }[] = [
  {
    version: "1",
    date: "2026-11-25",
    changes:
      "First version: 21 items on a 1-5 agreement scale, scored on five models (Holland .40, CHASIDE areas .20, motivations .20, Big Five .15, VAK .05), match index calibrated on simulated respondents.",
  },
  {
    version: "2",
    date: "2026-12-04",
    changes:
      "Same 21 items. Raw model weights refitted so each model's measured influence matches the design weights; Big Five person norms derived from the simulated respondents; careers shown as stability tiers; answer sets without information are withheld; profile scores carry uncertainty ranges.",
  },
];

/** Every version whose key is known; result URLs with any other `v` are answered with 404. */
export const KNOWN_VERSIONS: readonly string[] = CHANGELOG.map((entry) => entry.version);
