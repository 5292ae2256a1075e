// The Spanish edition as a Spanish-speaking student uses it: the test with and without JavaScript, a
// Spanish result link, search, and the language switch between the same pages.
import { expect, test } from "@playwright/test";
import { expectPageBasics, waitForEnhancedForm } from "./helpers";

const ANSWERS = "445234142443232454343";

test.describe("sin JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("el test es un formulario: 21 preguntas en español, envío y enlace de resultado en español", async ({ page }) => {
    await page.goto("/es/test?career=registered-nurse");
    await expectPageBasics(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const groups = page.locator("fieldset");
    await expect(groups).toHaveCount(21);
    await expect(groups.first()).toContainText("Me gusta arreglar o montar cosas con las manos");
    for (let i = 0; i < 21; i++) await groups.nth(i).locator(`input[value="${ANSWERS[i] ?? "3"}"]`).check();
    await page.getByRole("button", { name: "Ver mis resultados" }).click();
    await expect(page).toHaveURL(new RegExp(`/es/test/resultado\\?a=${ANSWERS}&career=registered-nurse$`));
    await expect(page.getByRole("heading", { level: 1, name: "Tus resultados" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Carreras para explorar" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Cómo encaja Enfermería contigo" })).toBeVisible();
  });

  test("la búsqueda en español encuentra carreras por su nombre en los dos idiomas", async ({ page }) => {
    await page.goto("/es/carreras");
    await page.getByLabel("Buscar carreras").fill("nurse");
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page).toHaveURL(/\/es\/carreras\/buscar\?q=nurse/);
    await expect(page.getByRole("link", { name: "Enfermería" })).toBeVisible();
    await page.goto("/es/carreras/buscar?q=abogada");
    await expect(page.getByRole("status")).toContainText("abogada");
    await expect(page.locator("main h3 a").first()).toHaveAttribute("href", /^\/es\/carreras\//);
  });
});

test("con JavaScript: el test en español de principio a fin", async ({ page }) => {
  await page.goto("/es/test");
  await waitForEnhancedForm(page);
  await expect(page.getByText("0 de 21 respondidas")).toBeVisible();
  // A tap on an answer moves on by itself; wait for each question before answering it, so the test
  // never races the form (clicking "Siguiente" as well would be a second step on a slow machine).
  for (let q = 1; q <= 21; q++) {
    await expect(page.locator("fieldset:visible legend")).toContainText(`Pregunta ${q} de 21`);
    await page.locator("fieldset:visible").getByText("De acuerdo", { exact: true }).click();
  }
  await expect(page.getByText("21 de 21 respondidas")).toBeVisible();
  await page.getByRole("button", { name: "Ver mis resultados" }).click();
  await expect(page).toHaveURL(/\/es\/test\/resultado\?a=4{21}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tus resultados" })).toBeVisible();
});

test("un enlace de resultado roto en español explica el problema con 400", async ({ page }) => {
  const response = await page.goto("/es/test/resultado?a=12");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No pudimos leer este enlace de resultados");
  await expect(page.getByRole("link", { name: "Repetir el test" })).toHaveAttribute("href", "/es/test");
});

test("el selector de idioma lleva a la misma página en el otro idioma, con hreflang en las dos", async ({ page }) => {
  await page.goto("/careers/registered-nurse");
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", /\/es\/carreras\/enfermeria$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/careers\/registered-nurse$/);
  await page.getByRole("link", { name: "Leer en español" }).click();
  await expect(page).toHaveURL(/\/es\/carreras\/enfermeria$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 2, name: "Dónde estudiar" })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/careers\/registered-nurse$/);
  await page.getByRole("link", { name: "Read in English" }).click();
  await expect(page).toHaveURL(/\/careers\/registered-nurse$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the sitemap lists both editions with hreflang alternates", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const english = xml.match(/<loc>[^<]*\/careers\/[a-z0-9-]+<\/loc>/g) ?? [];
  const spanish = xml.match(/<loc>[^<]*\/es\/carreras\/[a-z0-9-]+<\/loc>/g) ?? [];
  expect(english.length).toBeGreaterThan(0);
  expect(spanish.length).toBeGreaterThan(0);
  expect(xml).toContain('hreflang="es"');
  expect(xml).toMatch(/<loc>[^<]*\/es\/carreras\/enfermeria<\/loc>/);
});
