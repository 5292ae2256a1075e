import { expect, test } from "@playwright/test";
import { expectPageBasics, waitForEnhancedForm } from "./helpers";

const ANSWERS = "445234142443232454343";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the test is a plain form: all 21 items, submit, canonical result link", async ({ page }) => {
    await page.goto("/test?career=backend-developer");
    await expectPageBasics(page);
    const groups = page.locator("fieldset");
    await expect(groups).toHaveCount(21);
    // The progress bar is in the HTML for browsers that run scripts; without them it could never move.
    await expect(page.getByRole("progressbar")).toBeHidden();
    for (let i = 0; i < 21; i++) {
      const answer = ANSWERS[i] ?? "3";
      await groups.nth(i).locator(`input[value="${answer}"]`).check();
    }
    await page.getByRole("button", { name: "See my results" }).click();
    await expect(page).toHaveURL(new RegExp(`/test/result\\?a=${ANSWERS}&career=backend-developer$`));
    await expect(page.getByRole("heading", { name: "How Backend Developer matches you" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Careers to explore" })).toBeVisible();
    // The chosen career plus the tiered careers, with no rank numbers.
    expect(await page.locator('[data-testid="match"]').count()).toBeGreaterThan(3);
    await expect(page.getByTestId("tier-heading").first()).toBeVisible();
  });

  test("an incomplete form submission gets a 400 page naming the missing questions", async ({ request }) => {
    const response = await request.get("/test/result?q1=4&q2=5");
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("Some questions have no answer: 3, 4, 5, 6, 7 and 14 more");
  });
});

test("with JavaScript: one tap per question, back gesture, resume, and nothing left after finishing", async ({
  page,
}) => {
  await page.goto("/test");
  await waitForEnhancedForm(page);
  await expect(page.getByText("0 of 21 answered")).toBeVisible();
  await expect(page.locator("fieldset:visible")).toHaveCount(1);

  // Next without an answer explains what is needed.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Please choose an answer before going on.")).toBeVisible();

  // Tapping an answer records it and moves on.
  for (let q = 1; q <= 5; q++) {
    await expect(page.locator("fieldset:visible legend")).toContainText(`Question ${q} of 21`);
    await page.locator("fieldset:visible").getByText("Agree", { exact: true }).click();
  }
  await expect(page.getByText("5 of 21 answered")).toBeVisible();
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 6 of 21");
  // The Back button and the phone's back gesture both go to the previous question, not out of the test.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 5 of 21");
  await page.goBack();
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 4 of 21");
  await expect(page).toHaveURL(/\/test$/);

  await page.reload();
  await expect(page.getByText(/Welcome back/)).toBeVisible();
  await expect(page.getByText("5 of 21 answered")).toBeVisible();
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 6 of 21");

  // Keyboard only: arrow keys choose within a question (without jumping ahead), Tab reaches Next.
  for (let q = 6; q <= 21; q++) {
    const radio = page.locator("fieldset:visible input[type=radio]").first();
    await radio.focus();
    await page.keyboard.press("ArrowRight"); // moves to and checks "Disagree"
    await page.keyboard.press("ArrowRight"); // "Not sure"
    await expect(page.locator("fieldset:visible legend")).toContainText(`Question ${q} of 21`);
    const button = q < 21 ? "Next" : "See my results";
    await page.getByRole("button", { name: button }).focus();
    await page.keyboard.press("Enter");
  }
  await expect(page).toHaveURL(/\/test\/result\?a=444443{16}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();

  // A finished test leaves nothing behind: the next visit starts empty.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("rumbo")))).toEqual([]);
  await page.goto("/test");
  await waitForEnhancedForm(page);
  await expect(page.getByText("0 of 21 answered")).toBeVisible();
  await expect(page.getByText(/Welcome back/)).toHaveCount(0);
});

test("a tap followed quickly by Back stays where Back leads (the pending auto-advance is cancelled)", async ({
  page,
}) => {
  // A paused fake clock holds the 150 ms auto-advance until the test releases it, so the order of
  // events is fixed whatever the machine's speed.
  const start = new Date("2026-01-05T09:00:00Z");
  await page.clock.install({ time: start });
  await page.goto("/test");
  await waitForEnhancedForm(page);
  await expect(page.getByText("0 of 21 answered")).toBeVisible();
  await page.clock.pauseAt(new Date(start.getTime() + 60_000));
  await page.locator("fieldset:visible").getByText("Agree", { exact: true }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 2 of 21");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 1 of 21");
  await page.clock.runFor(1000);
  await expect(page.locator("fieldset:visible legend")).toContainText("Question 1 of 21");
});

test("the question on screen does not move when the form takes over", async ({ page }) => {
  await page.goto("/test");
  await waitForEnhancedForm(page);
  // Every layout shift since the page started loading (the browser buffers them; observe() with
  // buffered: true puts them in the observer's queue at once, so takeRecords() reads them without waiting),
  // named by the elements that moved.
  const moved = await page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: "layout-shift", buffered: true });
    const shifts = observer.takeRecords() as unknown as { sources: { node: Node | null }[] }[];
    observer.disconnect();
    return shifts.flatMap((shift) =>
      shift.sources.map(({ node }) =>
        node instanceof Element && node.closest("fieldset") ? "a question" : (node?.nodeName ?? "?"),
      ),
    );
  });
  // Buttons and the footer may rise as the other 20 questions hide; the question on screen may not move.
  expect(moved).not.toContain("a question");
});

