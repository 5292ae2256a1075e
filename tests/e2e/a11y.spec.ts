import { test } from "@playwright/test";
import { TEMPLATES } from "../templates";
import { expectNoAxeViolations, expectPageBasics } from "./helpers";

// Every template in both languages, including error pages; axe with WCAG 2.2 AA tags must find nothing.
for (const template of TEMPLATES) {
  test(`axe: no WCAG 2.2 AA violations on ${template.name} (${template.path.slice(0, 60)})`, async ({ page }) => {
    await page.goto(template.path);
    if (template.status === 200) await expectPageBasics(page);
    await expectNoAxeViolations(page);
  });
}
