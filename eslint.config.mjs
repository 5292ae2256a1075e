import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Pure modules must stay free of framework and Node imports (guide §2).
      "no-restricted-imports": "off",
    },
  },
  {
    files: ["lib/assessment/**/*.ts", "lib/content/schema.ts", "lib/content/search.ts", "lib/content/quality.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "react-dom", "node:*", "fs", "path"] },
      ],
    },
  },
  {
    // Every visible string comes from the locale's dictionary (lib/i18n): no text typed into JSX.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        { noStrings: false, ignoreProps: true, allowedStrings: ["›", "):", "/ 7", "/ 100", ".", "·", "→", "—", "–", "✓", ":", "(", ")", "/", "%", "-", "•", ",", "…", "×", "|", "#", "+"] },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "bench/tmp/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
