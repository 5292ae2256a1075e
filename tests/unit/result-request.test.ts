import { describe, expect, it } from "vitest";
import { collectFormAnswers } from "@/lib/assessment/form";
import { ASSESSMENT_VERSION } from "@/lib/assessment/questions";
import { resolveResultRequest } from "@/lib/assessment/request";

const known = (slug: string) => slug === "backend-developer";
const form = (answers: string, extra: Record<string, string> = {}) =>
  Object.fromEntries([...answers].map((a, i) => [`q${i + 1}`, a]).concat(Object.entries(extra)));

describe("no-JS form answers", () => {
  it("folds q1..q21 into the canonical result link, keeping a known career", () => {
    expect(resolveResultRequest(form("445234142443232454343", { career: "backend-developer" }), known)).toEqual({
      kind: "redirect",
      location: "/test/result?a=445234142443232454343&career=backend-developer",
    });
  });
  it("drops an unknown career from a form submission instead of failing", () => {
    expect(resolveResultRequest(form("445234142443232454343", { career: "nope" }), known)).toEqual({
      kind: "redirect",
      location: "/test/result?a=445234142443232454343",
    });
  });
  it("lists missing or invalid items", () => {
    const params = form("4452341424432324543");
    params.q3 = "9";
    expect(collectFormAnswers(params)).toEqual({ kind: "incomplete", missing: [3, 20, 21] });
    const verdict = resolveResultRequest(params, known);
    expect(verdict.kind === "invalid" && verdict.status).toBe(400);
  });
  it("leaves ?a= links to the URL contract", () => {
    expect(collectFormAnswers({ a: "1" })).toEqual({ kind: "none" });
    expect(resolveResultRequest({ a: "445234142443232454343" }, known)).toEqual({
      kind: "ok",
      answers: [4, 4, 5, 2, 3, 4, 1, 4, 2, 4, 4, 3, 2, 3, 2, 4, 5, 4, 3, 4, 3],
      career: null,
      version: ASSESSMENT_VERSION,
    });
  });
});
