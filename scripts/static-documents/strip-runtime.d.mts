// Types for strip-runtime.mjs (plain ESM so that Next can load the adapter at build time without a
// TypeScript step; the unit tests and the bench import it from TypeScript).
export declare const INERT_CLIENT_EXPORTS: Set<string>;
export declare function flightPayload(html: string): string;
export declare function clientExports(payload: string): string[];
export type StripPlan = { strip: true } | { strip: false; reason: "no-runtime" | "islands"; islands: string[] };
export declare function planStrip(html: string): StripPlan;
export declare function stripRuntime(html: string): { html: string; removedScripts: number };
