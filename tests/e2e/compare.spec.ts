// Comparing careers (from a career page and from a result), its 400/404 links, and the result page's
// share and print tools for counselors. Runs in the phone project (Pixel 7).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectPageBasics } from "./helpers";

const ANSWERS = "552223334242524253543";
const COMPARE = "/compare?careers=backend-developer,registered-nurse";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a career page's Compare with… form opens the comparison at its canonical, shareable link", async ({ page }) => {
    await page.goto("/careers/backend-developer");
    await page.getByLabel("Compare Backend Developer with…").selectOption({ label: "Frontend Developer" }); // the list offers the same area and related careers
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?careers=backend-developer(%2C|,)frontend-developer$/);
    await expectPageBasics(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare careers");
    const table = page.getByTestId("compare-table");
    await expect(table.getByRole("columnheader")).toHaveText(["Backend Developer", "Frontend Developer"]);
    for (const row of ["pay", "growth", "openings", "entryEducation", "studyYears", "interests", "skills", "paths"]) {
      await expect(table.locator(`tr[data-row="${row}"] td`)).toHaveCount(2);
    }
    await expect(table.locator('tr[data-row="pay"]')).toContainText("$");
    await expect(table.locator('tr[data-row="growth"]')).toContainText(/all occupations|shrink/);
    await expect(table.locator('tr[data-row="interests"]')).toContainText(/Investigative|Social|Realistic/);
    // No result in the link: no match row.
    await expect(table.locator('tr[data-row="match"]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
      "href",
      /\/es\/comparar\?careers=backend-developer(%2C|,)frontend-developer$/,
    );
    await expect(page.getByRole("link", { name: "Leer en español" })).toHaveAttribute(
      "href",
      /^\/es\/comparar\?careers=/,
    );

    // A third career through the page's own add form, still without JavaScript.
    await page.getByLabel("Career to add").selectOption({ label: "Chef" });
    await page.getByRole("button", { name: "Add to the comparison" }).click();
    await expect(page).toHaveURL(/careers=backend-developer(%2C|,)frontend-developer(%2C|,)chef$/);
    await expect(page.getByTestId("compare-table").getByRole("columnheader")).toHaveCount(3);
  });

  test("a result's Compare these careers form carries the answers, and the comparison shows each match", async ({
    page,
  }) => {
    await page.goto(`/test/result?a=${ANSWERS}`);
    const box = page.getByTestId("compare-suggestions");
    await box.getByText("Choose which careers to compare").click();
    // The top three are preselected; add a fourth.
    await expect(box.locator("input[type=checkbox]:checked")).toHaveCount(3);
    await box.locator("input[type=checkbox]:not(:checked)").first().check();
    await box.getByRole("button", { name: "Compare the chosen careers" }).click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?careers=[a-z-]+((%2C|,)[a-z-]+){3}&a=${ANSWERS}$`));
    const match = page.getByTestId("compare-table").locator('tr[data-row="match"] td');
    await expect(match).toHaveCount(4);
    await expect(match.first()).toContainText(/Match index \d+ of 100/);
    await expect(page.getByRole("link", { name: "Back to your result" })).toHaveAttribute(
      "href",
      `/test/result?a=${ANSWERS}`,
    );
  });
});

test("with a result in the link, each career shows its tier or that it is not suggested, and its match index", async ({
  page,
}) => {
  const response = await page.goto(`/compare?careers=chemist,registered-nurse&a=${ANSWERS}`);
  expect(response?.status()).toBe(200);
  const cells = page.getByTestId("compare-table").locator('tr[data-row="match"] td');
  await expect(cells.nth(0)).toContainText("Very likely for you");
  await expect(cells.nth(1)).toContainText("Not among your suggestions");
  for (const i of [0, 1]) await expect(cells.nth(i)).toContainText(/Match index \d+ of 100/);

  // An unreadable result still compares, and says why no match is shown.
  await page.goto("/compare?careers=chemist,registered-nurse&a=12");
  await expect(page.getByText("The test result in this link could not be read")).toBeVisible();
  await expect(page.getByTestId("compare-table").locator('tr[data-row="match"]')).toHaveCount(0);
});

test("the result page's one-tap link compares the top three suggestions", async ({ page }) => {
  await page.goto(`/test/result?a=${ANSWERS}`);
  await page.getByRole("link", { name: "Compare your top 3" }).click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?careers=.+&a=${ANSWERS}$`));
  await expect(page.getByTestId("compare-table").locator('tr[data-row="match"] td')).toHaveCount(3);
});

