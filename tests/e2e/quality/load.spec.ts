// Load robustness: a bounded wrk run (-t2 -c64 -d60s) against a career page and then a result URL of
// the test server. Every request must get a 2xx/3xx answer and no socket may fail or time out.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { parseWrk } from "../../../bench/stats";
import { ensureTool, VALID_ANSWERS } from "./util";

const SECONDS = Number(process.env.RUMBO_LOAD_SECONDS ?? 60);

test("wrk -t2 -c64 for 60 s on a career page and on a result URL: zero socket errors, zero non-2xx", async ({
  baseURL,
  request,
}) => {
  test.setTimeout((SECONDS * 2 + 120) * 1000);
  ensureTool("wrk", "wrk");
  const base = baseURL ?? "http://127.0.0.1:3100";
  expect(new URL(base).hostname, "load only loopback").toMatch(/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/);
  const targets = [
    `${base}/careers/backend-developer`,
    `${base}/test/result?a=${VALID_ANSWERS}&career=backend-developer`,
  ];
  const summaries: string[] = [];
  const failures: string[] = [];
  for (const url of targets) {
    // wrk does not count 3xx as failures: make sure each target is a plain 200 first.
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
    // --timeout 10s: a reply slower than 10 s counts as a socket timeout (and fails the test).
    const output = execFileSync("wrk", ["-t2", "-c64", `-d${SECONDS}s`, "--timeout", "10s", "--latency", url], {
      encoding: "utf8",
      timeout: (SECONDS + 60) * 1000,
    });
    const r = parseWrk(output);
    const sockets = r.socketErrors.connect + r.socketErrors.read + r.socketErrors.write + r.socketErrors.timeout;
    summaries.push(
      `${url.replace(base, "")}: ${r.requests} requests, ${r.requestsPerSec} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, non-2xx/3xx ${r.non2xx3xx}, socket errors ${sockets}`,
    );
    if (!(r.requests > 0)) failures.push(`${url}: wrk output not understood:\n${output}`);
    if (r.non2xx3xx !== 0) failures.push(`${url}: ${r.non2xx3xx} non-2xx/3xx responses`);
    if (sockets !== 0) failures.push(`${url}: socket errors ${JSON.stringify(r.socketErrors)}`);
  }
  console.log(summaries.join("\n"));
  expect(failures).toEqual([]);
});
