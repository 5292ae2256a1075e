"use client";
// The class view's one client component: the counselor pastes result links, and the links are read and
// scored here, in the browser (lib/class-view.ts runs assess() on the career catalog). The catalog is a
// static JSON file loaded once after the page (the same for every visitor): as page props it
// was 134 KB of inline payload at 211 careers, parsed before the page could respond, and it grows with
// the catalog. Nothing is posted or stored; the pasted links never leave the browser.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { ClassResults, type ClassViewData } from "@/components/counselors/ClassResults";
import type { AssessmentResult, ScoredCareer } from "@/lib/assessment/assess";
import {
  countSuggestedCareers,
  expandCareers,
  parseClassPaste,
  scoreStudents,
  MAX_LINKS,
  type CompactCareer,
  type ScoredStudent,
} from "@/lib/class-view";
import { counselorsText } from "@/lib/i18n/counselors";
import type { Locale } from "@/lib/i18n/locales";

const subscribeNever = () => () => {};
/** Students scored per slice; between slices the browser may paint and handle input (a long class stays responsive). */
const SLICE = 10;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The catalog file as loaded: an array of careers, or null when it is not what the page expects. */
function readCatalog(json: unknown): CompactCareer[] | null {
  if (!Array.isArray(json) || json.length === 0) return null;
  const valid = json.every(
    (row: unknown) =>
      typeof row === "object" &&
      row !== null &&
      typeof (row as CompactCareer).id === "string" &&
      typeof (row as CompactCareer).title === "string" &&
      Array.isArray((row as CompactCareer).values),
  );
  return valid ? (json as CompactCareer[]) : null;
}

type CatalogState =
  { state: "loading" } | { state: "ready"; careers: CompactCareer[]; scored: ScoredCareer[] } | { state: "failed" };

const NO_CAREERS: CompactCareer[] = [];
const NO_SCORED: ScoredCareer[] = [];

export function ClassView({
  locale,
  catalogUrl,
  riasecNames,
}: {
  locale: Locale;
  /** Where the static catalog file of this locale is served (routes.counselorsCatalog()). */
  catalogUrl: string;
  /** The catalog's RIASEC type names in this language (from the page's dictionary). */
  riasecNames: Record<string, string>;
}) {
  const t = counselorsText[locale];
  // False in the server HTML and during hydration, true once this script runs: the button waits for it.
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [text, setText] = useState("");
  const [data, setData] = useState<ClassViewData | null>(null);
  const [status, setStatus] = useState("");
  const [catalog, setCatalog] = useState<CatalogState>({ state: "loading" });
  const careers = catalog.state === "ready" ? catalog.careers : NO_CAREERS;
  const scoredCareers = catalog.state === "ready" ? catalog.scored : NO_SCORED;
  const careerById = useMemo(() => new Map(careers.map((career) => [career.id, career])), [careers]);

  useEffect(() => {
    let live = true;
    fetch(catalogUrl)
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => {
        const rows = readCatalog(json);
        // expandCareers throws on a row of the wrong shape: that lands in catch, as a failed load.
        const next: CatalogState = rows
          ? { state: "ready", careers: rows, scored: expandCareers(rows) }
          : { state: "failed" };
        if (live) setCatalog(next);
      })
      .catch(() => {
        if (live) setCatalog({ state: "failed" });
      });
    return () => {
      live = false;
    };
  }, [catalogUrl]);

  // Each click starts a new run; a slice that finds a newer run (another click, Clear) stops quietly.
  const run = useRef(0);

  async function show() {
    const id = ++run.current;
    let computeMs = 0;
    let started = performance.now();
    const parsed = parseClassPaste(text, (careerId) => careerById.has(careerId));
    if (parsed.students.length === 0 && parsed.invalid.length === 0) {
      setData(null);
      setStatus(t.empty);
      return;
    }
    const cache = new Map<string, AssessmentResult>();
    const students: ScoredStudent[] = [];
    for (let i = 0; i < parsed.students.length; i += SLICE) {
      if (i === SLICE) setStatus(t.scoring(parsed.students.length));
      if (i > 0) {
        computeMs += performance.now() - started;
        await nextTask();
        if (run.current !== id) return;
        started = performance.now();
      }
      students.push(...scoreStudents(parsed.students.slice(i, i + SLICE), scoredCareers, cache));
    }
    const titleOf = (careerId: string) => careerById.get(careerId)?.title ?? careerId;
    const counts = countSuggestedCareers(
      students.map((student) => student.result),
      (a, b) => titleOf(a).localeCompare(titleOf(b), locale),
    );
    computeMs += performance.now() - started;
    const withheld = students.filter((student) => student.result.withheld).length;
    setData({
      students,
      invalid: parsed.invalid,
      ignored: parsed.ignored,
      counts,
      scoringMs: computeMs,
      origin: window.location.origin,
    });
    setStatus(
      [
        t.summary(students.length, withheld, parsed.invalid.length),
        parsed.ignored > 0 ? t.ignored(parsed.ignored, MAX_LINKS) : "",
      ]
        .filter(Boolean)
        .join(" "),
    );
  }

  function clear() {
    run.current += 1;
    setText("");
    setData(null);
    setStatus("");
  }

  return (
    <div>
      <div className="print:hidden">
        <label htmlFor="class-links" className="block font-semibold">
          {t.inputLabel}
        </label>
        <p id="class-links-hint" className="mt-1 text-sm text-slate-700">
          {t.inputHint}
        </p>
        {/* No name: the textarea is never part of a form submission. Spellcheck off: some browsers
            send text to an online spelling service. */}
        <textarea
          id="class-links"
          aria-describedby="class-links-hint"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={8}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          className="mt-2 block w-full rounded border-2 border-slate-500 p-2 font-mono text-sm"
        />
        <div className="mt-3 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={show}
            disabled={catalog.state !== "ready"}
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {t.submit}
          </button>
          <button
            type="button"
            onClick={clear}
            disabled={!hydrated}
            className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 px-4 font-semibold text-brand-800 disabled:opacity-60"
          >
            {t.clear}
          </button>
        </div>
      </div>
      {catalog.state === "failed" ? (
        <p role="alert" className="mt-4 font-medium text-red-800" data-testid="class-catalog-failed">
          {t.catalogFailed}
        </p>
      ) : null}
      <p role="status" className="mt-4 font-medium" data-testid="class-status">
        {hydrated && catalog.state === "loading" ? t.catalogLoading : status}
      </p>
      {data ? <ClassResults data={data} locale={locale} careerById={careerById} riasecNames={riasecNames} /> : null}
    </div>
  );
}