const badLinks: [string, number, RegExp][] = [
  ["/compare?careers=backend-developer,astronaut-wizard", 404, /There is no career called “astronaut-wizard”/],
  [
    "/compare?careers=backend-developer,registered-nurse,chef,chemist,electrician",
    400,
    /at most 4 careers at a time; this link names 5/,
  ],
  ["/compare?careers=backend-developer", 400, /at least 2 careers; this link names only 1/],
  ["/compare", 400, /names no careers/],
  ["/es/comparar?careers=enfermeria-inventada,chef", 404, /No hay ninguna carrera llamada «enfermeria-inventada»/],
];

for (const [url, status, message] of badLinks) {
  test(`bad compare link ${url} → ${status} with an explanation`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(status);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      /We could not compare these careers|No pudimos comparar/,
    );
    await expect(page.getByTestId("compare-problems")).toContainText(message);
    await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  });
}

for (const path of [COMPARE, `/es/comparar?careers=backend-developer,registered-nurse,chef,chemist&a=${ANSWERS}`]) {
  test(`axe: no WCAG 2.2 AA violations on ${path.slice(0, 50)}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(path);
    await expectPageBasics(page);
    await expectNoAxeViolations(page);
    // Wide screen: the same page as a side-by-side table.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page);
  });
}

test("the Spanish comparison is worded in Spanish and links each career's Spanish page", async ({ page }) => {
  await page.goto("/es/comparar?careers=registered-nurse,backend-developer");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparar carreras");
  await expect(page.getByRole("link", { name: "Enfermería" })).toHaveAttribute("href", "/es/carreras/enfermeria");
  await expect(page.getByTestId("compare-table").locator('tr[data-row="pay"] th')).toHaveText(/Salario mediano/);
});

test.describe("share and print", () => {
  test("without the Web Share API, the button copies the full result link", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true });
    });
    await page.goto(`/test/result?a=${ANSWERS}&career=chemist`);
    await expect(page.getByRole("button", { name: "Share these results" })).toHaveCount(0);
    await page.getByRole("button", { name: "Copy link to these results" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/test/result?a=${ANSWERS}&career=chemist`);
  });

  test("with the Web Share API, one Share button opens the system sheet with the link", async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(Navigator.prototype, "share", {
        value: async (data: ShareData) => void shared.push(data),
        configurable: true,
      });
      Object.defineProperty(Navigator.prototype, "canShare", { value: () => true, configurable: true });
    });
    await page.goto(`/es/test/resultado?a=${ANSWERS}`);
    await page.getByRole("button", { name: "Compartir estos resultados" }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toEqual([
      { title: "Mis resultados del test de carreras de Rumbo", url: `${baseURL}/es/test/resultado?a=${ANSWERS}` },
    ]);
    await expect(page.getByRole("button", { name: "Copiar el enlace a estos resultados" })).toHaveCount(0);
  });

  test("a printed result carries the date, the full link and its QR code, and keeps the profile chart", async ({
    page,
    baseURL,
  }) => {
    const url = `${baseURL}/es/test/resultado?a=${ANSWERS}`;
    await page.goto(url);
    await expect(page.getByTestId("print-details")).toBeHidden();
    await page.emulateMedia({ media: "print" });
    const details = page.getByTestId("print-details");
    await expect(details).toBeVisible();
    await expect(details.getByTestId("print-date")).toHaveText(/^\d{1,2} de [a-z]+ de \d{4}$/);
    await expect(details).toContainText("Impreso el");
    await expect(details).toContainText(url);
    const qr = details.getByRole("img", { name: `Código QR que abre estos resultados: ${url}` });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const src = await qr.getAttribute("src");
    expect(src).toBe(`/es/test/resultado/qr.svg?a=${ANSWERS}`);
    expect((await page.request.get(src!)).headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    await expect(page.getByRole("heading", { name: "Tus respuestas, modelo a modelo" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Hexágono de intereses/ })).toBeVisible();
  });
});
