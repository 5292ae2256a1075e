// Prerendered pages with nothing to hydrate are served without Next's client runtime (the build adapter
// in scripts/static-documents); pages with interactive islands and dynamic pages keep it. Checked on the
// production build that the e2e server runs.
import { expect, test } from "@playwright/test";
import { TEMPLATES, VALID_ANSWERS } from "../templates";

const STATIC_DOCUMENTS = ["home", "catalog", "category", "letter", "career", "methodology", "about"].flatMap(
  (name) => TEMPLATES.filter((t) => t.name === name || t.name === `es ${name}`),
);

const NEXT_SCRIPT = /<script(?![^>]*application\/ld\+json)[^>]*>/;

test.describe("static documents", () => {
  for (const template of STATIC_DOCUMENTS) {
    test(`${template.name} (${template.path}) has no client runtime and keeps its structured data`, async ({
      request,
    }) => {
      const response = await request.get(template.path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).not.toMatch(NEXT_SCRIPT);
      expect(html).not.toContain("__next_f");
      expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
      if (template.name.endsWith("career")) expect(html).toContain('<script type="application/ld+json">');
    });
  }

  test("a career page loads no script, and its contents bar and compare form work with JavaScript on", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (req) => {
      if (req.resourceType() === "script") scripts.push(req.url());
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto("/careers/backend-developer");
    const contents = page.locator("nav").filter({ has: page.locator("#toc-heading") });
    await contents.getByRole("link", { name: "Related careers" }).click();
    await expect(page).toHaveURL(/#related$/);
    await expect(page.getByRole("heading", { level: 2, name: "Related careers" })).toBeInViewport();
    // The page and its contents bar are plain HTML: not one script requested.
    expect(scripts).toEqual([]);

    const compare = page.locator("section").filter({ has: page.locator("#compare-with-heading") });
    await compare.getByRole("combobox").selectOption({ index: 1 });
    await compare.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\?careers=backend-developer(%2C|,)[a-z-]+/);

    // The compare page is dynamic and keeps the runtime.
    await expect.poll(() => scripts.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test("pages with interactive islands keep the runtime", async ({ request }) => {
    for (const path of ["/test", "/counselors", `/test/result?a=${VALID_ANSWERS}`, "/es/orientadores"]) {
      const html = await (await request.get(path)).text();
      expect(html, path).toContain("__next_f");
    }
  });
});
