import Link from "next/link";
import type { CareerCardData } from "@/lib/catalog";
import { getCategory } from "@/lib/content/categories";
import { formatUsd } from "@/lib/format";
import { routes } from "@/lib/routes";

export function CareerCard({ career, note }: { career: CareerCardData; note?: string | null }) {
  const category = getCategory(career.category);
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 p-4 shadow-sm hover:border-brand-600">
      <h3 className="text-lg font-semibold">
        <Link href={routes.career(career.slug)} className="text-brand-700 underline-offset-2 hover:underline">
          {career.title}
        </Link>
      </h3>
      {category ? (
        <p className="mt-1 text-xs font-medium uppercase tracking-wide text-slate-600">{category.name}</p>
      ) : null}
      <p className="mt-2 flex-1 text-sm text-slate-800">{career.summary}</p>
      {note ? <p className="mt-2 text-xs text-slate-600">{note}</p> : null}
      <p className="mt-3 text-sm text-slate-700">
        {career.medianWage !== null ? (
          <>
            U.S. median wage: <strong className="text-slate-900">{formatUsd(career.medianWage)}</strong>
            {career.medianWageIsLowerBound ? " or more" : ""} a year{" "}
            <span className="text-slate-600">(BLS, May 2024)</span>
          </>
        ) : (
          <span className="text-slate-600">No BLS median wage published</span>
        )}
      </p>
    </article>
  );
}

/** A responsive grid of career cards; `notes` adds a line under a card (e.g. the name a search matched). */
export function CareerGrid({
  cards,
  notes,
  className = "",
}: {
  cards: readonly CareerCardData[];
  notes?: ReadonlyMap<string, string | null>;
  className?: string;
}) {
  return (
    <ul className={`grid gap-4 sm:grid-cols-2 ${className}`.trim()}>
      {cards.map((card) => (
        <li key={card.slug}>
          <CareerCard career={card} note={notes?.get(card.slug) ?? null} />
        </li>
      ))}
    </ul>
  );
}
