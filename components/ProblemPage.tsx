import type { ReactNode } from "react";

/** The primary action of a problem page (a way back), as a button-like link. */
export const PROBLEM_PAGE_PRIMARY =
  "inline-block rounded bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800";

/**
 * The body of a 400/404 page for a broken link (a result or a comparison): what is wrong, one line
 * per problem, what a good link looks like, and the ways back the caller passes as children.
 */
export function ProblemPage({
  status,
  heading,
  intro,
  problems,
  testId,
  help,
  children,
}: {
  status: 400 | 404;
  heading: string;
  intro: string;
  /** Already worded in the page's language. */
  problems: string[];
  testId: string;
  help: string;
  children: ReactNode;
}) {
  return (
    <div className="max-w-2xl" data-status={status}>
      <h1 className="text-3xl font-bold">{heading}</h1>
      <p className="mt-4 text-lg">{intro}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6" data-testid={testId}>
        {problems.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p className="mt-4">{help}</p>
      {children}
    </div>
  );
}
