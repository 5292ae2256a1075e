import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown (golden)", () => {
    expect(renderMarkdown("Hello **world** and [O*NET](https://www.onetonline.org).\n\n- one\n- two")).toBe(
      '<p>Hello <strong>world</strong> and <a href="https://www.onetonline.org">O*NET</a>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });

  it("renders GFM tables", () => {
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
  });

  const attacks: [string, string][] = [
    ["script tag", "Hi <script>alert(1)</script> there"],
    ["img onerror", '<img src="x" onerror="alert(1)">'],
    ["javascript link", "[click](javascript:alert(1))"],
    ["javascript link with entities", "[click](jav&#x09;ascript:alert(1))"],
    ["data link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["svg payload", '<svg onload="alert(1)"><script>alert(1)</script></svg>'],
    ["iframe", '<iframe src="https://evil.example"></iframe>'],
    ["autolink javascript", "<javascript:alert(1)>"],
    ["style attribute", '<p style="background:url(javascript:alert(1))">x</p>'],
  ];

  for (const [name, input] of attacks) {
    it(`neutralises ${name}`, () => {
      const html = renderMarkdown(input).toLowerCase();
      expect(html).not.toMatch(
        /<script|<iframe|<svg|<object|<embed|\son\w+=|(href|src)="\s*(javascript|data|vbscript):|style=/,
      );
    });
  }
});
