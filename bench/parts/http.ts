// HTTP part: what `next start` (bound to 127.0.0.1, one Node process) serves per second next to nginx
// (one worker) on the same machine and in the same run, so the ratios hold even when the machine's load
// moves the absolute numbers:
//   - a career page from next start vs the same prerendered HTML file from nginx (plain and gzip);
//   - nginx proxy_cache in front of next start (cache hits) for the career page and the result page;
//   - the result page (dynamic: scored per request): server time on one connection, throughput under
//     wrk -t2 -c32 -d20s with timeouts counted;
//   - the 400 page of a broken link under the same wrk settings: the smallest page next start renders per
//     request, so its throughput is the ceiling for any dynamic page, the result page included;
//   - the load run that used to be an e2e test (wrk -t2 -c64 -d60s on a career page and a result URL),
//     now a report: errors and timeouts are counted and shown, never a failure.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { VALID_ANSWERS } from "@/tests/templates";
import { realCatalog } from "../catalogs";
import { fixed, table } from "../md";
import { FLOOR_PAGE } from "../targets";
import { QUICK, QUICK_NOTE, templatePath, type Part } from "../part";
import { httpGet, log, ROOT, run, startNext, startNginx, timeRequests, TMP, type Server } from "../proc";
import { parseWrk, type WrkResult } from "../stats";

const CAREER = templatePath("career");
/** The result page as a shared link opens it (no chosen career). */
const RESULT = `/test/result?a=${VALID_ANSWERS}`;
/** A broken result link: its 400 page is the smallest page Next renders per request. */
const FLOOR = templatePath("result 400");
/** The load run keeps the e2e test's targets: a career page and a result URL with a chosen career. */
const LOAD_TARGETS = [CAREER, templatePath("result")];

const SECONDS = QUICK ? 3 : 10;
const RESULT_SECONDS = QUICK ? 3 : 20;
const LOAD_SECONDS = QUICK ? 5 : 60;
/** wrk's --timeout: a reply slower than this counts as a socket timeout. */
const TIMEOUT_S = 10;

const NEXT_PORT = 3311;

interface WrkRun {
  page: string;
  server: string;
  note: string;
  path: string;
  connections: number;
  seconds: number;
  result: WrkResult;
}

function wrk(url: string, opts: { connections: number; seconds: number; headers?: string[] }) {
  const args = ["-t2", `-c${opts.connections}`, `-d${opts.seconds}s`, "--latency", "--timeout", `${TIMEOUT_S}s`];
  for (const h of opts.headers ?? []) args.push("-H", h);
  args.push(url);
  const out = run("wrk", args, { timeoutMs: (opts.seconds + 60) * 1000 });
  if (out.status !== 0) throw new Error(`wrk failed: ${out.stderr}`);
  return { result: parseWrk(out.stdout), raw: out.stdout };
}

const socketErrors = (r: WrkResult) => r.socketErrors.connect + r.socketErrors.read + r.socketErrors.write;

const HEADER_NAMES = [
  "content-type",
  "content-length",
  "content-encoding",
  "cache-control",
  "location",
  "etag",
  "vary",
  "x-cache",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
  "transfer-encoding",
];

