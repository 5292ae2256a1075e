// Every internal URL is built here, so links, the sitemap and tests agree on one shape.

export const routes = {
  home: () => "/",
  careers: () => "/careers",
  search: (query: string) => (query ? `/careers?q=${encodeURIComponent(query)}` : "/careers"),
  category: (category: string) => `/careers/category/${category}`,
  career: (slug: string) => `/careers/${slug}`,
  test: (career?: string) => (career ? `/test?career=${encodeURIComponent(career)}` : "/test"),
  result: (answers: string, career?: string | null) =>
    `/test/result?a=${encodeURIComponent(answers)}${career ? `&career=${encodeURIComponent(career)}` : ""}`,
  methodology: () => "/methodology",
  methodologyKey: () => "/methodology/key.json",
  about: () => "/about",
} as const;
