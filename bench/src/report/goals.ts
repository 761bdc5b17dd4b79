import { BASELINE_ID, type ContenderId } from "../contenders/index.js";
import type { Results } from "../results.js";
import { median } from "../stats.js";
import { BRANCH_OP } from "../workload/single-row.js";
import { operations, throughput, typical } from "./figures.js";

export interface GoalCheck {
  goal: string;
  /** What was compared, with the ratio, or why it could not be. */
  measured: string;
  met: boolean | undefined;
}

/** The ratios a/b (p50 / medians) of every operation of the scenario on the views. */
function ratios(
  results: Results,
  views: string[],
  scenario: "single-row" | "bulk" | "large",
  a: ContenderId,
  b: ContenderId,
  ops: (op: string) => boolean = () => true,
): { ratio: number; where: string }[] {
  const found: { ratio: number; where: string }[] = [];
  for (const view of views)
    for (const op of operations(results, view, scenario).filter(ops)) {
      const x = typical(results, view, scenario, op, a);
      const y = typical(results, view, scenario, op, b);
      if (x !== undefined && y !== undefined) found.push({ ratio: x / y, where: `${view}, ${op}` });
    }
  return found;
}

/** The worst (largest) ratio a/b over the operations, with the operation it came from. */
function worst(...args: Parameters<typeof ratios>): { ratio: number; where: string } | undefined {
  return ratios(...args).reduce<{ ratio: number; where: string } | undefined>(
    (w, r) => (!w || r.ratio > w.ratio ? r : w),
    undefined,
  );
}

/**
 * The one-row goals are about writes of `pgbench_accounts`, as when they were set: a one-row write
 * of a branch changes the view rows of all of its accounts, which is a bulk change of the view.
 */
const ofAccounts = (op: string) => !op.includes(BRANCH_OP);

/** A goal against the baseline: the worst ratio decides; the median and the best show the spread. */
function againstBaseline(goal: string, found: { ratio: number; where: string }[], limit: number): GoalCheck {
  if (found.length === 0) return { goal, measured: "not measured in this run", met: undefined };
  const sorted = [...found].sort((x, y) => x.ratio - y.ratio);
  const worstOne = sorted[sorted.length - 1]!;
  const best = sorted[0]!;
  return {
    goal,
    measured: `worst ${worstOne.ratio.toFixed(2)}× (${worstOne.where}), median ${median(found.map((f) => f.ratio)).toFixed(2)}×, best ${best.ratio.toFixed(2)}× (${best.where}) over ${found.length} operations; limit ${limit}×`,
    met: worstOne.ratio <= limit,
  };
}

/**
 * Issue 12, when the run has a baseline (`--baseline`): one-row INSERT/UPDATE/DELETE p50 on the
 * join and aggregate views within 10% of the baseline or better, and bulk statements no slower.
 */
export function checkBaselineGoals(results: Results): GoalCheck[] {
  if (!results.baseline) return [];
  const views = [...new Set(results.timings.map((t) => t.view))];
  return [
    againstBaseline(
      "one-row INSERT/UPDATE/DELETE of accounts, join and aggregate IMMV: p50 within 10% of the baseline or better (IMMV / baseline)",
      ratios(results, ["join", "aggregate"], "single-row", "immv", BASELINE_ID, ofAccounts),
      1.1,
    ),
    againstBaseline(
      "bulk statements: no slower than the baseline (IMMV / baseline, median of the repeats)",
      ratios(results, views, "bulk", "immv", BASELINE_ID),
      1,
    ),
  ];
}

function check(goal: string, found: { ratio: number; where: string } | undefined, limit: number, missing: string) {
  if (!found) return { goal, measured: missing, met: undefined };
  return {
    goal,
    measured: `worst ${found.ratio.toFixed(2)}× (${found.where}); limit ${limit}×`,
    met: found.ratio <= limit,
  };
}

/** The maintenance code's goals (issue 6), checked against this run. */
export function checkGoals(results: Results): GoalCheck[] {
  const pgIvmMissing = "pg_ivm not available in this run";
  const oneRow = ["join", "aggregate"];
  const tps = (c: "immv" | "pg_ivm") => throughput(results, "aggregate", 8, c);
  const writers8 = tps("immv") !== undefined && tps("pg_ivm") !== undefined;
  return [
    ...checkBaselineGoals(results),
    check(
      "one-row writes of accounts, join and aggregate IMMV: at or below pg_ivm (IMMV / pg_ivm, p50)",
      worst(results, oneRow, "single-row", "immv", "pg_ivm", ofAccounts),
      1,
      pgIvmMissing,
    ),
    check(
      "one-row writes of accounts, join and aggregate IMMV: within 1.5× of the hand-written trigger (p50)",
      worst(results, oneRow, "single-row", "immv", "trigger", ofAccounts),
      1.5,
      "not measured",
    ),
    check(
      "10k-row statements: at most half of pg_ivm's time (IMMV / pg_ivm)",
      worst(results, ["join", "aggregate", "minmax", "join3"], "bulk", "immv", "pg_ivm", (op) => op.includes(" 10k ")),
      0.5,
      pgIvmMissing,
    ),
    writers8
      ? {
          goal: "8 writers on the single-table aggregate: at least 3× pg_ivm's throughput",
          measured: `${(tps("immv")! / tps("pg_ivm")!).toFixed(2)}× (${tps("immv")!.toFixed(0)} vs ${tps("pg_ivm")!.toFixed(0)} statements/s); needs 3×`,
          met: tps("immv")! / tps("pg_ivm")! >= 3,
        }
      : {
          goal: "8 writers on the single-table aggregate: at least 3× pg_ivm's throughput",
          measured: "not measured: needs both immv and pg_ivm",
          met: undefined,
        },
    check(
      "a large change (50% of the table) costs at most 1.2× a REFRESH (IMMV / write + REFRESH)",
      worst(results, ["join", "aggregate", "minmax", "join3"], "large", "immv", "refresh"),
      1.2,
      "not measured",
    ),
  ];
}
