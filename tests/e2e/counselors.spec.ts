// The counselors' class view as a counselor uses it: paste a class's result links (labelled, Spanish,
// bare, broken), see profiles, frequent careers and problems, with no request carrying any answers.
import { expect, test, type Page } from "@playwright/test";
import { VALID_ANSWERS } from "../templates";
import { expectNoAxeViolations, expectPageBasics } from "./helpers";

// Plausible students: three designed answer sets (tests/unit/fixtures) and one-answer variations of them.
const BASES = ["552223344242524253543", "125532322445242345442", "232355131332411233534", VALID_ANSWERS];
const WITHHELD = "3".repeat(21);

function variations(count: number): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < count; k++) {
    const base = BASES[k % BASES.length] ?? VALID_ANSWERS;
    const position = Math.floor(k / BASES.length) % 21;
    const digit = Number(base[position]);
    const changed = String(digit >= 4 ? digit - 1 : digit + 1);
    const answers = k < BASES.length ? base : `${base.slice(0, position)}${changed}${base.slice(position + 1)}`;
    if (!out.includes(answers)) out.push(answers);
  }
  return out;
}

/** 30 lines: 27 valid (one withheld, one labelled, one Spanish, one bare a=, one relative) and 3 broken. */
function classPaste(origin: string) {
  const answers = [...variations(26), WITHHELD];
  const valid = answers.map((a, i) => {
    if (i === 0) return `Ana: ${origin}/test/result?a=${a}`;
    if (i === 1) return `${origin}/es/test/resultado?a=${a}`;
    if (i === 2) return `a=${a}`;
    if (i === 3) return `Luis\t/test/result?a=${a}&career=registered-nurse`;
    if (i === answers.length - 1) return `Zoe: ${origin}/test/result?a=${a}`;
    return i % 3 === 0 ? `Student ${i}: ${origin}/test/result?a=${a}` : `${origin}/test/result?a=${a}`;
  });
  const broken = [
    `Bea: ${origin}/test/result?a=12`,
    `${origin}/careers/registered-nurse`,
    `Dani: /test/result?a=${VALID_ANSWERS.slice(0, 19)}x3`,
  ];
  const lines = [...valid.slice(0, 10), broken[0], ...valid.slice(10, 20), broken[1], ...valid.slice(20), broken[2]];
  return { text: lines.join("\n"), answers, secrets: [...answers, VALID_ANSWERS.slice(0, 19)] };
}

