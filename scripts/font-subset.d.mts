// Types for font-subset.mjs (plain ESM, run with node; the unit test imports it from TypeScript).
export declare const SOURCE_FILE: string;
export declare const SOURCE_CSS: string;
export declare const LICENSE_FILE: string;
export declare const OUTPUT_FILE: string;
export declare const OUTPUT_LICENSE: string;
export declare const WEIGHT_RANGE: { readonly min: 400; readonly max: 750 };
export declare function latinUnicodeRange(css: string): string;
export declare function charactersOf(range: string): string;
export declare function buildSubset(): Promise<Buffer>;
