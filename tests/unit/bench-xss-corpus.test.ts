// XSS corpus through renderMarkdown: whatever a career file contains, the HTML it becomes must hold
// nothing a browser would execute. The checks parse the output independently of the sanitizer's own
// schema: tag names against a short safe list, attributes against a safe list, URL schemes after
// entity decoding and control-character stripping.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

const SAFE_TAGS = new Set([
  "p",
  "a",
  "strong",
  "em",
  "del",
  "s",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "br",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "img",
  "sup",
  "sub",
  "section",
  "input",
  "div",
  "span",
  "kbd",
  "details",
  "summary",
  "dl",
  "dt",
  "dd",
  "b",
  "i",
  "q",
  "ins",
]);
// Attributes that carry no behaviour; every URL-bearing one is checked for its scheme below.
const SAFE_ATTRIBUTES = new Set([
  "href",
  "src",
  "alt",
  "title",
  "align",
  "type",
  "checked",
  "disabled",
  "start",
  "class",
  "colspan",
  "rowspan",
  "cite",
  "width",
  "height",
  "aria-hidden",
  "aria-label",
  "aria-describedby",
  "data-footnotes",
  "data-footnote-ref",
  "data-footnote-backref",
  "dir",
  "lang",
  "open",
  "reversed",
  "scope",
  "abbr",
]);
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "cite",
  "action",
  "formaction",
  "xlink:href",
  "background",
  "poster",
  "data",
]);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The scheme a browser would see: entities decoded, controls and whitespace removed, lower case. */
function schemeOf(url: string): string | null {
  const cleaned = decodeEntities(url)
    .replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, "")
    .toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return match ? (match[1] ?? null) : null;
}

interface Tag {
  name: string;
  attributes: { name: string; value: string }[];
}

function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(
    /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g,
  )) {
    const attributes = [...(match[2] ?? "").matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g)].map(
      (a) => ({
        name: (a[1] ?? "").toLowerCase(),
        value: (a[2] ?? "").replace(/^["']|["']$/g, ""),
      }),
    );
    tags.push({ name: (match[1] ?? "").toLowerCase(), attributes });
  }
  return tags;
}

/** Every reason the HTML could run code or act on its own; empty when it is inert. */
function executableParts(html: string): string[] {
  const problems: string[] = [];
  // Anything that still looks like a tag opening but did not parse as one is suspicious.
  const opened = (html.match(/<[a-zA-Z!?/]/g) ?? []).length;
  const closed = (html.match(/<\/[a-zA-Z][\w:-]*\s*>/g) ?? []).length;
  const tags = tagsOf(html);
  if (opened !== tags.length + closed)
    problems.push(`unparsed markup (${opened} openings, ${tags.length + closed} tags)`);
  for (const tag of tags) {
    if (!SAFE_TAGS.has(tag.name)) problems.push(`<${tag.name}> is not on the safe list`);
    if (tag.name === "input" && !tag.attributes.some((a) => a.name === "disabled")) problems.push("enabled <input>");
    for (const attribute of tag.attributes) {
      if (attribute.name.startsWith("on")) problems.push(`event handler ${attribute.name} on <${tag.name}>`);
      // Ids are allowed only with the sanitizer's prefix, so content cannot clobber page ids or globals.
      else if (attribute.name === "id" || attribute.name === "name") {
        if (!attribute.value.startsWith("user-content-"))
          problems.push(`unprefixed ${attribute.name}="${attribute.value}"`);
      } else if (!SAFE_ATTRIBUTES.has(attribute.name)) problems.push(`attribute ${attribute.name} on <${tag.name}>`);
      if (URL_ATTRIBUTES.has(attribute.name)) {
        const scheme = schemeOf(attribute.value);
        if (scheme !== null && !["http", "https", "mailto"].includes(scheme)) {
          problems.push(`${attribute.name}="${attribute.value}" uses the ${scheme}: scheme`);
        }
      }
    }
  }
  if (
    /<\/?(script|style|iframe|object|embed|svg|math|form|button|meta|link|base|frame|frameset|template|noscript)\b/i.test(
      html,
    )
  ) {
    problems.push("a dangerous element survived");
  }
  return problems;
}

