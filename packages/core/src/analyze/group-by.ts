import type { Node, SelectStmt } from "@pgsql/types";
import type { AggregateNode } from "../ir/relational.js";
import { groupKeyRef, placeholderOf } from "../ir.js";
import { findNode, names, replaceNodes, tagOf, unwrap } from "../parse/ast.js";
import { type AggregateCollector, type AnalyzeContext, fail, type Locate } from "./context.js";
import { analyzeExpression, readAs, type TypedExpression } from "./expression.js";
import { sameExpression } from "./same-expression.js";
import type { FromScope, ScopeColumn } from "./scope.js";

/** An analyzed output column and where it is written. */
export interface LocatedOutput {
  column: ScopeColumn;
  locate: Locate;
}

/**
 * Binds the grouping of one SELECT: group keys, aggregate calls and HAVING. Every output (and
 * HAVING) must be computed from group keys and aggregates alone (PostgreSQL's rule):
 * subexpressions equal to a GROUP BY expression become references to that key, and a column left
 * over is an error. Returns the aggregate node without its input, and the outputs over it.
 */
export function analyzeGrouping(
  stmt: SelectStmt,
  outputs: LocatedOutput[],
  aggregates: AggregateCollector,
  scope: FromScope,
  ctx: AnalyzeContext,
): { aggregate: Omit<AggregateNode, "input">; outputs: ScopeColumn[] } {
  const groupKeys: TypedExpression[] = [];
  for (const item of stmt.groupClause ?? []) {
    const key = groupKey(item, outputs, scope, ctx);
    if (!groupKeys.some((k) => sameExpression(k.expr, key.expr))) groupKeys.push(key);
  }
  const keys = groupKeys.map((k) => k.expr);
  const grouped = outputs.map(({ column, locate }) => ({
    ...column,
    expr: overGroups(column.expr, keys, locate, ctx),
  }));
  const p = ctx.parsed;
  const havingPosition = () => p.keywordBefore(["having"], p.startOf(stmt.havingClause));
  let having: AggregateNode["having"];
  if (stmt.havingClause) {
    const condition = analyzeExpression(stmt.havingClause, scope, { ...ctx, aggregateCalls: aggregates });
    readAs(condition, "bool", ctx);
    const expr = overGroups(condition.expr, keys, havingPosition, ctx);
    having = { condition: { ...condition, expr }, position: havingPosition() };
  }
  return {
    aggregate: {
      kind: "aggregate",
      groupKeys,
      calls: aggregates.calls,
      groupByPosition: stmt.groupClause ? p.keywordBefore(["group"], p.startOf(stmt.groupClause)) : undefined,
      having,
    },
    outputs: grouped,
  };
}

/** `expr` over group keys and aggregates; a column left over is an error located by `locate`. */
function overGroups(expr: Node, keys: Node[], locate: Locate, ctx: AnalyzeContext): Node {
  const replaced = replaceGroupKeys(expr, keys);
  const stray = firstColumnReference(replaced);
  if (stray !== undefined) {
    fail(
      ctx,
      "aggregate",
      `column "${stray}" must appear in the GROUP BY clause or be used in an aggregate function`,
      { position: locate() },
      `add it to GROUP BY, or aggregate it, e.g. min(${stray.split(".").pop()})`,
    );
  }
  return replaced;
}

function groupKey(item: Node, outputs: LocatedOutput[], scope: FromScope, ctx: AnalyzeContext): TypedExpression {
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
  let key: TypedExpression;
  const ordinal = tag === "A_Const" ? (body.ival as { ival?: number } | undefined) : undefined;
  const columnName = tag === "ColumnRef" ? names(body.fields as Node[]) : [];
  if (ordinal !== undefined) {
    // GROUP BY 2: the second output column (proto3 omits a zero ival).
    const n = ordinal.ival ?? 0;
    const output = outputs[n - 1];
    if (output === undefined) {
      fail(ctx, "aggregate", `GROUP BY position ${n} is not in select list`, at, `use 1 to ${outputs.length}`);
    }
    key = output.column;
  } else if (
    columnName.length === 1 &&
    !scope.columns.some((c) => c.name === columnName[0]) &&
    outputs.some((o) => o.column.name === columnName[0])
  ) {
    // An output alias, when no input column has that name (input columns win, as in PostgreSQL).
    key = (outputs.find((o) => o.column.name === columnName[0]) as LocatedOutput).column;
  } else {
    key = analyzeExpression(item, scope, { ...ctx, aggregateCalls: undefined, windowCalls: undefined });
  }
  if (containsPlaceholder(key.expr)) {
    fail(
      ctx,
      "aggregate",
      "aggregate functions are not allowed in GROUP BY",
      at,
      "group by columns or expressions over them",
    );
  }
  return { expr: key.expr, type: key.type };
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
