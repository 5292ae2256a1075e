import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH } from "@/lib/assessment/answers";
import { resolveCompareRequest, type SearchParams } from "@/lib/compare-request";

const KNOWN = new Set(["backend-developer", "registered-nurse", "chef", "electrician", "architect"]);
const isKnown = (id: string) => KNOWN.has(id);
const ANSWERS = "425314425334215432453";
const resolve = (params: SearchParams, locale: "en" | "es" = "en") => resolveCompareRequest(params, isKnown, locale);

describe("resolveCompareRequest", () => {
  it("accepts 2 to 4 known careers in the canonical comma-separated link, keeping their order", () => {
    expect(resolve({ careers: "chef,backend-developer" })).toEqual({
      kind: "ok",
      ids: ["chef", "backend-developer"],
      answers: null,
      answersUnreadable: false,
    });
    expect(resolve({ careers: "chef,backend-developer,registered-nurse,electrician" })).toMatchObject({
      kind: "ok",
      ids: ["chef", "backend-developer", "registered-nurse", "electrician"],
    });
  });

  it("reads a valid result from `a` and ignores other parameters", () => {
    expect(resolve({ careers: "chef,architect", a: ANSWERS, utm_source: "mail" })).toEqual({
      kind: "ok",
      ids: ["chef", "architect"],
      answers: Array.from(ANSWERS, Number),
      answersUnreadable: false,
    });
  });

  it("still compares when `a` is not a readable result, and says so", () => {
    for (const a of ["12", "4253144253342154324x3", [ANSWERS, ANSWERS]]) {
      expect(resolve({ careers: "chef,architect", a })).toEqual({
        kind: "ok",
        ids: ["chef", "architect"],
        answers: null,
        answersUnreadable: true,
      });
    }
    expect(resolve({ careers: "chef,architect", a: "" })).toMatchObject({ kind: "ok", answersUnreadable: false });
  });

  it("folds a no-JS form submission (one `careers` per field) into the canonical link, per locale (303 in the proxy)", () => {
    expect(resolve({ careers: ["backend-developer", "chef"] })).toEqual({
      kind: "redirect",
      location: "/compare?careers=backend-developer%2Cchef",
    });
    expect(resolve({ careers: ["chef", "architect,electrician"], a: ANSWERS }, "es")).toEqual({
      kind: "redirect",
      location: `/es/comparar?careers=chef%2Carchitect%2Celectrician&a=${ANSWERS}`,
    });
    // Repeats, blanks and spaces are tidied the same way; an unreadable `a` is dropped.
    expect(resolve({ careers: " chef, chef ,,architect", a: "12" })).toEqual({
      kind: "redirect",
      location: "/compare?careers=chef%2Carchitect",
    });
  });

  it("never redirects the canonical link to itself", () => {
    const first = resolve({ careers: ["chef", "architect"], a: ANSWERS });
    expect(first.kind).toBe("redirect");
    const url = new URL(first.kind === "redirect" ? first.location : "", "http://x");
    const again = resolve(Object.fromEntries(url.searchParams));
    expect(again).toMatchObject({ kind: "ok", ids: ["chef", "architect"] });
  });

  it("answers 400 for too few, too many or no careers, with the counts", () => {
    expect(resolve({ careers: "chef" })).toEqual({
      kind: "invalid",
      status: 400,
      problems: [{ code: "too-few", values: { count: 1, min: 2 } }],
      answers: null,
    });
    expect(resolve({ careers: "chef,chef" })).toMatchObject({ status: 400, problems: [{ code: "too-few" }] });
    expect(resolve({ careers: "chef,architect,electrician,registered-nurse,backend-developer" })).toEqual({
      kind: "invalid",
      status: 400,
      problems: [{ code: "too-many", values: { count: 5, max: 4 } }],
      answers: null,
    });
    for (const params of [{}, { careers: "" }, { careers: " , ," }, { careers: [] }]) {
      expect(resolve(params)).toMatchObject({ kind: "invalid", status: 400, problems: [{ code: "careers-missing" }] });
    }
  });

  it("answers 404 naming each unknown or malformed career", () => {
    expect(resolve({ careers: "chef,astronaut-wizard" })).toEqual({
      kind: "invalid",
      status: 404,
      problems: [{ code: "career-unknown", values: { career: "astronaut-wizard" } }],
      answers: null,
    });
    expect(resolve({ careers: "Chef,<script>,architect", a: ANSWERS })).toEqual({
      kind: "invalid",
      status: 404,
      problems: [
        { code: "career-unknown", values: { career: "Chef" } },
        { code: "career-unknown", values: { career: "<script>" } },
      ],
      answers: ANSWERS,
    });
    // A long unknown id is cut short, never echoed whole.
    const long = `x${"-y".repeat(100)}`;
    const verdict = resolve({ careers: `chef,${long}` });
    expect(verdict).toMatchObject({ status: 404 });
    expect(verdict.kind === "invalid" && String(verdict.problems[0]?.values.career).length).toBeLessThanOrEqual(41);
  });

  it("lets a malformed request (400) win over unknown careers, and lists both", () => {
    expect(resolve({ careers: "astronaut-wizard" })).toEqual({
      kind: "invalid",
      status: 400,
      problems: [
        { code: "too-few", values: { count: 1, min: 2 } },
        { code: "career-unknown", values: { career: "astronaut-wizard" } },
      ],
      answers: null,
    });
  });

  it("rejects an oversized query before reading it", () => {
    expect(resolve({ careers: "chef,architect", x: "y".repeat(MAX_QUERY_LENGTH) })).toMatchObject({
      kind: "invalid",
      status: 400,
      problems: [{ code: "query-too-long" }],
    });
  });

  it("treats a failing career lookup as unknown rather than crashing", () => {
    const verdict = resolveCompareRequest({ careers: "chef,architect" }, () => {
      throw new Error("disk gone");
    });
    expect(verdict).toMatchObject({ kind: "invalid", status: 404 });
  });
});