test("Start over clears the saved answers at any time", async ({ page }) => {
  await page.goto("/test");
  // Before the form is enhanced all 21 questions show (the no-JavaScript form), and "Agree" would
  // match 21 elements.
  await waitForEnhancedForm(page);
  await expect(page.getByText("0 of 21 answered")).toBeVisible();
  await page.locator("fieldset:visible").getByText("Agree", { exact: true }).click();
  await expect(page.getByText("1 of 21 answered")).toBeVisible();
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByText("0 of 21 answered")).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("rumbo")))).toEqual([]);
  await page.reload();
  await expect(page.getByText(/Welcome back/)).toHaveCount(0);
});

test("a career page's test link leads to a result that starts with that career", async ({ page }) => {
  await page.goto(`/test/result?a=${ANSWERS}&career=backend-developer`);
  const first = page.locator('[data-testid="match"]').first();
  await expect(first.getByRole("link")).toHaveText("Backend Developer");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByText("Scoring version 2.")).toBeVisible();
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
  const weights = Object.values(key.designWeights as Record<string, number>).reduce((a, b) => a + b, 0);
  expect(weights).toBeCloseTo(1, 10);
  // Published influence matches the design weights it was fitted to.
  for (const [model, weight] of Object.entries(key.designWeights as Record<string, number>))
    expect(Math.abs((key.influence as Record<string, number>)[model]! - weight)).toBeLessThan(0.03);
  await page.goto("/methodology");
  const rows = page.getByTestId("item-key").locator("tbody tr");
  await expect(rows).toHaveCount(21);
  for (const item of key.items as { id: number; text: string }[]) {
    await expect(rows.nth(item.id - 1)).toContainText(item.text);
  }
});

test("the printed result fits on two A4 pages with the date, the result link, its QR code and the profile chart", async ({
  page,
  baseURL,
}) => {
  const path = "/test/result?a=552223334242524253543&career=emergency-management-director";
  await page.goto(path);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(/test\/result\?a=552223334242524253543.*scoring version 2/)).toBeVisible();
  // The printed markup: today's date, the QR code named by the full link, the compact profile chart.
  await expect(page.getByTestId("print-date")).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await expect(page.getByText(/^Printed on/)).toBeVisible();
  const qr = page.getByRole("img", { name: `QR code that opens these results: ${baseURL}${path}` });
  await expect(qr).toBeVisible();
  // The code is an image file: it must have loaded while the block was still hidden on screen.
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByRole("img", { name: /^Interest hexagon/ })).toBeVisible();
  // The bars print even when the print dialog leaves out background graphics, and each shows its range.
  const bars = await page.locator(".r-bar").evaluateAll((elements) =>
    elements.map((bar) => ({
      adjust: getComputedStyle(bar).printColorAdjust,
      range: Number.parseFloat(getComputedStyle(bar, "::before").width),
      mark: Number.parseFloat(getComputedStyle(bar, "::after").width),
    })),
  );
  expect(bars.length).toBe(27);
  for (const bar of bars) {
    expect(bar.adjust).toBe("exact");
    expect(bar.range).toBeGreaterThan(0);
    expect(bar.mark).toBeGreaterThan(0);
  }
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const text = pdf.toString("latin1");
  const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  // The printed link is a real link, so a PDF saved from the print dialog opens the result too.
  expect(text).toContain(`/URI (${baseURL}${path})`);
});

