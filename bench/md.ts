// Markdown formatting helpers for bench/results/latest.md.

export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) =>
    v === null || v === undefined || (typeof v === "number" && Number.isNaN(v)) ? "n/a" : String(v);
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map((h, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

export function fixed(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? "n/a" : value.toFixed(digits);
}

export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** A page's table label: its template name and path in code style, long paths cut at `max` characters. */
export function pageLabel(name: string, pagePath: string, max = 40): string {
  return `${name} \`${pagePath.length > max ? `${pagePath.slice(0, max)}…` : pagePath}\``;
}
