import type { ContenderId } from "../contenders/index.js";
import type { Results, Scenario } from "../results.js";
import { median, quantile } from "../stats.js";

/** The typical time of an operation: p50 of its samples. */
export function typical(
  results: Results,
  view: string,
  scenario: Scenario,
  op: string,
  contender: ContenderId,
): number | undefined {
  const t = results.timings.find(
    (x) => x.view === view && x.scenario === scenario && x.op === op && x.contender === contender,
  );
  return t ? median(t.ms) : undefined;
}

export function p99(results: Results, view: string, scenario: Scenario, op: string, contender: ContenderId) {
  const t = results.timings.find(
    (x) => x.view === view && x.scenario === scenario && x.op === op && x.contender === contender,
  );
  return t ? quantile(t.ms, 0.99) : undefined;
}

/** Operations of a scenario in the order they ran. */
export function operations(results: Results, view: string, scenario: Scenario): string[] {
  return [...new Set(results.timings.filter((t) => t.view === view && t.scenario === scenario).map((t) => t.op))];
}

/** Statements per second of one writers run. */
export function throughput(results: Results, view: string, writers: number, contender: ContenderId) {
  const run = results.writers.find((r) => r.view === view && r.writers === writers && r.contender === contender);
  return run ? run.statements / run.seconds : undefined;
}

export function writerP99(results: Results, view: string, writers: number, contender: ContenderId) {
  const run = results.writers.find((r) => r.view === view && r.writers === writers && r.contender === contender);
  return run ? quantile(run.latencies, 0.99) : undefined;
}
