// Number formatting for figures from the open data (one place, so every page rounds alike).
const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatUsd(value: number): string {
  return `$${integer.format(value)}`;
}

export function formatChangePct(value: number): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${Math.abs(value).toFixed(1)}%`;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
