// Build part: `next build` of the real catalog and of synthetic catalogs (BENCH_SCALES, default 1,400
// and 10,000 careers): wall time, static generation, peak memory. The builds stay in bench/tmp for the
// other parts (scoring and weight serve them).
import { buildReal, buildScale, SCALES } from "../catalogs";
import { fixed, table } from "../md";
import type { Part } from "../part";
import type { BuildStats } from "../proc";

export const build: Part = {
  name: "build",
  title: "1. Build scale",
  async run() {
    const builds: BuildStats[] = [await buildReal()];
    for (const n of SCALES) builds.push(await buildScale(n));
    const small = builds.find((b) => b.careers === 1400);
    const large = builds.find((b) => b.careers === 10000);
    const ratio = small && large ? large.wallS / small.wallS : NaN;
    const genRatio = small?.staticGenS && large?.staticGenS ? large.staticGenS / small.staticGenS : NaN;
    const idealCareers = 10000 / 1400;
    const idealPages = small && large ? large.pages / small.pages : NaN;
    const markdown = [
      table(
        [
          "careers",
          "pages",
          "wall time (s)",
          "static generation (s)",
          "compile (s)",
          "typecheck (s)",
          "ms per page (static gen.)",
          "peak RSS largest process (MB)",
          "peak RSS all build processes (MB)",
        ],
        builds.map((b) => [
          b.careers,
          b.pages,
          fixed(b.wallS),
          fixed(b.staticGenS),
          fixed(b.compileS),
          fixed(b.typecheckS),
          b.staticGenS ? fixed((b.staticGenS * 1000) / b.pages) : "n/a",
          fixed(b.maxRssMB, 0),
          fixed(b.treeRssMB, 0),
        ]),
      ),
      "",
      `Ratio wall time 10,000 / 1,400: **${fixed(ratio, 2)}** (ideal linear by careers ${fixed(idealCareers, 2)}, by pages ${fixed(idealPages, 2)}). ` +
        `Static generation alone: **${fixed(genRatio, 2)}**. Compile and typecheck are roughly constant, so the wall-time ratio sits below the linear one; ` +
        "static generation is the part that scales with the catalog.",
      "",
      "Careers = English careers; each synthetic catalog is the real one (every edition) plus generated English careers. " +
        "Pages are counted from the build output line `Generating static pages using N worker (X/X)`. Peak RSS of the largest process is `/usr/bin/time -v` (it does not add up children); the all-processes peak is the sum of RSS over the build's process group sampled every 250 ms.",
    ].join("\n");
    return {
      markdown,
      data: {
        builds,
        ratio,
        staticGenerationRatio: genRatio,
        idealCareersRatio: idealCareers,
        idealPagesRatio: idealPages,
      },
    };
  },
};
