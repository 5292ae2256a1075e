// The site's one typeface, self-hosted: Atkinson Hyperlegible Next (SIL OFL 1.1), designed by the
// Braille Institute for readers with low vision, from the @fontsource-variable package. next/font
// copies the file into the build and serves it from our origin (font-src 'self'); nothing is fetched
// from a third party. One variable file (Latin incl. Spanish, weights 400-750: the package's file with
// its weight axis narrowed to what the CSS uses, by scripts/font-subset.mjs) is preloaded; rarer
// characters fall back to the system font.
import localFont from "next/font/local";

export const bodyFont = localFont({
  src: "./font-files/atkinson-hyperlegible-next-latin-wght-400-750.woff2",
  weight: "400 750",
  style: "normal",
  display: "swap",
  variable: "--font-atkinson",
  adjustFontFallback: "Arial",
});
