import type { SelectStmt } from "@pgsql/types";
import type { BoundColumn, SetOperator } from "../ir/relational.js";
import { type AnalyzeContext, fail } from "./context.js";
import { commonTypeOf } from "./expression.js";
import type { FromScope } from "./scope.js";
import { analyzeSelect, type CteMap, type SelectResult } from "./select.js";

const OPERATORS: Record<string, SetOperator> = {
  SETOP_UNION: "union",
  SETOP_INTERSECT: "intersect",
  SETOP_EXCEPT: "except",
};

/**
 * Binds `left UNION | INTERSECT | EXCEPT [ALL] right`. Its columns are named after the left
 * branch and typed as PostgreSQL resolves each pair (select_common_type). A column stands for
 * the left branch's expression until our own expression nodes can say "column i of this node".
 */
export function analyzeSetOperation(
  stmt: SelectStmt,
  ctx: AnalyzeContext,
  ctes: CteMap,
): SelectResult & { scope: FromScope } {
  const operator = OPERATORS[stmt.op as string];
  if (operator === undefined) throw new Error(`unexpected set operation ${stmt.op}`);
  const p = ctx.parsed;
  const position = p.keywordAfter([operator], p.lastPositionIn(stmt.larg));
  const left = analyzeSelect(stmt.larg as SelectStmt, ctx, ctes, false);
  const right = analyzeSelect(stmt.rarg as SelectStmt, ctx, ctes, false);
  if (left.outputs.length !== right.outputs.length) {
    fail(
      ctx,
      "set_operation",
      `each ${operator.toUpperCase()} query must have the same number of columns`,
      { position },
      `select ${left.outputs.length} columns in both branches`,
    );
  }
  const columns: BoundColumn[] = left.outputs.map((l, i) => {
    const r = right.outputs[i] as (typeof right.outputs)[number];
    return { name: l.name, expr: l.expr, type: commonTypeOf([l, r], undefined, ctx) };
  });
  return {
    node: {
      kind: "set_operation",
      operator,
      all: stmt.all ?? false,
      left: left.node,
      right: right.node,
      columns,
      position,
    },
    outputs: columns,
    scope: { ranges: [], columns },
  };
}
