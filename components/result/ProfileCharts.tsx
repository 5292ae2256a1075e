// The person's profile, model by model, interests first (Holland and CHASIDE share items, so they are
// one block) and VAK last as the weakest signal: each score with its uncertainty range from the number
// of items behind it, a hexagon for interests, and every number also in text.
import type { CSSProperties } from "react";
import type { ProfileWithRanges } from "@/lib/assessment/assess";
import { dimensionsOf, type Model } from "@/lib/assessment/models";
import { getDictionary, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";

/** Display order: interests, then values, personality, and how you like to take things in. */
const BLOCKS: readonly { id: string; models: readonly Model[] }[] = [
  { id: "interests", models: ["holland", "chaside"] },
  { id: "values", models: ["mmmg"] },
  { id: "personality", models: ["bigFive"] },
  { id: "vak", models: ["vak"] },
];

const toScore = (value: number) => Math.round(value * 100);

function Hexagon({ values, t }: { values: Record<string, number>; t: Dictionary }) {
  const letters = dimensionsOf("holland");
  const center = 110;
  const radius = 80;
  const point = (i: number, r: number) => {
    const angle = (Math.PI / 3) * i - Math.PI / 2;
    return [center + r * Math.cos(angle), center + r * Math.sin(angle)] as const;
  };
  const polygon = (r: (i: number) => number) =>
    letters
      .map((_, i) =>
        point(i, r(i))
          .map((n) => n.toFixed(1))
          .join(","),
      )
      .join(" ");
  return (
    <svg viewBox="0 0 220 220" className="mx-auto w-full max-w-[16rem]" role="img" aria-labelledby="hexagon-title">
      <title id="hexagon-title">
        {t.result.hexagonTitle(letters.map((l) => `${t.dimensionLabels.holland?.[l]?.name ?? l} ${toScore(values[l] ?? 0)}`).join(", "))}
      </title>
      {[0.25, 0.5, 0.75, 1].map((f) => (
        <polygon key={f} points={polygon(() => radius * f)} fill="none" stroke="#cbd5e1" strokeWidth="1" />
      ))}
      <polygon
        points={polygon((i) => radius * (values[letters[i] ?? ""] ?? 0))}
        fill="#0f6b6355"
        stroke="#0b554f"
        strokeWidth="2"
      />
      {letters.map((letter, i) => {
        const [x, y] = point(i, radius + 16);
        return (
          <text key={letter} x={x} y={y + 4} textAnchor="middle" fontSize="13" fontWeight="600" fill="#0f172a">
            {letter}
          </text>
        );
      })}
    </svg>
  );
}

function Bars({ model, profile, t }: { model: Model; profile: ProfileWithRanges; t: Dictionary }) {
  const dims = dimensionsOf(model);
  return (
    <table className="r-rows w-full text-sm">
      <caption className="sr-only">{t.result.barsCaption(t.modelNames[model] ?? model)}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t.result.dimension}</th>
          <th scope="col">{t.result.score}</th>
          <th scope="col">{t.result.range}</th>
        </tr>
      </thead>
      <tbody>
        {dims.map((dimension) => {
          const value = profile[model][dimension];
          const score = toScore(value?.score ?? 0);
          const low = toScore(value?.low ?? 0);
          const high = toScore(value?.high ?? 0);
          return (
            <tr key={dimension}>
              <th scope="row">
                {t.dimensionLabels[model]?.[dimension]?.name ?? dimension}
              </th>
              <td>
                {/* One element per bar: the range and the score mark are its ::before and ::after
                    (app/globals.css), placed by these three custom properties. */}
                <span
                  aria-hidden="true"
                  className="r-bar"
                  style={{ "--lo": `${low}%`, "--w": `${Math.max(high - low, 1)}%`, "--v": `${score}%` } as CSSProperties}
                />
                <span className="r-num">{score}</span>
              </td>
              <td className="r-rng">{t.result.rangeValue(low, high)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ProfileCharts({ profile, locale }: { profile: ProfileWithRanges; locale: Locale }) {
  const t = getDictionary(locale);
  const hexagon = Object.fromEntries(Object.entries(profile.holland).map(([d, v]) => [d, v.score]));
  return (
    <div className="space-y-6">
      {BLOCKS.map((block) => (
        <section key={block.id} aria-labelledby={`block-${block.id}`} className="r-block">
          <h3 id={`block-${block.id}`} className="text-lg font-semibold">
            {t.result.blocks[block.id]}
          </h3>
          <div className={block.models.length > 1 ? "mt-2 grid gap-6 md:grid-cols-2" : "mt-2"}>
            {block.models.map((model) => (
              <div key={model} className="break-inside-avoid">
                <h4 className="font-semibold">{t.modelNames[model]}</h4>
                <p className="mb-2 text-sm text-slate-700">{t.modelMeasures[model]}</p>
                {model === "holland" ? <Hexagon values={hexagon} t={t} /> : null}
                <Bars model={model} profile={profile} t={t} />
              </div>
            ))}
          </div>
        </section>
      ))}
      <p className="text-sm text-slate-700">{t.result.rangeNote}</p>
    </div>
  );
}
