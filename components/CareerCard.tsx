import { SiteLink } from "@/components/SiteLink";
import type { CareerCardData } from "@/lib/catalog";
import { CategoryIcon } from "@/components/Icon";
import { compareGrowth } from "@/lib/data/reference";
import { formatterFor } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { routesFor } from "@/lib/routes";

/**
 * A career card whose whole surface is the link (the title's link is stretched over the card, so
 * screen readers still hear one link named after the career). Shows the facts students compare.
 */
export function CareerCard({ career, note, locale }: { career: CareerCardData; note?: string | null; locale: Locale }) {
  const dict = getDictionary(locale);
  const t = dict.catalog;
  const f = formatterFor(locale);
  const category = dict.categories[career.category];
  return (
    <article className="card">
      <h3 className="text-heading">
        <SiteLink
          href={routesFor(locale).career(career.slug)}
          className="card-link"
        >
          {career.title}
        </SiteLink>
      </h3>
      {category ? (
        <p className="kicker mt-1 flex items-center gap-1.5 text-slate-700">
          <CategoryIcon category={career.category} className="size-4 text-brand-700" />
          {category.name}
        </p>
      ) : null}
      <p className="mt-2 flex-1 text-sm text-slate-800">{career.summary}</p>
      {note ? <p className="mt-2 text-xs text-slate-600">{note}</p> : null}
      <dl className="card-stats">
        <div>
          <dt>{t.cardWage}</dt>
          <dd>
            {career.medianWage !== null
              ? t.cardWageValue(f.usd(career.medianWage), career.medianWageIsLowerBound)
              : t.cardNoWage}
          </dd>
        </div>
        <div>
          <dt>{t.cardGrowth}</dt>
          <dd>
            {career.changePct !== null ? (
              <>
                {f.changePct(career.changePct)}
                <span className="block font-normal">{dict.data.growthWords[compareGrowth(career.changePct)]}</span>
              </>
            ) : (
              dict.data.notAvailable
            )}
          </dd>
        </div>
        <div>
          <dt>{t.cardStudy}</dt>
          <dd>{dict.career.years(career.typicalYears.min, career.typicalYears.max)}</dd>
        </div>
      </dl>
    </article>
  );
}

/** A responsive grid of career cards; `notes` adds a line under a card (e.g. the name a search matched). */
export function CareerGrid({
  cards,
  notes,
  className = "",
  locale,
}: {
  cards: readonly CareerCardData[];
  notes?: ReadonlyMap<string, string | null>;
  className?: string;
  locale: Locale;
}) {
  if (cards.length === 0) return null;
  return (
    <>
      <ul className={`grid gap-4 sm:grid-cols-2 ${className}`.trim()}>
        {cards.map((card) => (
          <li key={card.id}>
            <CareerCard career={card} note={notes?.get(card.id) ?? null} locale={locale} />
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">{getDictionary(locale).catalog.cardSource}</p>
    </>
  );
}
