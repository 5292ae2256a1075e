// The person's profile in each model: a RIASEC hexagon and bars, each with a text equivalent
// (the values are printed beside the charts, so nothing depends on seeing them).
import { DIMENSION_LABELS, MODEL_LABELS, MODELS, dimensionsOf, type Model } from "@/lib/assessment/models";
import type { PersonProfile } from "@/lib/assessment/person";

const toScore = (value: number) => Math.round(value * 100);

function Hexagon({ values }: { values: Record<string, number> }) {
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
        {`Interest hexagon: ${letters.map((l) => `${DIMENSION_LABELS.holland[l]?.name ?? l} ${toScore(values[l] ?? 0)}`).join(", ")} (0-100)`}
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

function Bars({ model, values }: { model: Model; values: Record<string, number> }) {
  const dims = dimensionsOf(model);
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{`${MODEL_LABELS[model].name}: your scores from 0 to 100`}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col">Score (0-100)</th>
        </tr>
      </thead>
      <tbody>
        {dims.map((dimension) => {
          const score = toScore(values[dimension] ?? 0);
          return (
            <tr key={dimension}>
              <th scope="row" className="w-1/2 py-0.5 pr-2 text-left font-normal">
                {DIMENSION_LABELS[model][dimension]?.name ?? dimension}
              </th>
              <td className="py-0.5">
                <span className="flex items-center gap-2">
                  <span aria-hidden="true" className="block h-2.5 flex-1 rounded bg-slate-200">
                    <span className="block h-2.5 rounded bg-brand-600" style={{ width: `${score}%` }} />
                  </span>
                  <span className="w-8 text-right tabular-nums">{score}</span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ProfileCharts({ person }: { person: PersonProfile }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {MODELS.map((model) => (
        <section
          key={model}
          aria-labelledby={`model-${model}`}
          className="rounded-lg border border-slate-200 p-4 break-inside-avoid"
        >
          <h3 id={`model-${model}`} className="font-semibold">
            {MODEL_LABELS[model].name}
          </h3>
          <p className="mb-3 text-sm text-slate-700">{MODEL_LABELS[model].measures}</p>
          {model === "holland" ? <Hexagon values={person.models.holland} /> : null}
          <Bars model={model} values={person.models[model]} />
        </section>
      ))}
    </div>
  );
}
