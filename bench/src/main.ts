#!/usr/bin/env node
/**
 * `npm run bench -- [options]`: loads pgbench-style data once per contender, measures every view
 * and scenario with the contenders taking turns, verifies every view, and writes the report.
 */
import { fileURLToPath } from "node:url";
import { parseOptions } from "./options.js";
import { terminalProgress } from "./progress.js";
import { writeReport } from "./report/write.js";
import { runBench } from "./run.js";

const defaultOut = fileURLToPath(new URL("../results", import.meta.url));
const options = parseOptions(process.argv.slice(2), defaultOut);
try {
  const run = await runBench(options, terminalProgress());
  const path = await writeReport(run, options);
  console.log(`report: ${path}`);
  const failed = run.results.verifications.filter((v) => v.missing > 0 || v.extra > 0);
  if (run.results.failure) {
    console.error(`bench stopped early: ${run.results.failure}`);
    process.exitCode = 1;
  } else if (failed.length > 0) {
    console.error(`${failed.length} verifications failed: a view differed from its query (see the report)`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`\nbench failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