const CORPUS: [string, string][] = [
  // Script and raw HTML
  ["script tag", "<script>alert(1)</script>"],
  ["script in paragraph", "Hello <script>alert(document.cookie)</script> world"],
  ["script with src", '<script src="https://evil.example/x.js"></script>'],
  ["uppercase script", "<SCRIPT>alert(1)</SCRIPT>"],
  ["split script", "<scr<script>ipt>alert(1)</scr</script>ipt>"],
  ["script in code span stays text", "`<script>alert(1)</script>`"],
  ["script in fenced code stays text", "```html\n<script>alert(1)</script>\n```"],
  ["html comment trick", "<!--><script>alert(1)</script>-->"],
  ["cdata", "<![CDATA[<script>alert(1)</script>]]>"],
  // Links with dangerous schemes
  ["javascript link", "[click](javascript:alert(1))"],
  ["JavaScript mixed case", "[click](JaVaScRiPt:alert(1))"],
  ["javascript with tab entity", "[click](jav&#x09;ascript:alert(1))"],
  ["javascript with newline entity", "[click](java&#10;script:alert(1))"],
  ["javascript percent-encoded", "[click](javascript%3Aalert(1))"],
  ["javascript entity colon", "[click](javascript&colon;alert(1))"],
  ["javascript decimal entities", "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))"],
  ["javascript hex entities", "[click](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))"],
  ["javascript leading space", "[click]( javascript:alert(1))"],
  ["javascript in angle brackets", "[click](<javascript:alert(1)>)"],
  ["javascript autolink", "<javascript:alert(1)>"],
  ["javascript reference link", "[click][x]\n\n[x]: javascript:alert(1)"],
  ["javascript image", "![x](javascript:alert(1))"],
  ["data html link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["data svg image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
  ["DATA uppercase", "[x](DATA:text/html,<script>alert(1)</script>)"],
  ["vbscript link", "[x](vbscript:msgbox(1))"],
  ["vbscript entity-encoded", "[x](&#118;bscript:msgbox(1))"],
  ["file link", "[x](file:///etc/passwd)"],
  ["link title breaking out", '[x](https://example.org "a\\" onmouseover=\\"alert(1))'],
  ["href quote breaking", '[x](https://example.org/"onmouseover="alert(1))'],
  // Event handlers and attributes
  ["img onerror", '<img src="x" onerror="alert(1)">'],
  ["img onerror unquoted", "<img src=x onerror=alert(1)>"],
  ["body onload", '<body onload="alert(1)">'],
  ["div onmouseover", '<div onmouseover="alert(1)">hover</div>'],
  ["a onclick", '<a href="https://example.org" onclick="alert(1)">x</a>'],
  ["details ontoggle", "<details open ontoggle=alert(1)>"],
  ["input autofocus onfocus", "<input autofocus onfocus=alert(1)>"],
  ["video source onerror", "<video><source onerror=alert(1)></video>"],
  ["marquee onstart", "<marquee onstart=alert(1)>x</marquee>"],
  // SVG and MathML
  ["svg onload", '<svg onload="alert(1)"><script>alert(1)</script></svg>'],
  [
    "svg animate href",
    '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
  ],
  ["svg use data", '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>"/></svg>'],
  ["svg foreignObject", "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>"],
  ["math xlink", '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>'],
  ["math mglyph style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
  // Frames, objects, embeds
  ["iframe", '<iframe src="https://evil.example"></iframe>'],
  ["iframe srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ["frameset", '<frameset><frame src="javascript:alert(1)"></frameset>'],
  ["object data", '<object data="javascript:alert(1)"></object>'],
  ["embed", '<embed src="javascript:alert(1)">'],
  ["applet", '<applet code="Evil.class"></applet>'],
  // Style
  ["style element", "<style>body{background:url(javascript:alert(1))}</style>"],
  ["style attribute", '<p style="background:url(javascript:alert(1))">x</p>'],
  ["style expression", '<div style="width: expression(alert(1))">x</div>'],
  ["link stylesheet", '<link rel="stylesheet" href="https://evil.example/x.css">'],
  // Forms and buttons
  ["form action", '<form action="javascript:alert(1)"><input type="submit"></form>'],
  ["button formaction", '<button formaction="javascript:alert(1)">x</button>'],
  ["form to other origin", '<form action="https://evil.example" method="post"><input name="x"></form>'],
  ["input image", '<input type="image" src="x" onerror="alert(1)">'],
  // Meta and base
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ["meta refresh to site", '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ["base href", '<base href="javascript:alert(1)//">'],
  // Ids and names that clobber the DOM
  ["id clobbering", '<a id="skip-link" name="main" href="https://example.org">x</a>'],
  // Mixed Markdown constructs
  ["html inside table", "| a |\n|---|\n| <script>alert(1)</script> |"],
  ["html inside list", "- <img src=x onerror=alert(1)>\n- two"],
  ["html inside blockquote", "> <iframe src=javascript:alert(1)>"],
  ["footnote with javascript", "Text[^1]\n\n[^1]: [x](javascript:alert(1))"],
  ["task list", "- [x] done <script>alert(1)</script>\n- [ ] todo"],
  [
    "template and noscript",
    '<template><script>alert(1)</script></template><noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  ],
  ["null byte in tag", "<scr\u0000ipt>alert(1)</scr\u0000ipt>"],
  ["unicode escapes in scheme", "[x](\u006a\u0061vascript:alert(1))"],
];

describe("renderMarkdown XSS corpus", () => {
  it("has a corpus of at least 60 payloads", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
  });

  for (const [name, markdown] of CORPUS) {
    it(`nothing executable: ${name}`, () => {
      const html = renderMarkdown(markdown);
      expect(executableParts(html), html).toEqual([]);
    });
  }

  // The checker itself must catch what it claims to catch, or the corpus proves nothing.
  it.each([
    ["<script>alert(1)</script>", "script"],
    ['<a href="javascript:alert(1)">x</a>', "javascript"],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', "javascript"],
    ['<a href="&#106;avascript:alert(1)">x</a>', "javascript"],
    ['<img src="data:image/svg+xml,x">', "data"],
    ['<p onclick="alert(1)">x</p>', "onclick"],
    ['<p style="color:red">x</p>', "style"],
    ["<svg></svg>", "svg"],
    ['<form action="https://x"></form>', "form"],
    ['<meta http-equiv="refresh" content="0">', "meta"],
    ['<input type="checkbox">', "input"],
    ['<a id="main" href="#x">x</a>', "id"],
  ])("the checker flags %s", (html, word) => {
    const problems = executableParts(html);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join(" ")).toContain(word);
  });

  it("keeps safe Markdown: links, emphasis, lists and tables pass the checker", () => {
    const html = renderMarkdown(
      "**bold** [site](https://example.org) <mailto:a@example.org>\n\n- one\n\n| a |\n|---|\n| 1 |\n\n- [x] done",
    );
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain("<table>");
    expect(executableParts(html)).toEqual([]);
  });
});
