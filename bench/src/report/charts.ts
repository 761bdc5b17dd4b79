import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { ALL_CONTENDERS, labelOf } from "../contenders/index.js";
import type { Results, Scenario } from "../results.js";
import { median } from "../stats.js";
import { VIEWS } from "../views/index.js";
import { throughput } from "./figures.js";

const contenderOrder = ALL_CONTENDERS.map((c) => c.label);
const viewOrder = VIEWS.map((v) => v.key);
const color = {
  field: "contender",
  type: "nominal",
  sort: contenderOrder,
  title: "contender",
  legend: { labelLimit: 320 },
} as const;

/**
 * One group per operation, one dot per contender, one panel per view; a log scale, since REFRESH
 * and a one-row write are orders of magnitude apart (bars have no baseline on a log scale).
 */
function latencySpec(results: Results, scenario: Scenario, title: string): TopLevelSpec {
  const timings = results.timings.filter((t) => t.scenario === scenario);
  const values = timings.map((t) => ({ view: t.view, op: t.op, contender: labelOf(t.contender), ms: median(t.ms) }));
  const ops = [...new Set(timings.map((t) => t.op))];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title,
    data: { values },
    mark: { type: "point", filled: true, size: 90, opacity: 1 },
    encoding: {
      row: { field: "view", type: "nominal", title: null, sort: viewOrder },
      x: { field: "op", type: "nominal", title: null, sort: ops, axis: { labelAngle: -20, labelLimit: 240 } },
      xOffset: { field: "contender", type: "nominal", sort: contenderOrder },
      y: { field: "ms", type: "quantitative", scale: { type: "log" }, title: "milliseconds (p50, log scale)" },
      color,
      tooltip: [{ field: "ms", type: "quantitative", format: ".3f" }],
    },
    resolve: { scale: { x: "independent" } },
  };
}

/** Throughput against the number of writers, one line per contender, one panel per view. */
function writersSpec(results: Results): TopLevelSpec {
  const values = results.writers.map((r) => ({
    view: r.view,
    writers: r.writers,
    contender: labelOf(r.contender),
    tps: throughput(results, r.view, r.writers, r.contender),
  }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: "Concurrent single-row UPDATEs: throughput vs writers",
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      column: { field: "view", type: "nominal", title: null, sort: viewOrder },
      x: { field: "writers", type: "quantitative", title: "writers", axis: { values: [1, 4, 8] } },
      y: { field: "tps", type: "quantitative", title: "statements per second" },
      color,
    },
  };
}

async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  return view.toSVG();
}

/** Writes one SVG per scenario family into `dir`; returns the file names written. */
export async function writeCharts(results: Results, dir: string): Promise<Map<string, string>> {
  const specs: [string, string, TopLevelSpec | undefined][] = [
    ["create", "Create and populate", latencySpec(results, "create", "Create and populate the view")],
    ["single-row", "Single-row statements", latencySpec(results, "single-row", "Single-row statements (p50)")],
    ["bulk", "Bulk statements", latencySpec(results, "bulk", "Bulk statements, view current afterwards")],
    ["large", "Large change", latencySpec(results, "large", "UPDATE of half the table, view current afterwards")],
    ["writers", "Concurrent writers", results.writers.length > 0 ? writersSpec(results) : undefined],
  ];
  const written = new Map<string, string>();
  for (const [name, title, spec] of specs) {
    if (!spec || (spec.data as { values: unknown[] }).values.length === 0) continue;
    await writeFile(join(dir, `${name}.svg`), await renderSvg(spec));
    written.set(title, `${name}.svg`);
  }
  return written;
}
