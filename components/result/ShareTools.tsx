"use client";
// Copy-link and print buttons. They need JavaScript, so they appear only after hydration; without
// it the page already tells people to bookmark or copy the address.
import { useEffect, useState } from "react";

export function ShareTools({
  copyLabel,
  copiedLabel,
  printLabel,
}: {
  copyLabel: string;
  copiedLabel: string;
  printLabel: string;
}) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- render the buttons only once JS runs
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <button
        type="button"
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {copyLabel}
      </button>
      <button
        type="button"
        className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800"
        onClick={() => window.print()}
      >
        {printLabel}
      </button>
      <span role="status" className="text-sm text-slate-800">
        {copied ? copiedLabel : ""}
      </span>
    </div>
  );
}
