// Bridges the no-JavaScript test form to the result-URL contract: a plain GET form submits one
// parameter per item (q1 … q21); this folds them into the canonical `a` string or says what is missing.
import { QUESTION_COUNT, SCALE } from "./questions";

export type FormAnswers =
  | { kind: "none" } // not a form submission: the URL uses `a` (or nothing)
  | { kind: "complete"; a: string }
  | { kind: "incomplete"; missing: number[] };

export function collectFormAnswers(params: Record<string, string | string[] | undefined>): FormAnswers {
  const itemKeys = Object.keys(params).filter((key) => /^q\d{1,2}$/.test(key));
  if (itemKeys.length === 0 || params.a !== undefined) return { kind: "none" };
  const digits: string[] = [];
  const missing: number[] = [];
  for (let id = 1; id <= QUESTION_COUNT; id++) {
    const value = params[`q${id}`];
    const n = typeof value === "string" ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= SCALE.min && n <= SCALE.max) digits.push(String(n));
    else missing.push(id);
  }
  return missing.length > 0 ? { kind: "incomplete", missing } : { kind: "complete", a: digits.join("") };
}
