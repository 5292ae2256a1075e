import { expect, test } from "@playwright/test";
import { expectPageBasics } from "./helpers";

const ANSWERS = "445234142443232454343";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the test is a plain form: all 21 items, submit, canonical result link", async ({ page }) => {
    await page.goto("/test?career=backend-developer");
    await expectPageBasics(page);
    const groups = page.locator("fieldset");
    await expect(groups).toHaveCount(21);
    for (let i = 0; i < 21; i++) {
      const answer = ANSWERS[i] ?? "3";
      await groups.nth(i).locator(`input[value="${answer}"]`).check();
    }
    await page.getByRole("button", { name: "See my results" }).click();
    await expect(page).toHaveURL(new RegExp(`/test/result\\?a=${ANSWERS}&career=backend-developer$`));
    await expect(page.getByRole("heading", { name: "How Backend Developer matches you" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your top 10 careers" })).toBeVisible();
    await expect(page.locator('[data-testid="match"]')).toHaveCount(11); // chosen career + top 10
  });

  test("an incomplete form submission gets a 400 page naming the missing questions", async ({ request }) => {
    const response = await request.get("/test/result?q1=4&q2=5");
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("Some questions have no answer: 3, 4, 5, 6, 7 and 14 more");
  });
});

test("with JavaScript: one question per screen, progress, back/next, resume after reload", async ({ page }) => {
  await page.goto("/test");
  await expect(page.getByText("0 of 21 answered")).toBeVisible();
  await expect(page.locator("fieldset:visible")).toHaveCount(1);

  // Next without an answer explains what is needed.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Please choose an answer before going on.")).toBeVisible();

  for (let i = 0; i < 5; i++) {
    await page.locator("fieldset:visible").getByLabel("Agree", { exact: true }).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByText("5 of 21 answered")).toBeVisible();
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 6 of 21");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 5 of 21");

  await page.reload();
  await expect(page.getByText(/Welcome back/)).toBeVisible();
  await expect(page.getByText("5 of 21 answered")).toBeVisible();
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 6 of 21");

  // Keyboard only: arrow keys choose within a question, Tab reaches Next.
  for (let q = 6; q <= 21; q++) {
    const radio = page.locator("fieldset:visible input[type=radio]").first();
    await radio.focus();
    await page.keyboard.press("ArrowRight"); // moves to and checks "Disagree"
    await page.keyboard.press("ArrowRight"); // "Not sure"
    const button = q < 21 ? "Next" : "See my results";
    await page.getByRole("button", { name: button }).focus();
    await page.keyboard.press("Enter");
  }
  await expect(page).toHaveURL(/\/test\/result\?a=444443{16}$/);
  await expect(page.getByRole("heading", { name: "Your top 10 careers" })).toBeVisible();
});

test("a career page's test link leads to a result that starts with that career", async ({ page }) => {
  await page.goto(`/test/result?a=${ANSWERS}&career=backend-developer`);
  const first = page.locator('[data-testid="match"]').first();
  await expect(first.getByRole("link")).toHaveText("Backend Developer");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByText("Scoring version 1.")).toBeVisible();
});

const badLinks: [string, number, RegExp][] = [
  ["/test/result", 400, /"a"/],
  ["/test/result?a=12345", 400, /has 5 answers, expected 21/],
  ["/test/result?a=44523414244323245434x", 400, /Answer 21 is "x"/],
  ["/test/result?a=445234142443232454343&a=445234142443232454343", 400, /appears 2 times/],
  [`/test/result?a=${"1".repeat(5000)}`, 400, /too long|limit/],
  ["/test/result?a=445234142443232454343&career=astronaut-wizard", 404, /astronaut-wizard/],
  ["/test/result?a=445234142443232454343&v=99", 404, /Version 99 of the test does not exist/],
  ["/test/result?a=%F0%9F%98%80%F0%9F%98%80", 400, /expected 21/],
];

for (const [url, status, message] of badLinks) {
  test(`bad result link ${url.slice(0, 60)} → ${status} with an explanation`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(status);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not read this result link");
    await expect(page.getByTestId("result-problems")).toContainText(message);
    await expect(page.getByRole("link", { name: "Take the test again" })).toHaveAttribute("href", "/test");
  });
}

test("the published key and the methodology page agree", async ({ page, request }) => {
  const key = await (await request.get("/methodology/key.json")).json();
  expect(key.items).toHaveLength(21);
  expect(key.scale).toEqual({ min: 1, max: 5 });
  const weights = Object.values(key.modelWeights as Record<string, number>).reduce((a, b) => a + b, 0);
  expect(weights).toBeCloseTo(1, 10);
  await page.goto("/methodology");
  const rows = page.getByTestId("item-key").locator("tbody tr");
  await expect(rows).toHaveCount(21);
  for (const item of key.items as { id: number; text: string }[]) {
    await expect(rows.nth(item.id - 1)).toContainText(item.text);
  }
});

test("the printed result fits on one A4 page and keeps the result link", async ({ page }) => {
  await page.goto(`/test/result?a=552223334242524253543&career=emergency-management-director`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(/test\/result\?a=552223334242524253543.*scoring version 1/)).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
});
