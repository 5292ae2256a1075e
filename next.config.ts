import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const isDev = process.env.NODE_ENV === "development";

// Static pages cannot carry per-request nonces, so scripts are limited to our own origin plus the
// inline bootstrap Next.js writes into each page ('unsafe-inline'); never 'unsafe-eval' in production.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "upgrade-insecure-requests",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // Benchmarks build synthetic catalogs side by side without touching the real build.
  distDir: process.env.RUMBO_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Removes the client runtime from prerendered pages that have nothing to hydrate (career pages,
  // catalog, methodology...); see scripts/static-documents/.
  adapterPath: fileURLToPath(new URL("./scripts/static-documents/adapter.mjs", import.meta.url)),
  // One root layout per locale (for <html lang>), so unmatched URLs need a global 404 document.
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
