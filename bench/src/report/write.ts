import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { commitOf, thisCheckout } from "../contenders/baseline.js";
import { dataShape } from "../data.js";
import type { BenchOptions } from "../options.js";
import type { BenchRun } from "../run.js";
import { settingsFor } from "../settings.js";
import { rowsLabel } from "../workload/context.js";
import { writeCharts } from "./charts.js";
import { describeMachine } from "./environment.js";
import { renderReport } from "./markdown.js";

/**
 * Writes `<out>/<date>-<machine>-<scale>-<engine>.md`, its charts in the folder of the same name and
 * every sample as JSON next to it; returns the report's path.
 */
export async function writeReport(run: BenchRun, options: BenchOptions): Promise<string> {
  const machine = describeMachine();
  const date = run.started.toISOString().slice(0, 10);
  const engine = options.url ? "postgres" : "pglite";
  const base = `${date}-${machine.machine}-${options.quick ? "quick" : rowsLabel(options.rows)}-${engine}`;
  const chartDir = join(options.out, base);
  await mkdir(chartDir, { recursive: true });
  const charts = await writeCharts(run.results, chartDir);
  const shape = dataShape(options.rows);
  const markdown = renderReport(
    {
      ...machine,
      date: `${run.started.toISOString().replace("T", " ").slice(0, 16)} UTC`,
      engine: run.engine,
      shape,
      command: options.command,
      commit: await commitOf(thisCheckout),
      load: [run.loadAtStart, os.loadavg()[0]!],
      minutes: (run.finished.getTime() - run.started.getTime()) / 60_000,
      note: options.note,
    },
    settingsFor(options.quick, shape.accounts),
    run.results,
    charts,
    base,
  );
  const path = join(options.out, `${base}.md`);
  await writeFile(path, markdown);
  // Microseconds are the resolution that matters; more digits only make the file large.
  const rounded = (_: string, v: unknown) => (typeof v === "number" ? Math.round(v * 1000) / 1000 : v);
  await writeFile(join(options.out, `${base}.json`), `${JSON.stringify(run.results, rounded)}\n`);
  return path;
}
