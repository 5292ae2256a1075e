// The site's one typeface, self-hosted: Atkinson Hyperlegible Next (SIL OFL 1.1), designed by the
// Braille Institute for readers with low vision, from the @fontsource-variable package. next/font
// copies the file into the build and serves it from our origin (font-src 'self'); nothing is fetched
// from a third party. One variable file (weights 200-800, Latin incl. Spanish) is preloaded; rarer
// characters fall back to the system font.
import localFont from "next/font/local";

export const bodyFont = localFont({
  src: "../node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2",
  weight: "200 800",
  style: "normal",
  display: "swap",
  variable: "--font-atkinson",
  adjustFontFallback: "Arial",
});
