// The O*NET → model crosswalks of methodology §3, written as data so /methodology can print them
// and profiles.ts only has to apply them. Keys are O*NET element names exactly as in content/data.

/** Element weights of one composite; a negative weight lowers the composite (reverse-scored). */
export type Composite = Readonly<Record<string, number>>;

/** §3.2, 2025 work-styles taxonomy: Work Styles Impact (WI) → Big Five trait demands. */
export const WORK_STYLES_TO_BIG_FIVE: Readonly<Record<"O" | "C" | "E" | "A" | "ES", Composite>> = {
  O: {
    Innovation: 1.0,
    "Intellectual Curiosity": 1.0,
    "Tolerance for Ambiguity": 0.5,
    Adaptability: 0.5,
    Cautiousness: -0.3,
  },
  C: {
    Dependability: 1.0,
    "Attention to Detail": 1.0,
    "Achievement Orientation": 1.0,
    Perseverance: 0.5,
    Cautiousness: 0.5,
    Initiative: 0.5,
    Integrity: 0.3,
  },
  E: {
    "Leadership Orientation": 1.0,
    "Social Orientation": 1.0,
    "Self-Confidence": 0.5,
    Optimism: 0.5,
    Initiative: 0.3,
  },
  A: {
    Cooperation: 1.0,
    Empathy: 1.0,
    Humility: 0.5,
    Sincerity: 0.5,
    Integrity: 0.5,
    "Self-Control": 0.3,
  },
  ES: {
    "Stress Tolerance": 1.0,
    "Self-Control": 0.5,
    Optimism: 0.5,
    "Self-Confidence": 0.5,
    Adaptability: 0.5,
    "Tolerance for Ambiguity": 0.3,
  },
};

/** Work styles are clipped at these percentiles across occupations before rescaling to 0-1 (§3.2). */
export const WORK_STYLE_CLIP_PERCENTILES = { low: 0.01, high: 0.99 } as const;

/** §3.3: Work Values Extent (EX, 1-7) element → motivations dimension. */
export const WORK_VALUES_TO_MMMG: Readonly<Record<string, string>> = {
  Achievement: "achievement",
  Independence: "independence",
  Recognition: "recognition",
  Relationships: "relationships",
  Support: "support",
  "Working Conditions": "workingConditions",
};

/** §3.4: Knowledge importance (IM, 1-5) → CHASIDE area composites. */
export const KNOWLEDGE_TO_CHASIDE: Readonly<Record<"C" | "H" | "A" | "S" | "I" | "D" | "E", Composite>> = {
  C: {
    "Economics and Accounting": 1.0,
    "Administration and Management": 1.0,
    Administrative: 1.0,
    "Sales and Marketing": 0.5,
    "Personnel and Human Resources": 0.5,
    "Customer and Personal Service": 0.3,
  },
  H: {
    "Law and Government": 1.0,
    "History and Archeology": 1.0,
    "Philosophy and Theology": 1.0,
    "Sociology and Anthropology": 1.0,
    "English Language": 0.5,
    "Foreign Language": 0.5,
    Psychology: 0.5,
    "Education and Training": 0.5,
    "Communications and Media": 0.3,
    Geography: 0.3,
  },
  A: { "Fine Arts": 1.0, Design: 1.0, "Communications and Media": 0.5, "English Language": 0.3 },
  S: {
    "Medicine and Dentistry": 1.0,
    "Therapy and Counseling": 1.0,
    Biology: 0.5,
    Psychology: 0.5,
    Chemistry: 0.3,
    "Customer and Personal Service": 0.3,
  },
  I: {
    "Engineering and Technology": 1.0,
    "Computers and Electronics": 1.0,
    Mechanical: 0.5,
    "Building and Construction": 0.5,
    Telecommunications: 0.5,
    Mathematics: 0.5,
    Physics: 0.5,
    Design: 0.3,
    "Production and Processing": 0.3,
  },
  D: { "Public Safety and Security": 1.0, "Law and Government": 0.5, Transportation: 0.3, Psychology: 0.3 },
  E: { Mathematics: 1.0, Physics: 1.0, Chemistry: 1.0, Biology: 1.0, "Food Production": 1.0, Geography: 0.5 },
};

/** §3.4: each CHASIDE area also borrows from the occupation's RIASEC profile (0-1 scale). */
export const RIASEC_PROXY_FOR_CHASIDE: Readonly<Record<"C" | "H" | "A" | "S" | "I" | "D" | "E", Composite>> = {
  C: { C: 0.7, E: 0.3 },
  H: { S: 0.5, A: 0.3, E: 0.2 },
  A: { A: 1.0 },
  S: { S: 0.6, I: 0.4 },
  I: { R: 0.5, I: 0.5 },
  D: { R: 0.5, E: 0.3, S: 0.2 },
  E: { I: 0.7, R: 0.3 },
};

/** CHASIDE area = 0.7 × knowledge composite + 0.3 × RIASEC proxy. */
export const CHASIDE_BLEND = { knowledge: 0.7, riasec: 0.3 } as const;

/**
 * Knowledge barely covers defence and security, so protective-service occupations (SOC 33) get +0.2 on
 * D (capped at 1). Military occupations (SOC 55) have no O*NET ratings at all; they borrow the profile
 * of SOC 33 (see SOC_GROUP_STAND_INS) and therefore the same bump.
 */
export const CHASIDE_D_BUMP = { socMajorGroups: ["33", "55"], amount: 0.2 } as const;

/** §3.5: Abilities importance (IM, 1-5) → the sensory and motor demands of the work. */
export const ABILITIES_TO_VAK: Readonly<Record<"V" | "A" | "K", Composite>> = {
  V: {
    Visualization: 1.0,
    "Visual Color Discrimination": 1.0,
    "Near Vision": 1.0,
    "Far Vision": 0.5,
    "Depth Perception": 0.5,
    "Spatial Orientation": 0.5,
    "Perceptual Speed": 0.5,
    "Flexibility of Closure": 0.5,
    "Speed of Closure": 0.3,
  },
  A: {
    "Hearing Sensitivity": 1.0,
    "Auditory Attention": 1.0,
    "Speech Recognition": 1.0,
    "Oral Comprehension": 1.0,
    "Sound Localization": 0.5,
    "Oral Expression": 0.5,
    "Speech Clarity": 0.5,
  },
  K: {
    "Manual Dexterity": 1.0,
    "Finger Dexterity": 1.0,
    "Arm-Hand Steadiness": 1.0,
    "Multilimb Coordination": 1.0,
    "Control Precision": 0.5,
    "Wrist-Finger Speed": 0.5,
    "Gross Body Coordination": 0.5,
    "Static Strength": 0.5,
    "Dynamic Strength": 0.5,
    "Trunk Strength": 0.3,
    Stamina: 0.3,
  },
};

/**
 * Major groups with no usable O*NET ratings borrow another group's mean in the gap rule. Military
 * occupations (55) are closest to protective service (33) in what the work demands.
 */
export const SOC_GROUP_STAND_INS: Readonly<Record<string, string>> = { "55": "33" };

/** Gap rule: how many O*NET related occupations (in O*NET's order) are averaged. */
export const RELATED_OCCUPATIONS_FOR_GAPS = 10;

/** Nominal ranges of the O*NET scales, used to map each rating onto 0-1 (§3). */
export const ONET_SCALES = {
  interests: { min: 1, max: 7 },
  workValuesExtent: { min: 1, max: 7 },
  importance: { min: 1, max: 5 },
} as const;
