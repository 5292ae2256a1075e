"use client";
// The 21-item test. Server-rendered as one plain GET form (every item visible, native `required`
// radios), so it works without JavaScript; after hydration it becomes one item per screen: tapping an
// answer records it and moves on, each question is a browser-history step (the phone's back gesture
// returns to the previous question), a sticky progress bar, and answers kept in localStorage only
// while the test is in progress (removed on finishing or on "Start over").
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** Plain strings only: they cross the server/client boundary. Templates use {n} and {total}. */
export interface FormStrings {
  questionTemplate: string;
  progressTemplate: string;
  back: string;
  next: string;
  submit: string;
  required: string;
  resumed: string;
  startOver: string;
}

interface Props {
  questions: { id: number; text: string }[];
  scaleLabels: readonly string[];
  version: string;
  career: string | null;
  action: string;
  strings: FormStrings;
}

type Answers = (number | null)[];

function storageKey(version: string) {
  return `rumbo.assessment.v${version}`;
}

function fill(template: string, a: number, b: number) {
  return template.replace("{n}", String(a)).replace("{total}", String(b));
}

export function AssessmentForm({ questions, scaleLabels, version, career, action, strings }: Props) {
  const total = questions.length;
  const router = useRouter();
  const [answers, setAnswers] = useState<Answers>(() => questions.map(() => null));
  const [step, setStep] = useState(0);
  const [enhanced, setEnhanced] = useState(false);
  const [resumed, setResumed] = useState(false);
  const [error, setError] = useState(false);
  const legendRefs = useRef<(HTMLElement | null)[]>([]);
  const moved = useRef(false);
  /** History entries this page pushed (one per forward step), so Back can pop them. */
  const pushed = useRef(0);
  /** Set once the answers are submitted, so the save effect cannot write them back. */
  const finished = useRef(false);
  /** The pending move after a tapped answer; any other navigation cancels it, or a tap followed
   * quickly by Next (or Back) would move twice, the second time from a stale step. */
  const autoAdvance = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(autoAdvance.current), []);

  // Enhance after hydration, restoring answers saved earlier in this browser.
  useEffect(() => {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(storageKey(version)) ?? "null");
      if (saved && typeof saved === "object" && "answers" in saved && Array.isArray(saved.answers)) {
        const restored: Answers = questions.map((_, i) => {
          const value: unknown = (saved.answers as unknown[])[i];
          return typeof value === "number" && value >= 1 && value <= 5 ? value : null;
        });
        if (restored.some((a) => a !== null)) {
          // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser storage can only happen after mount
          setAnswers(restored);
          const firstOpen = restored.findIndex((a) => a === null);
          setStep(firstOpen === -1 ? total - 1 : firstOpen);
          setResumed(true);
        }
      }
    } catch {
      // Storage blocked or corrupted: start fresh; the test still works.
    }
    setEnhanced(true);
  }, [questions, total, version]);

  // The phone's back gesture (or the browser's Back) returns to the previous question.
  useEffect(() => {
    if (!enhanced) return;
    history.replaceState({ ...(history.state ?? {}), rumboStep: step }, "");
    const onPop = (event: PopStateEvent) => {
      const target: unknown = (event.state as { rumboStep?: unknown } | null)?.rumboStep;
      if (typeof target === "number") {
        pushed.current = Math.max(0, pushed.current - 1);
        window.clearTimeout(autoAdvance.current);
        moved.current = true;
        setError(false);
        setStep(Math.max(0, Math.min(total - 1, target)));
      }
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
    // Registered once after enhancement; the step in history state is kept current by go().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enhanced, total]);

  useEffect(() => {
    if (!enhanced || finished.current) return;
    try {
      if (answers.every((a) => a === null)) localStorage.removeItem(storageKey(version));
      else localStorage.setItem(storageKey(version), JSON.stringify({ answers }));
    } catch {
      // Private mode or storage full: keep going without persistence.
    }
  }, [answers, enhanced, version]);

  // Move focus to the new question only after the user navigated, not on first load.
  useEffect(() => {
    if (moved.current) legendRefs.current[step]?.focus();
  }, [step]);

  const answered = answers.filter((a) => a !== null).length;

  function choose(index: number, value: number) {
    setAnswers((prev) => prev.map((a, i) => (i === index ? value : a)));
    setError(false);
  }

  function go(to: number) {
    const target = Math.max(0, Math.min(total - 1, to));
    window.clearTimeout(autoAdvance.current);
    moved.current = true;
    setError(false);
    setStep(target);
    if (target > step) {
      history.pushState({ ...(history.state ?? {}), rumboStep: target }, "");
      pushed.current += 1;
    } else {
      history.replaceState({ ...(history.state ?? {}), rumboStep: target }, "");
    }
  }

  function back() {
    // Pop our own history entry when there is one, so the back gesture and this button agree.
    if (pushed.current > 0) history.back();
    else go(step - 1);
  }

  function next() {
    if (answers[step] === null) {
      setError(true);
      return;
    }
    go(step + 1);
  }

  /** A tap or click on an answer records it and moves on; keyboard selection (arrows) does not. */
  function tapped(index: number, value: number, event: React.MouseEvent) {
    if (!enhanced || event.detail === 0 || index !== step || index >= total - 1) return;
    choose(index, value);
    window.clearTimeout(autoAdvance.current);
    autoAdvance.current = window.setTimeout(() => go(index + 1), 150);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (!enhanced) return; // plain form submit (server collects q1..q21)
    event.preventDefault();
    if (step < total - 1) {
      next();
      return;
    }
    const firstOpen = answers.findIndex((a) => a === null);
    if (firstOpen !== -1) {
      go(firstOpen);
      setError(true);
      return;
    }
    const params = new URLSearchParams({ a: answers.join("") });
    if (career) params.set("career", career);
    forget();
    router.push(`${action}?${params.toString()}`);
  }

  /** Finished or started over: nothing of these answers stays in this browser. */
  function forget() {
    finished.current = true;
    try {
      localStorage.removeItem(storageKey(version));
    } catch {
      // Storage blocked: nothing was saved either.
    }
  }

  function startOver() {
    forget();
    finished.current = false;
    setAnswers(questions.map(() => null));
    setResumed(false);
    go(0);
  }

  return (
    <form
      method="get"
      action={action}
      onSubmit={onSubmit}
      noValidate={enhanced}
      className="mt-6"
      // Present once the form has taken over (one question per screen), e.g. for tests to wait on.
      data-enhanced={enhanced ? "" : undefined}
    >
      {career ? <input type="hidden" name="career" value={career} /> : null}
      {/* Rendered from the start (server HTML included) so the first question does not jump down when the
          form enhances; hidden when the browser runs no scripts, where it could never move. */}
      <div className="sticky top-0 z-10 -mx-4 mb-6 bg-white px-4 py-2 shadow-sm noscript:hidden">
        {resumed ? (
          <p className="mb-2 rounded bg-brand-50 p-2 text-sm" role="status">
            {strings.resumed}
          </p>
        ) : null}
        {/* min-h-11: the row keeps its height when "Start over" appears after the first answer. */}
        <div className="flex min-h-11 items-center justify-between gap-3">
          <p id="test-progress-label" className="text-sm font-medium">
            {fill(strings.progressTemplate, answered, total)}
          </p>
          {answered > 0 ? (
            <button
              type="button"
              onClick={startOver}
              className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline"
            >
              {strings.startOver}
            </button>
          ) : null}
        </div>
        <div
          role="progressbar"
          aria-labelledby="test-progress-label"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answered}
          className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-3 rounded-full bg-brand-700 transition-[width]"
            style={{ width: `${(answered / total) * 100}%` }}
          />
        </div>
      </div>

      {questions.map((question, i) => (
        <fieldset
          key={question.id}
          hidden={enhanced && i !== step}
          className="question"
          aria-describedby={enhanced && error && i === step ? "answer-required" : undefined}
        >
          <legend
            ref={(el) => {
              legendRefs.current[i] = el;
            }}
            tabIndex={-1}
            className="question-legend"
          >
            <span className="question-number">{fill(strings.questionTemplate, i + 1, total)}</span>
            <span className="question-text">{question.text}</span>
          </legend>
          <div className="choices">
            {scaleLabels.map((label, v) => {
              const value = v + 1;
              const id = `q${question.id}-${value}`;
              return (
                <label key={value} htmlFor={id}>
                  <input
                    type="radio"
                    id={id}
                    name={`q${question.id}`}
                    value={value}
                    required
                    checked={answers[i] === value}
                    onChange={() => choose(i, value)}
                    onClick={(event) => tapped(i, value, event)}
                  />
                  <span>{label}</span>
                </label>
              );
            })}
          </div>
          {enhanced && error && i === step ? (
            <p id="answer-required" role="alert" className="mt-3 font-medium text-red-800">
              {strings.required}
            </p>
          ) : null}
        </fieldset>
      ))}

      <div className="flex flex-wrap gap-3">
        {enhanced ? (
          <>
            <button
              type="button"
              onClick={back}
              disabled={step === 0}
              className="min-h-11 rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800 disabled:opacity-40"
            >
              {strings.back}
            </button>
            {step < total - 1 ? (
              <button
                type="button"
                onClick={next}
                className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
              >
                {strings.next}
              </button>
            ) : (
              <button
                type="submit"
                className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
              >
                {strings.submit}
              </button>
            )}
          </>
        ) : (
          <button
            type="submit"
            className="rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800"
          >
            {strings.submit}
          </button>
        )}
      </div>
    </form>
  );
}
