import { test } from "@playwright/test";
import { expectNoAxeViolations, expectPageBasics } from "./helpers";

// One page per template; axe with WCAG 2.2 AA tags must find nothing.
const templates = [
  "/",
  "/careers",
  "/careers?q=nurse",
  "/careers/category/health",
  "/careers/backend-developer",
  "/careers/registered-nurse",
  "/careers/emergency-management-director",
  "/about",
];

for (const path of templates) {
  test(`axe: no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectPageBasics(page);
    await expectNoAxeViolations(page);
  });
}

test("axe: no violations on the 404 page", async ({ page }) => {
  await page.goto("/careers/no-such-career");
  await expectNoAxeViolations(page);
});
