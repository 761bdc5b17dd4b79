import type { Node, SelectStmt } from "@pgsql/types";
import { type AggregateCall, type Aggregation, groupKeyRef, placeholderOf } from "../ir.js";
import { findNode, names, replaceNodes, tagOf, unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail, type Locate } from "./context.js";
import { rewriteExpression } from "./expression.js";
import { sameExpression } from "./same-expression.js";
import type { FromScope, ScopeColumn } from "./scope.js";

/** An analyzed output column and where it is written. */
export interface LocatedOutput {
  column: ScopeColumn;
  locate: Locate;
}

/**
 * Turns the outer SELECT of an aggregate view into group keys and aggregate calls. Every output
 * must be computed from group keys and aggregates alone (PostgreSQL's rule): subexpressions equal
 * to a GROUP BY expression become references to that key, and a column left over is an error.
 */
export function analyzeGrouping(
  stmt: SelectStmt,
  outputs: LocatedOutput[],
  calls: AggregateCall[],
  scope: FromScope,
  ctx: AnalyzeContext,
): { aggregation: Aggregation; outputs: ScopeColumn[] } {
  const groupKeys: Node[] = [];
  for (const item of stmt.groupClause ?? []) {
    const key = groupKey(item, outputs, scope, ctx);
    if (!groupKeys.some((k) => sameExpression(k, key))) groupKeys.push(key);
  }
  const grouped = outputs.map(({ column, locate }) => {
    const expr = replaceGroupKeys(column.expr, groupKeys);
    const stray = firstColumnReference(expr);
    if (stray !== undefined) {
      fail(
        ctx,
        "aggregate",
        `column "${stray}" must appear in the GROUP BY clause or be used in an aggregate function`,
        { position: locate() },
        `add it to GROUP BY, or aggregate it, e.g. min(${stray.split(".").pop()})`,
      );
    }
    return { ...column, expr };
  });
  return { aggregation: { groupKeys, calls }, outputs: grouped };
}

function groupKey(item: Node, outputs: LocatedOutput[], scope: FromScope, ctx: AnalyzeContext): Node {
  const [tag, body] = unwrap(item);
  const at = { byteLocation: typeof body.location === "number" ? body.location : undefined };
  if (tag === "GroupingSet") {
    fail(
      ctx,
      "aggregate",
      "GROUPING SETS, ROLLUP and CUBE are not supported",
      at,
      "define one view per grouping, or group by all keys and roll up when reading",
    );
  }
  let key: Node;
  const ordinal = tag === "A_Const" ? (body.ival as { ival?: number } | undefined) : undefined;
  const columnName = tag === "ColumnRef" ? names(body.fields as Node[]) : [];
  if (ordinal !== undefined) {
    // GROUP BY 2: the second output column (proto3 omits a zero ival).
    const n = ordinal.ival ?? 0;
    const output = outputs[n - 1];
    if (output === undefined) {
      fail(ctx, "aggregate", `GROUP BY position ${n} is not in select list`, at, `use 1 to ${outputs.length}`);
    }
    key = output.column.expr;
  } else if (
    columnName.length === 1 &&
    !scope.columns.some((c) => c.name === columnName[0]) &&
    outputs.some((o) => o.column.name === columnName[0])
  ) {
    // An output alias, when no input column has that name (input columns win, as in PostgreSQL).
    key = (outputs.find((o) => o.column.name === columnName[0]) as LocatedOutput).column.expr;
  } else {
    key = rewriteExpression(item, scope, { ...ctx, aggregateCalls: undefined });
  }
  if (containsPlaceholder(key)) {
    fail(
      ctx,
      "aggregate",
      "aggregate functions are not allowed in GROUP BY",
      at,
      "group by columns or expressions over them",
    );
  }
  return key;
}

function replaceGroupKeys(expr: Node, keys: Node[]): Node {
  return replaceNodes(expr, (n) => {
    const index = keys.findIndex((k) => sameExpression(k, n));
    return index >= 0 ? groupKeyRef(index) : undefined;
  });
}

function containsPlaceholder(node: Node): boolean {
  return findNode(node, (n) => placeholderOf(n) !== undefined) !== undefined;
}

/** The first reference to a base column (`alias.column`) outside group keys and aggregates. */
function firstColumnReference(node: Node): string | undefined {
  const found = findNode(node, (n) => tagOf(n) === "ColumnRef" && placeholderOf(n) === undefined);
  return found === undefined ? undefined : names(unwrap(found)[1].fields as Node[]).join(".");
}
