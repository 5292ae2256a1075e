// Tap targets on a phone (WCAG 2.2 SC 2.5.8 Target Size (Minimum), AA): on every template at
// 390×844, each visible link, button, field, select and summary is at least 24×24 CSS px, or passes
// the spacing exception (a 24 px circle centred on it touches no other target and no other undersized
// target's circle). Inline links inside a sentence are exempt (the SC's "inline" exception): an <a>
// whose parent is a p/li/dd/td with other text. Primary controls (the header's sections, form submit
// buttons, the career page's test links) must also be at least 44 px tall.
import { expect, test, type Page } from "@playwright/test";
import { renderDeferredSections } from "./helpers";
import { TEMPLATES } from "../templates";

test.use({ viewport: { width: 390, height: 844 } });

interface Problem {
  target: string;
  width: number;
  height: number;
  why: string;
}

/** Runs in the page: measures every target and returns the ones that fail, described for a human. */
async function tapTargetProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const PRIMARY = 44;
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary";
    const primary = new Set<Element>(
      document.querySelectorAll(
        'header nav a, button[type=submit], input[type=submit], [data-testid="career-test-link"]',
      ),
    );

    const describe = (el: Element) => {
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
      const name = el.getAttribute("aria-label") ?? (text || el.getAttribute("name") || el.id);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${name}"`;
    };

    const visible = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const rect = el.getBoundingClientRect();
      // Visually hidden (sr-only) elements are 1×1 px: not something anyone taps.
      return rect.width > 1 && rect.height > 1;
    };

    /** A control wrapped in its <label> is activated by the whole label: that is its target. */
    const targetRect = (el: Element): DOMRect => {
      const own = el.getBoundingClientRect();
      if (el instanceof HTMLInputElement && el.labels) {
        for (const label of el.labels) {
          if (label.contains(el)) {
            const box = label.getBoundingClientRect();
            if (box.width * box.height > own.width * own.height) return box;
          }
        }
      }
      return own;
    };

    /** SC 2.5.8 "inline": a link in a sentence, whose size is set by the line height of the text. */
    const inline = (el: Element) => {
      const parent = el.parentElement;
      if (el.tagName !== "A" || !parent || !["P", "LI", "DD", "TD"].includes(parent.tagName)) return false;
      const own = (el.textContent ?? "").trim();
      return (parent.textContent ?? "").replace(own, "").trim().length > 0;
    };

    const targets = [...document.querySelectorAll(selector)].filter(visible).map((el) => ({ el, rect: targetRect(el) }));
    const problems: { target: string; width: number; height: number; why: string }[] = [];
    const undersized = targets.filter(({ el, rect }) => (rect.width < MIN || rect.height < MIN) && !inline(el));
    const center = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

    for (const { el, rect } of undersized) {
      const c = center(rect);
      // Spacing exception: the 24 px circle around this target must not touch another target...
      const touchesTarget = targets.some(({ el: other, rect: r }) => {
        if (other === el || other.contains(el) || el.contains(other)) return false;
        const dx = c.x - Math.max(r.left, Math.min(c.x, r.right));
        const dy = c.y - Math.max(r.top, Math.min(c.y, r.bottom));
        return dx * dx + dy * dy < (MIN / 2) ** 2;
      });
      // ...nor the circle of another undersized target.
      const touchesCircle = undersized.some(({ el: other, rect: r }) => {
        if (other === el) return false;
        const o = center(r);
        return Math.hypot(c.x - o.x, c.y - o.y) < MIN;
      });
      if (touchesTarget || touchesCircle) {
        problems.push({
          target: describe(el),
          width: Math.round(rect.width * 10) / 10,
          height: Math.round(rect.height * 10) / 10,
          why: `smaller than ${MIN}×${MIN} and too close to another target`,
        });
      }
    }

    for (const { el, rect } of targets) {
      if (primary.has(el) && rect.height < PRIMARY) {
        problems.push({
          target: describe(el),
          width: Math.round(rect.width * 10) / 10,
          height: Math.round(rect.height * 10) / 10,
          why: `primary control shorter than ${PRIMARY} px`,
        });
      }
    }
    return problems;
  });
}

for (const template of TEMPLATES) {
  test(`tap targets ≥ 24 px (primary ≥ 44 px) at 390×844 on ${template.name} (${template.path.slice(0, 60)})`, async ({
    page,
  }) => {
    const response = await page.goto(template.path);
    expect(response?.status()).toBe(template.status);
    // Measure with the real font in place (it changes every text box's size).
    await page.evaluate(() => document.fonts.ready);
    await renderDeferredSections(page);
    const problems = await tapTargetProblems(page);
    expect(problems.map((p) => `${p.target} ${p.width}×${p.height}: ${p.why}`)).toEqual([]);
  });
}

test("the header fits one line at 390 px in both languages, with the current section marked", async ({ page }) => {
  for (const [path, current] of [
    ["/careers/backend-developer", "Careers"],
    ["/es/carreras", "Carreras"],
    ["/es/metodologia", "Método"],
  ] as const) {
    await page.goto(path);
    const links = page.getByRole("navigation", { name: /^(Main|Principal)$/ }).getByRole("link");
    // Every visible header link (brand and sections) shares one vertical centre: one line.
    const centres = await page.locator("header a").evaluateAll((els) =>
      els
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 1 && r.height > 1)
        .map((r) => r.top + r.height / 2),
    );
    expect(centres.length, `${path}: brand and four sections`).toBe(5);
    expect(Math.max(...centres) - Math.min(...centres), `${path}: header on one line`).toBeLessThan(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: no sideways scroll`).toBe(390);
    const marked = links.and(page.locator("[aria-current]"));
    await expect(marked).toHaveCount(1);
    await expect(marked).toHaveAccessibleName(current);
  }
});
