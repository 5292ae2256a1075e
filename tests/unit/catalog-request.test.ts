import { describe, expect, it } from "vitest";
import { routeCatalogRequest } from "@/lib/content/catalog-request";

const route = (query: string, locale: "en" | "es" = "en") => routeCatalogRequest(new URLSearchParams(query), locale);

describe("routeCatalogRequest", () => {
  it("serves the static A-Z list when there is no query", () => {
    expect(route("")).toEqual({ kind: "static" });
    expect(route("q=%20%20")).toEqual({ kind: "static" });
    expect(route("category=not-a-category")).toEqual({ kind: "static" });
    expect(route("utm_source=x")).toEqual({ kind: "static" });
  });
  it("redirects old-style searches (308) to the search route of the same language", () => {
    expect(route("q=coder")).toEqual({ kind: "redirect", location: "/careers/search?q=coder", status: 308 });
    expect(route("q=nurse&category=health")).toEqual({
      kind: "redirect",
      location: "/careers/search?q=nurse&category=health",
      status: 308,
    });
    expect(route("q=enfermera", "es")).toEqual({
      kind: "redirect",
      location: "/es/carreras/buscar?q=enfermera",
      status: 308,
    });
  });
  it("sends an area filter without a query (303) to its static category page, with the locale's slug", () => {
    expect(route("q=&category=health")).toEqual({ kind: "redirect", location: "/careers/category/health", status: 303 });
    expect(route("category=health", "es")).toEqual({ kind: "redirect", location: "/es/carreras/area/salud", status: 303 });
  });
});
