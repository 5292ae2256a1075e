"use client";
// Share, copy-link and print buttons. They need JavaScript, so they appear only after hydration; without
// it the page already tells people to bookmark or copy the address. Where the device has the Web Share
// API (most phones) one Share button opens the system sheet; elsewhere a Copy button copies the link.
import { useEffect, useState, useSyncExternalStore } from "react";
import type { Locale } from "@/lib/i18n/locales";

type Mode = "pending" | "share" | "copy";

export function ShareTools({
  copyLabel,
  copiedLabel,
  printLabel,
  url,
  shareLabel,
  shareTitle,
  copyFailedLabel,
}: {
  copyLabel: string;
  copiedLabel: string;
  printLabel: string;
  /** The link to share or copy (the canonical result URL); defaults to the address bar's. */
  url?: string;
  /** With it, devices that have navigator.share get a Share button instead of Copy. */
  shareLabel?: string;
  shareTitle?: string;
  copyFailedLabel?: string;
}) {
  const [mode, setMode] = useState<Mode>("pending");
  const [status, setStatus] = useState("");
  useEffect(() => {
    const link = url ?? window.location.href;
    const canShare =
      shareLabel !== undefined &&
      typeof navigator.share === "function" &&
      (typeof navigator.canShare !== "function" || navigator.canShare({ url: link }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- render the buttons only once JS runs
    setMode(canShare ? "share" : "copy");
  }, [url, shareLabel]);
  if (mode === "pending") return null;

  const link = () => url ?? window.location.href;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link());
      setStatus(copiedLabel);
    } catch {
      setStatus(copyFailedLabel ?? "");
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: shareTitle, url: link() });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure; anything else falls back to copying.
      if (error instanceof DOMException && error.name === "AbortError") return;
      await copy();
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <button
        type="button"
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        onClick={mode === "share" ? share : copy}
      >
        {mode === "share" ? shareLabel : copyLabel}
      </button>
      <button
        type="button"
        className="min-h-11 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800"
        onClick={() => window.print()}
      >
        {printLabel}
      </button>
      <span role="status" className="text-sm text-slate-800">
        {status}
      </span>
    </div>
  );
}

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es-ES" };
const noSubscription = () => () => {};
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Today's date on a printout, in the reader's own time zone once JavaScript runs (the server's UTC date
 * before that, and without JavaScript), so a result page cached yesterday still prints today's date.
 */
export function PrintDate({
  locale,
  serverDate,
  serverIso,
}: {
  locale: Locale;
  serverDate: string;
  serverIso: string;
}) {
  const local = useSyncExternalStore(
    noSubscription,
    () => {
      const now = new Date();
      const iso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      return `${iso}|${new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long" }).format(now)}`;
    },
    () => `${serverIso}|${serverDate}`,
  );
  const [iso = serverIso, text = serverDate] = local.split("|");
  return (
    <time dateTime={iso} data-testid="print-date">
      {text}
    </time>
  );
}
