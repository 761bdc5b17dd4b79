import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, inject, test } from "vitest";
// The test server's URL, provided by the suite's global setup (its declaration of "serverUrl").
import type {} from "../../test/support/global-setup.js";
import { CONTENDERS, loadBaseline } from "./contenders/index.js";
import { parseOptions } from "./options.js";
import { silentProgress } from "./progress.js";
import { writeReport } from "./report/write.js";
import type { Results } from "./results.js";
import { runBench } from "./run.js";
import { VIEWS } from "./views/index.js";

/** Runs `npm run bench -- --quick …` in process and returns its results and report text. */
async function quickRun(args: string[]): Promise<{ results: Results; report: string }> {
  const out = mkdtempSync(join(tmpdir(), "immv-bench-"));
  const options = parseOptions(["--quick", "--out", out, ...args], out);
  const run = await runBench(options, silentProgress);
  return { results: run.results, report: readFileSync(await writeReport(run, options), "utf8") };
}

/** Every contender with rows either matched its query after every scenario or says why it is absent. */
function expectEveryViewVerified(results: Results, views: string[], scenarios: string[]): void {
  expect(results.verifications.filter((v) => v.missing > 0 || v.extra > 0)).toEqual([]);
  for (const view of views)
    for (const contender of CONTENDERS.filter((c) => c.hasRows)) {
      const absent = results.unavailable.some((u) => u.contender === contender.id && [view, "*"].includes(u.view));
      const checked = results.verifications
        .filter((v) => v.view === view && v.contender === contender.id)
        .map((v) => v.scenario);
      expect(absent ? [] : checked, `${view} / ${contender.id}`).toEqual(absent ? [] : scenarios);
    }
}

test("quick run on PostgreSQL: every contender's view equals its query; the report has a column per contender", async () => {
  const { results, report } = await quickRun(["--url", inject("serverUrl")]);
  const views = VIEWS.map((v) => v.key);
  for (const view of views)
    expectEveryViewVerified(
      results,
      [view],
      ["create", "single-row", "bulk", "large", ...(VIEWS.find((v) => v.key === view)!.concurrent ? ["writers"] : [])],
    );
  // The IMMV itself must take part wherever it compiles; pg_ivm is "not available" where missing.
  expect(results.verifications.some((v) => v.contender === "immv" && v.view === "join")).toBe(true);
  expect(results.writers.some((r) => r.contender === "immv" && r.writers > 1)).toBe(true);
  const header = report.split("\n").find((line) => line.startsWith("| operation |"));
  for (const contender of CONTENDERS) expect(header).toContain(`| ${contender.label} |`);
  if (results.unavailable.some((u) => u.contender === "pg_ivm")) expect(report).toContain("not available");
});

test("quick run on PGlite: pg_ivm takes part and its views equal their queries", async () => {
  const { results } = await quickRun(["--views", "join,aggregate", "--scenario", "single-row"]);
  expectEveryViewVerified(results, ["join", "aggregate"], ["create", "single-row"]);
  expect(results.verifications.filter((v) => v.contender === "pg_ivm").length).toBeGreaterThan(0);
  expect(results.skipped).toEqual([]);
});

test("quick run with --baseline: a second immv build takes part in its own runtime schema, with its ratio column", async () => {
  // This checkout as its own baseline: `npm test` builds it first.
  const checkout = fileURLToPath(new URL("../..", import.meta.url));
  const { results, report } = await quickRun([
    ...["--url", inject("serverUrl"), "--views", "join,aggregate", "--scenario", "single-row,bulk"],
    ...["--contenders", "none,immv", "--baseline", checkout],
  ]);
  expect(results.verifications.filter((v) => v.missing > 0 || v.extra > 0)).toEqual([]);
  for (const view of ["join", "aggregate"])
    for (const contender of ["immv", "immv_baseline"])
      expect(
        results.verifications.filter((v) => v.view === view && v.contender === contender).map((v) => v.scenario),
        `${view} / ${contender}`,
      ).toEqual(["create", "single-row", "bulk"]);
  expect(results.baseline?.checkout).toBe(checkout.replace(/\/$/, ""));
  const header = report.split("\n").find((line) => line.startsWith("| operation |"));
  expect(header).toContain("| immv | immv (baseline) |");
  expect(header).toContain("| IMMV / baseline |");
  expect(report).toContain("p50 within 10% of the baseline");
  expect(report).toContain("bulk statements: no slower than the baseline");
});

test("--baseline with an unbuilt checkout fails, naming the command that builds it", async () => {
  const checkout = mkdtempSync(join(tmpdir(), "immv-unbuilt-"));
  mkdirSync(join(checkout, "packages/core"), { recursive: true });
  writeFileSync(join(checkout, "packages/core/package.json"), "{}");
  await expect(loadBaseline(checkout)).rejects.toThrow(
    /dist\/index\.js is missing; build that checkout first: .*npm run build/,
  );
});
