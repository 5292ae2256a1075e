"use client";
// The class view's one client component: the counselor pastes result links, and the links are read and
// scored here, in the browser (lib/class-view.ts runs assess() on the catalog the page sent). Nothing
// is fetched, posted or stored; the only network traffic is a link the counselor chooses to open.
import { useMemo, useRef, useState, useSyncExternalStore } from "react";
import { ClassResults, type ClassViewData } from "@/components/counselors/ClassResults";
import type { AssessmentResult } from "@/lib/assessment/assess";
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

export function ClassView({
  locale,
  careers,
  riasecNames,
}: {
  locale: Locale;
  careers: CompactCareer[];
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
  const scoredCareers = useMemo(() => expandCareers(careers), [careers]);
  const careerById = useMemo(() => new Map(careers.map((career) => [career.id, career])), [careers]);

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
      [t.summary(students.length, withheld, parsed.invalid.length), parsed.ignored > 0 ? t.ignored(parsed.ignored, MAX_LINKS) : ""]
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
            disabled={!hydrated}
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
      <p role="status" className="mt-4 font-medium" data-testid="class-status">
        {status}
      </p>
      {data ? <ClassResults data={data} locale={locale} careerById={careerById} riasecNames={riasecNames} /> : null}
    </div>
  );
}
