// The result-URL contract: encoding answers and validating /test/result queries.
import { describe, expect, it } from "vitest";
import { encodeAnswers, parseResultQuery, type ResultQuery } from "@/lib/assessment/answers";
import type { ResultQueryProblem } from "@/lib/assessment/answers";
import { en } from "@/lib/i18n/en";

/** The problem as the English page words it (the core returns codes and values only). */
function worded(problem: ResultQueryProblem | undefined): { param: string; message: string } {
  if (!problem) return { param: "", message: "" };
  return { param: problem.param, message: en.result.problems[problem.code]?.(problem.values) ?? problem.code };
}
import { ASSESSMENT_VERSION } from "@/lib/assessment/questions";

const VALID = "123451234512345123451";
const known = (slug: string) => slug === "backend-developer";

function problemsOf(result: ResultQuery) {
  if (result.ok) throw new Error("expected a failed parse");
  return result;
}

describe("encodeAnswers", () => {
  it("round-trips through parseResultQuery", () => {
    const answers = Array.from(VALID, Number);
    const a = encodeAnswers(answers);
    expect(a).toBe(VALID);
    expect(parseResultQuery({ a }, known)).toEqual({ ok: true, answers, career: null, version: ASSESSMENT_VERSION });
  });

  it("refuses answers it could not encode", () => {
    expect(() => encodeAnswers([1, 2, 3])).toThrow(/21/);
    expect(() => encodeAnswers(Array.from({ length: 21 }, () => 6))).toThrow(/answer 1/);
    expect(() => encodeAnswers(Array.from({ length: 21 }, () => 2.5))).toThrow();
  });
});

describe("parseResultQuery", () => {
  it("accepts a known career and version and ignores unknown parameters", () => {
    expect(parseResultQuery({ a: VALID, career: "backend-developer", v: "1", utm_source: "x" }, known)).toMatchObject({
      ok: true,
      career: "backend-developer",
      version: "1",
    });
  });

  it("treats empty career and v as absent", () => {
    expect(parseResultQuery({ a: VALID, career: "", v: "" }, known)).toMatchObject({
      ok: true,
      career: null,
      version: ASSESSMENT_VERSION,
    });
  });

  it("needs a", () => {
    const result = problemsOf(parseResultQuery({}, known));
    expect(result.status).toBe(400);
    expect(result.problems.map(worded)).toEqual([{ param: "a", message: expect.stringMatching(/missing/) }]);
  });

  it("says how many answers there are when the count is wrong", () => {
    const result = problemsOf(parseResultQuery({ a: VALID.slice(0, 19) }, known));
    expect(result.status).toBe(400);
    expect(worded(result.problems[0]).message).toContain("has 19 answers, expected 21");
    expect(worded(problemsOf(parseResultQuery({ a: "" }, known)).problems[0]).message).toContain("has 0 answers");
  });

  it("names the position and value of a bad answer", () => {
    const a = `${VALID.slice(0, 6)}x${VALID.slice(7)}`;
    const result = problemsOf(parseResultQuery({ a }, known));
    expect(result.status).toBe(400);
    expect(result.problems.map(worded)).toEqual([
      { param: "a", message: 'Answer 7 is "x"; each answer must be a digit from 1 to 5.' },
    ]);
    const zeros = problemsOf(parseResultQuery({ a: "0".repeat(21) }, known));
    expect(zeros.problems).toHaveLength(4); // three named, then a count of the rest
    expect(worded(zeros.problems[3]).message).toContain("18 more");
  });

  it("rejects repeated parameters", () => {
    const result = problemsOf(parseResultQuery({ a: [VALID, VALID] }, known));
    expect(result.status).toBe(400);
    expect(worded(result.problems[0])).toEqual({ param: "a", message: expect.stringContaining("appears 2 times") });
    expect(problemsOf(parseResultQuery({ a: VALID, v: ["1", "1"] }, known)).problems[0]?.param).toBe("v");
  });

  it("answers 404 for a version that does not exist and 400 for one that is not a number", () => {
    const missing = problemsOf(parseResultQuery({ a: VALID, v: "9" }, known));
    expect(missing.status).toBe(404);
    expect(worded(missing.problems[0]).message).toBe("Version 9 of the test does not exist.");
    expect(problemsOf(parseResultQuery({ a: VALID, v: "beta" }, known)).status).toBe(400);
  });

  it("answers 404 for an unknown or malformed career slug", () => {
    expect(problemsOf(parseResultQuery({ a: VALID, career: "astronaut" }, known)).status).toBe(404);
    const malformed = problemsOf(parseResultQuery({ a: VALID, career: "Backend_Developer" }, known));
    expect(malformed.status).toBe(404);
    expect(malformed.problems[0]?.param).toBe("career");
  });

  it("does not echo oversized values and limits the whole query", () => {
    const long = `${VALID}${"9".repeat(300)}`;
    const result = problemsOf(parseResultQuery({ a: long }, known));
    expect(result.status).toBe(400);
    expect(worded(result.problems[0]).message).toContain("321 characters");
    expect(worded(result.problems[0]).message).not.toContain("999999999");
    const extra = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`x${i}`, "y".repeat(150)]));
    const total = problemsOf(parseResultQuery({ a: VALID, ...extra }, known));
    expect(total.status).toBe(400);
    expect(total.problems.map(worded)).toEqual([{ param: "query", message: expect.stringContaining("limit is 2000") }]);
    expect(problemsOf(parseResultQuery({ a: VALID, junk: "y".repeat(201) }, known)).problems[0]?.param).toBe("query");
  });

  it("reports every problem, with 400 taking precedence over 404", () => {
    const result = problemsOf(parseResultQuery({ a: "12", career: "astronaut", v: "7" }, known));
    expect(result.status).toBe(400);
    expect(result.problems.map((p) => p.param).sort()).toEqual(["a", "career", "v"]);
  });

  it("never throws, even when the career lookup does", () => {
    const throwing = () => {
      throw new Error("lookup failed");
    };
    expect(parseResultQuery({ a: VALID, career: "backend-developer" }, throwing)).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});
