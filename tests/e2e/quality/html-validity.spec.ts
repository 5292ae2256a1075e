// HTML validity: every page template through the Nu HTML Checker (vnu-jar), in one Java run.
// Errors fail the test; warnings are printed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ensureTool, TEMPLATES } from "./util";

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

test("every page template passes the Nu HTML Checker with zero errors", async ({ request }) => {
  test.setTimeout(300_000);
  ensureTool("java", "default-jre-headless");
  const vnuJar = String(createRequire(path.join(process.cwd(), "package.json"))("vnu-jar"));

  const dir = mkdtempSync(path.join(os.tmpdir(), "rumbo-vnu-"));
  try {
    const files = new Map<string, string>();
    for (const template of TEMPLATES) {
      const response = await request.get(template.path, { maxRedirects: 0 });
      expect(response.status(), template.path).toBe(template.status);
      const file = path.join(dir, `${template.name.replace(/[^a-z0-9]+/gi, "-")}.html`);
      writeFileSync(file, await response.body());
      files.set(`file:${file}`, template.path);
    }
    // A control document with one known error proves the checker really read the files.
    const control = path.join(dir, "control-invalid.html");
    writeFileSync(
      control,
      '<!DOCTYPE html><html lang="en"><head><title>control</title></head><body><ul><p>not a list item</p></ul></body></html>',
    );
    files.set(`file:${control}`, "control");

    let output: string;
    try {
      output = execFileSync(
        "java",
        ["-Xss4m", "-jar", vnuJar, "--format", "json", "--stdout", ...[...files.keys()].map((f) => f.slice(5))],
        {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
          timeout: 240_000,
        },
      );
    } catch (error) {
      // vnu exits 1 when it found errors; its JSON report is still on stdout.
      const stdout = (error as { stdout?: string }).stdout;
      if (!stdout) throw error;
      output = stdout;
    }
    const messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
    const where = (m: VnuMessage) => `${files.get(m.url ?? "") ?? m.url}:${m.lastLine ?? "?"}:${m.firstColumn ?? "?"}`;
    const describe = (m: VnuMessage) =>
      `${where(m)} ${m.message}${m.extract ? ` [${m.extract.trim().slice(0, 120)}]` : ""}`;

    const warnings = messages.filter((m) => m.type === "info" && m.subType === "warning");
    // Next.js writes self-closing void elements (<meta ... />); the checker notes each one.
    const notes = warnings.filter((m) => !m.message.startsWith("Trailing slash on void elements"));
    const pageErrors = messages.filter((m) => m.type !== "info" && files.get(m.url ?? "") !== "control");
    console.log(
      `vnu: ${pageErrors.length} errors in ${files.size - 1} pages (plus the control document's known error), ${warnings.length} warnings (${warnings.length - notes.length} about trailing slashes on void elements)`,
    );
    for (const warning of notes) console.log(`warning: ${describe(warning)}`);

    const errors = messages.filter((m) => m.type === "error" || m.type === "non-document-error");
    const controlErrors = errors.filter((m) => files.get(m.url ?? "") === "control");
    expect(controlErrors.map((m) => m.message).join(" "), "the control document's known error").toContain(
      "not allowed as child of element “ul”",
    );
    expect(errors.filter((m) => !controlErrors.includes(m)).map(describe)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
