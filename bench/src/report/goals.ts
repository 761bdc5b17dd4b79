import type { Results } from "../results.js";
import { operations, throughput, typical } from "./figures.js";

export interface GoalCheck {
  goal: string;
  /** What was compared, with the ratio, or why it could not be. */
  measured: string;
  met: boolean | undefined;
}

/** The worst (largest) ratio a/b over the operations, with the operation it came from. */
function worst(
  results: Results,
  views: string[],
  scenario: "single-row" | "bulk" | "large",
  a: "immv",
  b: "pg_ivm" | "trigger" | "refresh",
  ops: (op: string) => boolean = () => true,
): { ratio: number; where: string } | undefined {
  let found: { ratio: number; where: string } | undefined;
  for (const view of views)
    for (const op of operations(results, view, scenario).filter(ops)) {
      const x = typical(results, view, scenario, op, a);
      const y = typical(results, view, scenario, op, b);
      if (x === undefined || y === undefined) continue;
      if (!found || x / y > found.ratio) found = { ratio: x / y, where: `${view}, ${op}` };
    }
  return found;
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
    check(
      "one-row writes, join and aggregate IMMV: at or below pg_ivm (IMMV / pg_ivm, p50)",
      worst(results, oneRow, "single-row", "immv", "pg_ivm"),
      1,
      pgIvmMissing,
    ),
    check(
      "one-row writes, join and aggregate IMMV: within 1.5× of the hand-written trigger (p50)",
      worst(results, oneRow, "single-row", "immv", "trigger"),
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
