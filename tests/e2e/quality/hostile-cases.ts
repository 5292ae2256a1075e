// Generated hostile result URLs with the status each one must get. The expectation is decided per
// case from the URL contract (lib/assessment/answers.ts header), not by calling the validator:
//   malformed answers, version or query (repeats, > 200 chars per value, > 2000 chars total) → 400;
//   well-formed answers with an unknown career or version → 404; a complete no-JS form → 303;
//   otherwise → 200. When a URL is both malformed and unknown, 400 wins.
import { VALID_ANSWERS } from "./util";

export interface HostileCase {
  name: string;
  /** Raw query string (already percent-encoded as it goes on the wire), without the "?". */
  query: string;
  status: 200 | 303 | 400 | 404;
}

const enc = encodeURIComponent;
const V = VALID_ANSWERS;

/** Answer values (raw query text after "a=") that must be rejected with 400. */
const BAD_ANSWERS: [string, string][] = [
  ["empty", ""],
  ["one digit", "4"],
  ["20 digits", V.slice(0, 20)],
  ["22 digits", `${V}1`],
  ["21 zeros", "0".repeat(21)],
  ["21 sixes", "6".repeat(21)],
  ["21 nines", "9".repeat(21)],
  ["letter inside", `${V.slice(0, 10)}x${V.slice(11)}`],
  ["all letters", "abcdefghijklmnopqrstu"],
  ["space inside (+)", `${V.slice(0, 10)}+${V.slice(11)}`],
  ["space inside (%20)", `${V.slice(0, 10)}%20${V.slice(11)}`],
  ["leading space", `%20${V.slice(1)}`],
  ["trailing newline", `${V.slice(0, 20)}%0A`],
  ["tab", `${V.slice(0, 20)}%09`],
  ["minus signs", "-1".repeat(10) + "1"],
  ["decimals", "1.2.3.4.5.1.2.3.4.5.1"],
  ["null byte", `${V.slice(0, 20)}%00`],
  ["null bytes only", "%00".repeat(21)],
  ["percent-encoded null then digits", `%00${V.slice(1)}`],
  ["double-encoded digits", [...V].map((d) => `%25${(0x30 + Number(d)).toString(16)}`).join("")],
  ["Arabic-Indic digits", enc("٤٢٥٣١٤٤٢٥٣٣٤٢١٥٤٣٢٤٥٣")],
  ["fullwidth digits", enc("４２５３１４４２５３３４２１５４３２４５３")],
  ["superscript digits", enc("¹²³⁴⁵¹²³⁴⁵¹²³⁴⁵¹²³⁴⁵¹")],
  ["emoji x21", enc("😀".repeat(21))],
  ["keycap emoji", enc("4️⃣".repeat(21))],
  ["flag emoji", enc("🇦🇷".repeat(10) + "1")],
  ["combining marks", enc(`${[...V.slice(0, 20)].map((d) => `${d}\u0301`).join("")}1`)],
  ["right-to-left override", enc(`\u202e${V.slice(1)}`)],
  ["zero-width space", enc(`${V.slice(0, 20)}\u200b`)],
  ["BOM", enc(`\ufeff${V.slice(1)}`)],
  ["overlong UTF-8 dot", "%C0%AE".repeat(21)],
  ["invalid UTF-8 byte", `${V.slice(0, 20)}%FF`],
  ["lone surrogate (CESU)", `${V.slice(0, 20)}%ED%A0%80`],
  ["malformed percent", `${V.slice(0, 20)}%`],
  ["malformed percent %3", `${V.slice(0, 20)}%3`],
  ["malformed percent %G1", `${V.slice(0, 20)}%G1`],
  ["199 digits", "1".repeat(199)],
  ["201 digits", "1".repeat(201)],
  ["2,500 digits", "3".repeat(2500)],
  ["script tag", enc("<script>alert(1)</script>")],
  ["image onerror", enc('"><img src=x onerror=alert(1)>')],
  ["path traversal", enc("../../etc/passwd")],
  ["path traversal raw", "../../etc/passwd"],
  ["encoded traversal", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"],
  ["windows traversal", enc("..\\..\\windows\\win.ini")],
  ["SQL injection", enc("1' OR '1'='1")],
  ["template injection", enc("{{7*7}}${7*7}<%= 7*7 %>")],
  ["CRLF injection", `${V}%0D%0ASet-Cookie:%20x=1`],
  ["JSON", enc('{"a":[4,2,5]}')],
  ["hex number", "0x" + "1".repeat(19)],
  ["exponent", "1e20"],
];

/** career values (raw) and whether they are malformed (400) or merely unknown (404). */
const CAREERS: [string, string, 200 | 400 | 404][] = [
  ["known career", "backend-developer", 200],
  ["empty career (ignored)", "", 200],
  ["unknown career", "astronaut-wizard", 404],
  ["upper case", "BACKEND-DEVELOPER", 404],
  ["trailing slash", enc("backend-developer/"), 404],
  ["path traversal", enc("../../etc/passwd"), 404],
  ["encoded traversal", "..%2F..%2Fetc%2Fpasswd", 404],
  ["null byte suffix", "backend-developer%00", 404],
  ["null byte only", "%00", 404],
  ["script", enc("<script>alert(1)</script>"), 404],
  ["emoji", enc("🚀-developer"), 404],
  ["unicode look-alike (Cyrillic е)", enc("backеnd-developer"), 404],
  ["prototype key", "__proto__", 404],
  ["constructor", "constructor", 404],
  ["201 characters", "a".repeat(201), 400],
  ["repeated", "backend-developer&career=nurse", 400],
];

/** v values (raw) and the status they lead to with good answers. */
const VERSIONS: [string, string, 200 | 400 | 404][] = [
  ["no version", "", 200],
  ["current version", "1", 200],
  ["unknown version 3", "3", 404],
  ["unknown version 999999", "999999", 404],
  ["version 0", "0", 404],
  ["seven digits", "1234567", 400],
  ["negative", "-1", 400],
  ["decimal", "1.0", 400],
  ["letters", "abc", 400],
  ["huge", "9".repeat(500), 400],
  ["null byte", "1%00", 400],
  ["emoji", enc("1️⃣"), 400],
  ["repeated", "1&v=1", 400],
];

function combine(...statuses: (200 | 400 | 404)[]): 200 | 400 | 404 {
  if (statuses.includes(400)) return 400;
  if (statuses.includes(404)) return 404;
  return 200;
}

export function hostileResultCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  // Every bad answer value, alone and with a known and an unknown career.
  for (const [name, a] of BAD_ANSWERS) {
    cases.push({ name: `a: ${name}`, query: `a=${a}`, status: 400 });
    cases.push({ name: `a: ${name}, known career`, query: `a=${a}&career=backend-developer`, status: 400 });
    cases.push({ name: `a: ${name}, unknown career`, query: `a=${a}&career=astronaut-wizard`, status: 400 });
  }
  // Good answers with every career value and every version value.
  for (const [cname, career, cstatus] of CAREERS) {
    for (const [vname, v, vstatus] of VERSIONS) {
      const parts = [`a=${V}`];
      if (career !== "" || cname.startsWith("empty")) parts.push(`career=${career}`);
      if (v !== "") parts.push(`v=${v}`);
      cases.push({ name: `career: ${cname}; v: ${vname}`, query: parts.join("&"), status: combine(cstatus, vstatus) });
    }
  }
  // Parameter-level tricks.
  cases.push(
    { name: "no query at all", query: "", status: 400 },
    { name: "a without =", query: "a", status: 400 },
    { name: "A in upper case", query: `A=${V}`, status: 400 },
    { name: "encoded key a", query: `%61=${V}`, status: 200 },
    { name: "percent-encoded digits", query: `a=${[...V].map((d) => `%3${d}`).join("")}`, status: 200 },
    { name: "a repeated, same value", query: `a=${V}&a=${V}`, status: 400 },
    { name: "a repeated 50 times", query: Array.from({ length: 50 }, () => `a=${V}`).join("&"), status: 400 },
    { name: "a[] array syntax", query: `a[]=${V}`, status: 400 },
    { name: "a[0] syntax", query: `a[0]=${V}`, status: 400 },
    { name: "unknown parameters ignored", query: `a=${V}&utm_source=x&foo=bar&x=%00`, status: 200 },
    { name: "unknown parameter with script", query: `a=${V}&x=${enc("<script>alert(1)</script>")}`, status: 200 },
    { name: "unknown parameter of 201 characters", query: `a=${V}&x=${"y".repeat(201)}`, status: 400 },
    {
      name: "many unknown parameters (total > 2000)",
      query: `a=${V}&${Array.from({ length: 400 }, (_, i) => `p${i}=xxxx`).join("&")}`,
      status: 400,
    },
    {
      name: "many short unknown parameters (total < 2000)",
      query: `a=${V}&${Array.from({ length: 60 }, (_, i) => `p${i}=1`).join("&")}`,
      status: 200,
    },
    { name: "__proto__ parameter", query: `a=${V}&__proto__=x&constructor=y`, status: 200 },
    { name: "__proto__[a]", query: `__proto__[a]=${V}`, status: 400 },
    { name: "empty key", query: `=${V}`, status: 400 },
    { name: "only ampersands", query: "&&&&", status: 400 },
    { name: "semicolon separator", query: `a=${V};career=backend-developer`, status: 400 },
    { name: "fragment-looking value", query: `a=${V.slice(0, 20)}%231`, status: 400 },
    {
      name: "form: all 21 answers",
      query: Array.from({ length: 21 }, (_, i) => `q${i + 1}=${V[i]}`).join("&"),
      status: 303,
    },
    {
      name: "form: all answers and a career",
      query: `${Array.from({ length: 21 }, (_, i) => `q${i + 1}=${V[i]}`).join("&")}&career=backend-developer`,
      status: 303,
    },
    {
      name: "form: all answers and an unknown career",
      query: `${Array.from({ length: 21 }, (_, i) => `q${i + 1}=3`).join("&")}&career=${enc("../../etc/passwd")}`,
      status: 303,
    },
    {
      name: "form: one answer missing",
      query: Array.from({ length: 20 }, (_, i) => `q${i + 1}=3`).join("&"),
      status: 400,
    },
    {
      name: "form: an answer of 6",
      query: Array.from({ length: 21 }, (_, i) => `q${i + 1}=${i === 4 ? 6 : 3}`).join("&"),
      status: 400,
    },
    {
      name: "form: an answer with emoji",
      query: Array.from({ length: 21 }, (_, i) => `q${i + 1}=${i === 4 ? enc("😀") : 3}`).join("&"),
      status: 400,
    },
    { name: "form: q99 only", query: "q99=3", status: 400 },
  );
  return cases;
}