async function headersOf(url: string, extra: Record<string, string> = {}) {
  const res = await httpGet(url, extra);
  const picked: Record<string, string> = {};
  for (const name of HEADER_NAMES) {
    const value = res.headers[name];
    if (value !== undefined) picked[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const headerBytes = Object.entries(res.headers).reduce((sum, [k, v]) => sum + k.length + String(v).length + 4, 0);
  return {
    status: res.status,
    bytes: res.body.length,
    headerCount: Object.keys(res.headers).length,
    headerBytes,
    headers: picked,
  };
}

/** nginx as a caching reverse proxy in front of next start. Cache key: the full request URI (query included). */
function proxyLocation(extra = ""): string {
  return `proxy_pass http://127.0.0.1:${NEXT_PORT};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache rumbo;
      proxy_cache_key $scheme$proxy_host$request_uri;
      proxy_cache_valid 200 10m;
      proxy_cache_lock on;
      # With sendfile, cached 95 KB responses on keep-alive connections stalled ~27-44 ms each here
      # (delayed-ACK interplay); reading the cache file normally serves them in ~0.1 ms.
      sendfile off;
      add_header X-Cache $upstream_cache_status always;${extra}`;
}

/**
 * The prerendered HTML file of a route in a build. Where Next keeps it depends on the build (under
 * server/app/(group)/… or server/route-cache/APP_PAGE/<hash>/$/…), so it is looked up by its path's end.
 */
function prerenderedHtml(serverDir: string, routeFile: string): string {
  const found = (readdirSync(serverDir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => file.endsWith(`/${routeFile}`) || file === routeFile)
    .map((file) => path.join(serverDir, file));
  if (found.length === 0) throw new Error(`no prerendered ${routeFile} under ${serverDir}`);
  return found[0]!;
}

export const http: Part = {
  name: "http",
  title: "3. HTTP: next start vs nginx",
  async run() {
    const real = await realCatalog();
    const staticRoot = path.join(TMP, "nginx-root");
    rmSync(staticRoot, { recursive: true, force: true });
    mkdirSync(path.join(staticRoot, "careers"), { recursive: true });
    const htmlFile = prerenderedHtml(path.join(ROOT, real.distDir, "server"), `${CAREER.slice(1)}.html`);
    const html = readFileSync(htmlFile);
    writeFileSync(path.join(staticRoot, `${CAREER.slice(1)}.html`), html);
    writeFileSync(path.join(staticRoot, `${CAREER.slice(1)}.html.gz`), gzipSync(html, { level: 9 }));

    const servers: Server[] = [];
    const runs: WrkRun[] = [];
    const skipped: { page: string; server: string; status: number }[] = [];
    const headers: Record<string, Awaited<ReturnType<typeof headersOf>>> = {};
    try {
      const next = await startNext({ name: "http-next", port: NEXT_PORT, ...real });
      servers.push(next);
      const nginx = await startNginx({
        name: "static",
        port: 3312,
        serverBlock: `root ${staticRoot};
    location = /__ping { return 204; }
    location /careers/ { default_type text/html; try_files $uri.html =404; gzip_static on; }`,
      });
      servers.push(nginx);
      const proxy = await startNginx({
        name: "proxy-cache",
        port: 3313,
        httpBlock: "proxy_cache_path $PREFIX/cache keys_zone=rumbo:10m max_size=200m inactive=10m;",
        // The result page says `private, no-store` (personal answers in the URL): this measures what a
        // cache that ignores that would give, one entry per answer set.
        serverBlock: `location = /__ping { return 204; }
    location / {
      ${proxyLocation()}
    }
    location = /test/result {
      ${proxyLocation("\n      proxy_ignore_headers Cache-Control Expires Set-Cookie;")}
    }`,
      });
      servers.push(proxy);

      const careerNext = `${next.url}${CAREER}`;
      const careerNginx = `${nginx.url}${CAREER}`;
      const careerProxy = `${proxy.url}${CAREER}`;
      const catalog = `${next.url}/careers`;
      const resultNext = `${next.url}${RESULT}`;
      const resultProxy = `${proxy.url}${RESULT}`;
      const floorNext = `${next.url}${FLOOR}`;

      const nextBody = await httpGet(careerNext);
      const nginxBody = await httpGet(careerNginx);
      const sameBytes = nextBody.body.equals(nginxBody.body);
      headers["career (next start)"] = await headersOf(careerNext);
      headers["career (next start, Accept-Encoding: gzip)"] = await headersOf(careerNext, {
        "accept-encoding": "gzip",
      });
      headers["career (nginx)"] = await headersOf(careerNginx);
      headers["/careers (next start)"] = await headersOf(catalog);
      headers["/careers?q=developer (next start)"] = await headersOf(`${next.url}/careers?q=developer`);
      headers["/careers/search?q=developer (next start)"] = await headersOf(`${next.url}/careers/search?q=developer`);
      headers["result (next start)"] = await headersOf(resultNext);

      // Warm every route before measuring (first hits load modules and fill caches).
      for (const url of [careerNext, careerNginx, catalog, resultNext, careerProxy, resultProxy, floorNext])
        for (let i = 0; i < 20; i++) await httpGet(url);
      headers["career (nginx proxy_cache)"] = await headersOf(careerProxy);
      headers["result (nginx proxy_cache)"] = await headersOf(resultProxy);

      // Server time of the result page on one connection, before any load.
      const resultTime = {
        next: await timeRequests(resultNext, 50, 5),
        proxyHit: await timeRequests(resultProxy, 50, 5),
      };

      let wrkFiles = 0;
      const measure = async (
        page: string,
        server: string,
        url: string,
        opts: { note?: string; headers?: string[]; connections?: number; seconds?: number; status?: number } = {},
      ) => {
        // wrk counts 3xx as successes: measure only a URL that answers its expected status (200 unless
        // said otherwise; no redirect followed).
        const check = await httpGet(url, Object.fromEntries((opts.headers ?? []).map((h) => h.split(": ", 2))));
        if (check.status !== (opts.status ?? 200)) {
          skipped.push({ page, server, status: check.status });
          log(`not measured: ${page} on ${server} answered ${check.status}`);
          return;
        }
        const connections = opts.connections ?? 32;
        const seconds = opts.seconds ?? SECONDS;
        log(`wrk -c${connections} -d${seconds}s ${page} on ${server}${opts.note ? ` (${opts.note})` : ""}`);
        const { result, raw } = wrk(url, { connections, seconds, headers: opts.headers });
        writeFileSync(path.join(TMP, `wrk-${++wrkFiles}.txt`), raw);
        runs.push({
          page,
          server,
          note: opts.note ?? "",
          path: url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ""),
          connections,
          seconds,
          result,
        });
      };

      const gzip = ["Accept-Encoding: gzip"];
      await measure("career page", "next start", careerNext);
      await measure("career page", "nginx (same HTML file)", careerNginx);
      await measure("career page", "next start", careerNext, { note: "gzip (compressed per request)", headers: gzip });
      await measure("career page", "nginx gzip_static", careerNginx, {
        note: "gzip (precompressed file)",
        headers: gzip,
      });
      await measure("career page", "nginx proxy_cache → next start", careerProxy, { note: "cache hits" });
      await measure("/careers catalog", "next start", catalog);
      await measure("result page", "next start", resultNext, { seconds: RESULT_SECONDS });
      await measure("result page", "nginx proxy_cache → next start", resultProxy, {
        note: "cache hits, key = full URI",
        seconds: RESULT_SECONDS,
      });
      const cacheAfter = (await httpGet(resultProxy)).headers["x-cache"];
      await measure(FLOOR_PAGE, "next start", floorNext, {
        note: "every reply is the expected 400, so all count as non-2xx",
        seconds: RESULT_SECONDS,
        status: 400,
      });

      // The load run of the former e2e test, as a report.
      const load: WrkRun[] = [];
      for (const target of LOAD_TARGETS) {
        const before = runs.length;
        await measure(target === CAREER ? "career page" : "result URL", "next start", `${next.url}${target}`, {
          note: "load run (former e2e test)",
          connections: 64,
          seconds: LOAD_SECONDS,
        });
        const added = runs.splice(before);
        load.push(...added);
      }

      const rps = (page: string, server: string, note = "") =>
        runs.find((r) => r.page === page && r.server === server && r.note === note)?.result.requestsPerSec ?? NaN;
      const ratios = {
        careerNextOverNginx: rps("career page", "next start") / rps("career page", "nginx (same HTML file)"),
        careerGzipNextOverNginx:
          rps("career page", "next start", "gzip (compressed per request)") /
          rps("career page", "nginx gzip_static", "gzip (precompressed file)"),
        careerProxyOverNext:
          rps("career page", "nginx proxy_cache → next start", "cache hits") / rps("career page", "next start"),
        resultProxyOverNext:
          rps("result page", "nginx proxy_cache → next start", "cache hits, key = full URI") /
          rps("result page", "next start"),
      };

      const wrkTable = (rows: WrkRun[]) =>
        table(
          [
            "page",
            "server",
            "note",
            "connections × s",
            "req/s",
            "p50 (ms)",
            "p90 (ms)",
            "p99 (ms)",
            "requests",
            "non-2xx/3xx",
            "socket errors",
            `timeouts (> ${TIMEOUT_S} s)`,
          ],
          rows.map((r) => [
            r.page,
            r.server,
            r.note,
            `${r.connections} × ${r.seconds}`,
            fixed(r.result.requestsPerSec, 0),
            fixed(r.result.p50Ms, 2),
            fixed(r.result.p90Ms, 2),
            fixed(r.result.p99Ms, 2),
            r.result.requests,
            r.result.non2xx3xx,
            socketErrors(r.result),
            r.result.socketErrors.timeout,
          ]),
        );
      const clean = (r: WrkRun) =>
        r.result.requests > 0 &&
        r.result.non2xx3xx === 0 &&
        socketErrors(r.result) === 0 &&
        r.result.socketErrors.timeout === 0;

      const timeRows: [string, typeof resultTime.next][] = [
        ["next start (rendered per request)", resultTime.next],
        ["nginx proxy_cache → next start (cache hits)", resultTime.proxyHit],
      ];
      const markdown = [
        ...(QUICK ? [QUICK_NOTE, ""] : []),
        `\`wrk -t2 --latency --timeout ${TIMEOUT_S}s\` on 127.0.0.1 (wrk, the server and, for the proxy rows, both servers share the machine's cores). \`next start -H 127.0.0.1\` is one Node process; nginx runs 1 worker process. Every URL is checked to answer 200 first (wrk counts redirects as successes), except the 400 page of a broken link (\`${FLOOR}\`), which is checked to answer 400: it is the smallest page next start renders per request, so its throughput is the ceiling for the result page.`,
        `The nginx file is the prerendered \`${path.relative(ROOT, htmlFile)}\` of the same build (${sameBytes ? "byte-identical to what next start sends" : "NOT byte-identical to what next start sends"}). nginx \`proxy_cache\` key: \`$scheme$proxy_host$request_uri\` (the full URI with its query, so one entry per answer set); for the result page it ignores the page's \`Cache-Control\`. Result URL: \`${RESULT}\`.`,
        "",
        wrkTable(runs),
        "",
        ...(skipped.length
          ? [
              `Not measured (did not answer 200): ${skipped.map((s) => `${s.page} on ${s.server} (${s.status})`).join("; ")}.`,
              "",
            ]
          : []),
        "Ratios (same run):",
        "",
        `- career page, next start / nginx same file: **${fixed(ratios.careerNextOverNginx, 3)}** (nginx serves ${fixed(1 / ratios.careerNextOverNginx, 1)}× the requests per second)`,
        `- career page with gzip, next start / nginx gzip_static: **${fixed(ratios.careerGzipNextOverNginx, 3)}**`,
        `- career page, nginx proxy_cache hits / next start: **${fixed(ratios.careerProxyOverNext, 1)}×**`,
        `- result page, nginx proxy_cache hits / next start: **${fixed(ratios.resultProxyOverNext, 1)}×** (cache status after the run: ${String(cacheAfter ?? "none")})`,
        "",
        "Result page server time on one connection (sequential requests from Node's http client, time to the last byte; 5 warm-ups, then 50):",
        "",
        table(
          ["server", "p50 (ms)", "p90 (ms)", "max (ms)", "status", "HTML (bytes)"],
          timeRows.map(([name, t]) => [
            name,
            fixed(t.median, 2),
            fixed(t.p90, 2),
            fixed(t.max, 2),
            t.statuses.join(", "),
            t.bytes,
          ]),
        ),
        "",
        `Load run (formerly the e2e test \`tests/e2e/quality/load.spec.ts\`; a report, never a failure): \`wrk -t2 -c64 -d${LOAD_SECONDS}s\` against next start.`,
        "",
        wrkTable(load),
        "",
        `Every request answered 2xx/3xx with no socket error or timeout: ${load.length ? load.map((r) => `${r.path} **${clean(r) ? "yes" : "no"}**`).join("; ") : "not run"}.`,
        "",
        "Response headers seen (selected):",
        "",
        table(
          ["response", "status", "body bytes", "headers (count / bytes)", "cache-control", "content-encoding", "other"],
          Object.entries(headers).map(([name, h]) => [
            name,
            h.status,
            h.bytes,
            `${h.headerCount} / ${h.headerBytes}`,
            `\`${h.headers["cache-control"] ?? "(none)"}\``,
            h.headers["content-encoding"] ?? "(none)",
            Object.entries(h.headers)
              .filter(([k]) => !["cache-control", "content-encoding", "content-type", "content-length"].includes(k))
              .map(([k, v]) => `${k}: ${v}`)
              .join("; "),
          ]),
        ),
      ].join("\n");
      return {
        markdown,
        data: {
          quick: QUICK,
          careers: real.careers,
          runs,
          skipped,
          ratios,
          resultServerTime: resultTime,
          resultCacheStatusAfter: cacheAfter ?? null,
          load: load.map((r) => ({ ...r, clean: clean(r) })),
          headers,
          sameBytes,
        },
      };
    } finally {
      for (const s of servers.reverse()) await s.stop();
    }
  },
};
