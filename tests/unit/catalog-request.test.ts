import { describe, expect, it } from "vitest";
import { routeCatalogRequest } from "@/lib/content/catalog-request";

const route = (query: string) => routeCatalogRequest(new URLSearchParams(query));

describe("routeCatalogRequest", () => {
  it("serves the static A-Z list when there is no query", () => {
    expect(route("")).toEqual({ kind: "static" });
    expect(route("q=%20%20")).toEqual({ kind: "static" });
    expect(route("category=not-a-category")).toEqual({ kind: "static" });
    expect(route("utm_source=x")).toEqual({ kind: "static" });
  });
  it("rewrites searches to the dynamic search route", () => {
    expect(route("q=coder")).toEqual({ kind: "search", path: "/careers/search" });
    expect(route("q=nurse&category=health")).toEqual({ kind: "search", path: "/careers/search" });
  });
  it("sends an area filter without a query to its static category page", () => {
    expect(route("q=&category=health")).toEqual({ kind: "redirect", location: "/careers/category/health" });
  });
});
