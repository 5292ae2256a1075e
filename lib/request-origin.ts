// The public origin of the current request, for absolute URLs that a person copies or prints (the
// result link and its QR code). RUMBO_SITE_URL wins when set; otherwise the origin comes from the
// reverse proxy's forwarded headers, then the Host header, so a server behind nginx never prints
// "localhost".
import "server-only";
import { headers } from "next/headers";
import { SITE_URL_FROM_ENV } from "./site";

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/** Pure: the origin from header values; a malformed host or protocol is ignored, never echoed. */
export function originFromHeaders(get: (name: string) => string | null, fallback: string): string {
  const first = (value: string | null) => value?.split(",")[0]?.trim() ?? "";
  const host = first(get("x-forwarded-host")) || first(get("host"));
  const proto = first(get("x-forwarded-proto")) || "http";
  if (!HOST.test(host) || (proto !== "http" && proto !== "https")) return fallback;
  return `${proto}://${host}`;
}

export async function requestOrigin(): Promise<string> {
  if (SITE_URL_FROM_ENV) return SITE_URL_FROM_ENV;
  const list = await headers();
  return originFromHeaders((name) => list.get(name), "http://localhost:3000");
}