/** Every request URL and body from now on. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => seen.push(`${request.method()} ${request.url()} ${request.postData() ?? ""}`));
  return seen;
}

async function pasteAndShow(page: Page, text: string, labels: { input: RegExp; submit: string }) {
  await page.getByLabel(labels.input).fill(text);
  await expect(page.getByRole("button", { name: labels.submit })).toBeEnabled();
  await page.getByRole("button", { name: labels.submit }).click();
  await expect(page.getByTestId("class-results")).toBeVisible();
}

const EN = { input: /Result links, one per line/, submit: "Show the class view" };
const ES = { input: /Enlaces de resultados, uno por línea/, submit: "Mostrar la vista de clase" };

for (const [name, viewport] of [
  ["phone", null],
  ["desktop", { width: 1280, height: 900 }],
] as const) {
  test.describe(`class view on a ${name}`, () => {
    if (viewport) test.use({ viewport, isMobile: false, hasTouch: false });

    test("27 profiles, 3 problems, the most frequent careers, and no request carries answers", async ({ page, baseURL }) => {
      test.slow(); // axe over a class-sized table takes a while on a shared 2-core runner
      await page.goto("/counselors");
      await expectPageBasics(page);
      await expect(page.getByRole("heading", { name: "Nothing is sent or stored" })).toBeVisible();
      const { text, answers, secrets } = classPaste(baseURL ?? "");
      const requests = recordRequests(page);
      await pasteAndShow(page, text, EN);

      await expect(page.getByTestId("class-status")).toHaveText(
        "27 student profiles shown; 1 of them without careers (withheld); 3 links could not be read.",
      );
      const profiles = page.getByTestId("class-profiles");
      await expect(profiles.locator("tbody tr")).toHaveCount(27);
      await expect(profiles.locator("tbody th").first()).toHaveText("Ana");
      await expect(profiles.locator("tbody th").nth(1)).toHaveText("Student 2");
      await expect(profiles.locator("tbody th", { hasText: "Luis" })).toHaveCount(1);
      await expect(profiles.locator("tbody tr").last()).toContainText("Withheld");
      await expect(page.getByTestId("class-withheld")).toHaveCount(1);
      await expect(profiles.locator("tfoot th")).toHaveText("Class average (27 students)");

      const problems = page.getByTestId("class-problems").locator(":scope > li");
      await expect(problems).toHaveCount(3);
      await expect(problems.nth(0)).toContainText("Link 11 (Bea)");
      await expect(problems.nth(0)).toContainText("The link has 2 answers instead of 21");
      await expect(problems.nth(1)).toContainText("This is not a result link");
      await expect(problems.nth(2)).toContainText("Answer 20 is “x”");

      const careers = page.getByTestId("class-careers").locator("tbody tr");
      expect(await careers.count()).toBeGreaterThan(0);
      expect(await careers.count()).toBeLessThanOrEqual(15);
      const top = Number(await careers.first().locator("td").first().textContent());
      expect(top).toBeGreaterThanOrEqual(2);
      await expect(careers.first().getByRole("link")).toHaveAttribute("href", /^\/careers\/[a-z0-9-]+$/);

      const links = page.getByTestId("class-links").locator(":scope > li");
      await expect(links).toHaveCount(27);
      await expect(links.nth(0).getByRole("link")).toHaveAttribute("href", `/test/result?a=${answers[0]}`);
      await expect(links.nth(3).getByRole("link")).toHaveAttribute("href", `/test/result?a=${answers[3]}&career=registered-nurse`);
      await expect(links.last()).toContainText("No careers suggested");

      // Give any late request (prefetch, analytics, anything) a chance to happen before checking.
      await page.waitForTimeout(1000);
      for (const secret of secrets) {
        expect(requests.filter((request) => request.includes(secret)), secret).toEqual([]);
      }
      await expectNoAxeViolations(page);
    });
  });
}

test("Spanish: Spanish titles and links, problems in Spanish, axe clean, nothing sent", async ({ page, baseURL }) => {
  test.slow();
  await page.goto("/es/orientadores");
  await expectPageBasics(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectNoAxeViolations(page);
  const { text, secrets } = classPaste(baseURL ?? "");
  const requests = recordRequests(page);
  await pasteAndShow(page, text, ES);
  await expect(page.getByTestId("class-status")).toContainText("27 perfiles de estudiantes");
  await expect(page.getByTestId("class-profiles").locator("tbody tr")).toHaveCount(27);
  await expect(page.getByTestId("class-profiles").locator("tbody th").nth(1)).toHaveText("Estudiante 2");
  await expect(page.getByTestId("class-problems").locator(":scope > li")).toHaveCount(3);
  await expect(page.getByTestId("class-problems")).toContainText("El enlace tiene 2 respuestas en lugar de 21");
  await expect(page.getByTestId("class-links").getByRole("link").first()).toHaveAttribute("href", /^\/es\/test\/resultado\?a=\d{21}$/);
  const careerLinks = page.getByTestId("class-careers").locator("tbody a");
  expect(await careerLinks.count()).toBeGreaterThan(0);
  // A career without a Spanish edition links to its English page and says its title is English.
  for (const link of await careerLinks.all()) {
    const href = (await link.getAttribute("href")) ?? "";
    if (href.startsWith("/careers/")) await expect(link).toHaveAttribute("lang", "en");
    else expect(href).toMatch(/^\/es\/carreras\/[a-z0-9-]+$/);
  }
  await page.waitForTimeout(1000);
  for (const secret of secrets) expect(requests.filter((request) => request.includes(secret)), secret).toEqual([]);
  await expectNoAxeViolations(page);
});

test("60 links are scored fast enough, and the printout keeps the tables", async ({ page, baseURL }) => {
  await page.goto("/counselors");
  const answers = variations(60);
  await pasteAndShow(page, answers.map((a) => `${baseURL}/test/result?a=${a}`).join("\n"), EN);
  await expect(page.getByTestId("class-profiles").locator("tbody tr")).toHaveCount(60);
  // Reported, never asserted: a test must not depend on the machine's speed (the bench measures it).
  const ms = Number(await page.getByTestId("class-results").getAttribute("data-scoring-ms"));
  console.log(`class view: read and scored 60 links in ${ms} ms`);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("class-profiles")).toBeVisible();
  await expect(page.getByTestId("class-careers")).toBeVisible();
  await expect(page.getByLabel(EN.input)).toBeHidden();
  await expect(page.getByRole("button", { name: EN.submit })).toBeHidden();
});

test("more than 60 links: the first 60 are read and the rest are counted", async ({ page }) => {
  await page.goto("/counselors");
  await pasteAndShow(page, Array.from({ length: 63 }, () => `a=${VALID_ANSWERS}`).join("\n"), EN);
  await expect(page.getByTestId("class-status")).toContainText("Only the first 60 links were read; 3 more lines were left out.");
  await expect(page.getByTestId("class-profiles").locator("tbody tr")).toHaveCount(60);
});

test("the careers come from a static file per language, not from the page", async ({ request }) => {
  const html = await (await request.get("/counselors")).text();
  expect(html).not.toContain('"values":[');
  for (const [path, title] of [
    ["/counselors/careers.json", "Registered Nurse"],
    ["/es/orientadores/carreras.json", "Enfermería"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const careers = (await response.json()) as { id: string; title: string; values: number[] }[];
    expect(careers.length).toBeGreaterThanOrEqual(200);
    expect(careers.find((career) => career.id === "registered-nurse")?.title).toBe(title);
    expect(careers.every((career) => career.values.length === 27)).toBe(true);
  }
});

test("if the careers cannot be loaded, the page says so and keeps the button off", async ({ page }) => {
  await page.route("**/counselors/careers.json", (route) => route.fulfill({ status: 503, body: "" }));
  await page.goto("/counselors");
  await expect(page.getByTestId("class-catalog-failed")).toHaveAttribute("role", "alert");
  await expect(page.getByTestId("class-catalog-failed")).toContainText("The list of careers could not be loaded");
  await page.getByLabel(EN.input).fill(`a=${VALID_ANSWERS}`);
  await expect(page.getByRole("button", { name: EN.submit })).toBeDisabled();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, heading] of [
    ["/counselors", "The class view needs JavaScript"],
    ["/es/orientadores", "La vista de clase necesita JavaScript"],
  ] as const) {
    test(`${path} explains why it needs JavaScript and how to open each link`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
      await expect(page.locator("noscript + div button").first()).toBeDisabled();
    });
  }
});
