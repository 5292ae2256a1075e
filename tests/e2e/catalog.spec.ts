import { expect, test } from "@playwright/test";
import { expectPageBasics } from "./helpers";

test("home → catalog → search 'coder' → Backend Developer with every section, breadcrumbs and test link", async ({
  page,
}) => {
  await page.goto("/");
  await expectPageBasics(page);
  await page.getByRole("link", { name: "Browse all careers" }).click();
  await expect(page).toHaveURL(/\/careers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Careers A-Z" })).toBeVisible();

  await page.getByLabel("Search careers").fill("coder");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/careers\/search\?q=coder/);
  await page.getByRole("link", { name: "Backend Developer" }).first().click();

  await expect(page).toHaveURL(/\/careers\/backend-developer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Backend Developer" })).toBeVisible();
  for (const section of [
    "What the work is",
    "Career paths and jobs",
    "Degree duration and format",
    "Ideal profile",
    "Key skills",
    "Where to study",
    "Job market and outlook",
    "Is it for you?",
    "Frequently asked questions",
    "Related careers",
    "Sources and review",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByText("Key figures (United States)")).toBeVisible();
  await expect(page.getByText(/Median annual wage \(May 2024\)/)).toBeVisible();
  // The note on which occupation's data this is comes before the figures it explains.
  const noteBeforeFigures = await page.evaluate(() => {
    const note = [...document.querySelectorAll("#market p")].find((p) => p.textContent?.startsWith("About the data match"));
    const figures = document.getElementById("data-heading");
    return Boolean(note && figures && note.compareDocumentPosition(figures) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(noteBeforeFigures).toBe(true);

  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link")).toHaveText(["Home", "Careers", "Technology & IT"]);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText("Backend Developer");

  const testLink = page.getByTestId("career-test-link").first();
  await expect(testLink).toHaveAttribute("href", "/test?career=backend-developer");
  await expect(page.getByTestId("test-profile-note")).toContainText("Work values (MMMG motivations): estimated.");
  await expect(page.getByText(/O\*NET 30\.1 and 30\.0 Databases/)).toBeVisible();
  await expect(page.getByText(/has not approved, endorsed, or tested these modifications/)).toBeVisible();
});

test("category page lists its careers", async ({ page }) => {
  await page.goto("/careers/category/technology-it");
  await expectPageBasics(page);
  await expect(page.getByRole("heading", { level: 1, name: "Technology & IT careers" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Backend Developer" })).toBeVisible();
});

test("unknown career slug is a real 404 page", async ({ page }) => {
  const response = await page.goto("/careers/astronaut-wizard");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
});

test("structured data on a career page: BreadcrumbList and Occupation", async ({ page }) => {
  await page.goto("/careers/backend-developer");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.map((b) => JSON.parse(b)["@type"]);
  expect(types).toEqual(expect.arrayContaining(["BreadcrumbList", "Occupation"]));
  const occupation = blocks.map((b) => JSON.parse(b)).find((d) => d["@type"] === "Occupation");
  expect(occupation.occupationalCategory).toBe("15-1252.00");
  expect(occupation.estimatedSalary.median).toBeGreaterThan(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("catalog search and area filter work as plain GET forms", async ({ page }) => {
    await page.goto("/careers");
    await page.getByLabel("Search careers").fill("coder");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=coder/);
    await expect(page.getByRole("link", { name: "Backend Developer" })).toBeVisible();
    await expect(page.getByText("Also known as: Coder")).toBeVisible();

    await page.goto("/careers?q=zzzzqqq");
    await expect(page.getByText(/No career matches/)).toBeVisible();

    await page.goto("/careers");
    await page.getByLabel("Area").selectOption("technology-it");
    await page.getByRole("button", { name: "Search" }).click();
    // An area without a query goes to the static category page.
    await expect(page).toHaveURL(/\/careers\/category\/technology-it$/);
    await expect(page.getByRole("link", { name: "Backend Developer" })).toBeVisible();

    await page.goto("/careers?q=engineer&category=engineering");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Careers A-Z: Engineering");
    await expect(page.getByRole("link", { name: "Civil Engineer" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Backend Developer" })).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});

test("every sitemap URL answers 200", async ({ page, request, baseURL }) => {
  // About 500 URLs in two editions: a generous bound, since this checks statuses, not speed.
  test.setTimeout(300_000);
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  expect(urls.length).toBeGreaterThan(20);
  for (const path of urls) {
    const response = await request.get(path);
    expect(response.status(), `${path}`).toBe(200);
  }
  expect(baseURL).toBeTruthy();
  await page.goto("/robots.txt");
  await expect(page.locator("body")).toContainText("Sitemap:");
});