test("the result's QR code: an SVG of the page's own link, the public host behind a proxy, the page's 400/404", async ({
  request,
}) => {
  const path = `/test/result?a=${ANSWERS}&career=backend-developer`;
  const image = await request.get(`/test/result/qr.svg?a=${ANSWERS}&career=backend-developer`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  expect(image.headers()["cache-control"]).toContain("s-maxage");
  expect(image.headers()["x-robots-tag"]).toBe("noindex");
  const svg = await image.text();
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
  // The page names its code by the link it encodes; behind a proxy both use the public host. The same
  // link always gives the same code, and a different link a different one.
  const page = await request.get(path, { headers: { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "rumbo.example" } });
  expect(await page.text()).toContain(`alt="QR code that opens these results: https://rumbo.example${path.replace("&", "&amp;")}"`);
  const proxied = await request.get(`/test/result/qr.svg?a=${ANSWERS}&career=backend-developer`, {
    headers: { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "rumbo.example" },
  });
  expect(proxied.status()).toBe(200);
  const again = await (await request.get(`/test/result/qr.svg?a=${ANSWERS}&career=backend-developer`)).text();
  expect(again).toBe(svg);
  expect(await proxied.text()).not.toBe(svg);
  const spanish = await request.get(`/es/test/resultado/qr.svg?a=${ANSWERS}`);
  expect(spanish.status()).toBe(200);
  expect(await spanish.text()).not.toBe(svg);

  for (const [url, status, words] of [
    ["/test/result/qr.svg?a=12345", 400, "We could not read this result link"],
    [`/test/result/qr.svg?a=${ANSWERS}&career=astronaut-wizard`, 404, "We could not read this result link"],
    ["/es/test/resultado/qr.svg?a=12", 400, "No pudimos leer este enlace de resultados"],
  ] as const) {
    const response = await request.get(url, { failOnStatusCode: false });
    expect(response.status(), url).toBe(status);
    expect(response.headers()["content-type"], url).toBe("text/plain; charset=utf-8");
    expect(await response.text(), url).toContain(words);
  }
});

test("the result as JSON: every career in score order, and clear 400/404 JSON for bad links", async ({ request }) => {
  const ok = await request.get(`/test/result.json?a=${ANSWERS}&career=backend-developer`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toContain("application/json");
  expect(ok.headers()["cache-control"]).toContain("s-maxage");
  const body = await ok.json();
  expect(body.withheld).toBe(false);
  expect(body.careers.length).toBeGreaterThan(70);
  const indexes = body.careers.map((c: { index: number }) => c.index);
  expect(indexes).toEqual([...indexes].sort((a: number, b: number) => b - a));
  expect(body.careers[0]).toMatchObject({ slug: expect.any(String), title: expect.any(String), reasons: expect.any(Array) });
  const spanish = await (await request.get(`/es/test/resultado.json?a=${ANSWERS}`)).json();
  expect(spanish.careers.find((c: { slug: string }) => c.slug === "registered-nurse")?.title).toBe("Enfermería");

  const withheld = await (await request.get(`/test/result.json?a=${"3".repeat(21)}`)).json();
  expect(withheld.withheld).toBe(true);
  expect(withheld.careers.every((c: { band: unknown; tier: unknown }) => c.band === null && c.tier === null)).toBe(true);

  const bad: [string, number][] = [
    ["/test/result.json", 400],
    ["/test/result.json?a=12345", 400],
    ["/test/result.json?a=44523414244323245434x", 400],
    [`/test/result.json?a=${ANSWERS}&a=${ANSWERS}`, 400],
    [`/test/result.json?a=${"1".repeat(5000)}`, 400],
    ["/test/result.json?a=%F0%9F%98%80", 400],
    [`/test/result.json?a=${ANSWERS}&v=beta`, 400],
    [`/test/result.json?a=${ANSWERS}&career=astronaut-wizard`, 404],
    [`/test/result.json?a=${ANSWERS}&career=Backend_Developer`, 404],
    [`/test/result.json?a=${ANSWERS}&v=99`, 404],
    ["/es/test/resultado.json?a=12", 400],
  ];
  for (const [url, status] of bad) {
    const response = await request.get(url, { failOnStatusCode: false });
    expect(response.status(), url.slice(0, 60)).toBe(status);
    const error = await response.json();
    expect(error.error, url.slice(0, 60)).toEqual(expect.any(String));
    expect(error.problems.length, url.slice(0, 60)).toBeGreaterThan(0);
    expect(error.problems[0]).toEqual({ param: expect.any(String), message: expect.any(String) });
  }
});

test("answers that carry no information get no career suggestions, only the profile and what to do", async ({ page }) => {
  await page.goto(`/test/result?a=${"3".repeat(21)}`);
  await expect(page.getByTestId("withheld")).toBeVisible();
  await expect(page.getByTestId("match")).toHaveCount(0);
  await expect(page.getByText(/Strong fit|Good fit/)).toHaveCount(0);
  await expect(page.getByTestId("lead-holland")).toContainText("No clear lead");
});
