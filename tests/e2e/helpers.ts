import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Lays out every section of a long page and every question of the test form. Parts far from the
 * viewport skip layout (content-visibility: auto) and their boxes are overlapping placeholders until a
 * reader scrolls to them; checks of colour contrast, sizes and distances need the real boxes.
 */
export async function renderDeferredSections(page: Page) {
  await page.addStyleTag({
    content: ".defer-sections > section, .question { content-visibility: visible !important; }",
  });
}

/**
 * Waits until the test form has taken over (one question per screen). Its progress bar is in the
 * server HTML, so the counter's text alone does not say the page is interactive yet.
 */
export async function waitForEnhancedForm(page: Page) {
  await expect(page.locator("form[data-enhanced]")).toHaveCount(1);
}

/** Runs axe with the WCAG 2.0-2.2 A/AA rule sets and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page) {
  await renderDeferredSections(page);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

/** Title, description, canonical and exactly one h1: what every page owes crawlers. */
export async function expectPageBasics(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S.{29,}/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\//);
  await expect(page.locator("h1")).toHaveCount(1);
}
