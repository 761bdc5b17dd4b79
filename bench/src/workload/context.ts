import type { Contender } from "../contenders/index.js";
import type { DataShape } from "../data.js";
import type { Engine, Session } from "../engine/engine.js";
import type { Progress } from "../progress.js";
import type { Results, Scenario } from "../results.js";
import type { Settings } from "../settings.js";
import type { BenchView } from "../views/index.js";

/** Everything a scenario needs for one view. */
export interface ScenarioContext {
  engine: Engine;
  view: BenchView;
  /** The contenders whose view exists, in report order. */
  contenders: Contender[];
  shape: DataShape;
  settings: Settings;
  results: Results;
  progress: Progress;
  random: (below: number) => number;
  /** Reserves `count` fresh account ids for inserts; returns the first. */
  newAids(count: number): number;
}

/** The contenders in the order of round `round`: each goes first as often as the others. */
export function rotate<T>(items: T[], round: number): T[] {
  const k = round % Math.max(1, items.length);
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * Runs one write as `contender`, timed; with `refresh`, a contender that needs it brings its view
 * up to date afterwards and that time counts too.
 */
export async function timeWrite(
  session: Session,
  contender: Contender,
  view: BenchView,
  sql: string,
  refresh: boolean,
): Promise<{ ms: number; refreshMs?: number }> {
  const start = performance.now();
  await session.exec(sql);
  const written = performance.now();
  if (!refresh || !contender.afterWrite) return { ms: written - start };
  await contender.afterWrite(session, view);
  const end = performance.now();
  return { ms: end - start, refreshMs: end - written };
}

/** Adds one sample to the timing of (view, scenario, op, contender). */
export function record(
  ctx: ScenarioContext,
  scenario: Scenario,
  op: string,
  contender: Contender,
  sample: { ms: number; refreshMs?: number },
): void {
  let timing = ctx.results.timings.find(
    (t) => t.view === ctx.view.key && t.scenario === scenario && t.op === op && t.contender === contender.id,
  );
  if (!timing) {
    timing = { view: ctx.view.key, scenario, op, contender: contender.id, ms: [] };
    ctx.results.timings.push(timing);
  }
  timing.ms.push(sample.ms);
  if (sample.refreshMs !== undefined) timing.refreshMs = [...(timing.refreshMs ?? []), sample.refreshMs];
}

/** "10k", "1M", "1.5M": row counts as people say them. */
export function rowsLabel(rows: number): string {
  if (rows >= 1_000_000) return `${+(rows / 1_000_000).toFixed(1)}M`;
  if (rows >= 1_000) return `${+(rows / 1_000).toFixed(1)}k`;
  return String(rows);
}
