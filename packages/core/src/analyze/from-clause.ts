import type { JoinExpr, Node, RangeSubselect, RangeTableSample, RangeVar, SelectStmt } from "@pgsql/types";
import type { JoinType, RelationalNode } from "../ir/relational.js";
import { names, unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail, type Locate, uniqueAlias } from "./context.js";
import { analyzeExpression, commonTypeOf, type TypedExpression, typed } from "./expression.js";
import { joinScopes } from "./join-scopes.js";
import { judgeOperator } from "./operator-expression.js";
import { rejectReservedName } from "./reserved.js";
import type { FromScope, ScopeColumn } from "./scope.js";
import { analyzeSelect, type CteMap } from "./select.js";
import { unknownRelationHint } from "./unknown-relation.js";

/** The scope a FROM item contributes, and the tree it binds to. */
export interface FromResult {
  scope: FromScope;
  node: RelationalNode;
}

const KIND_NAMES: Record<string, string> = {
  view: "a view",
  materialized_view: "a materialized view",
  partitioned_table: "a partitioned table",
  foreign_table: "a foreign table",
  other: "not a plain table",
};

export function analyzeFromItem(node: Node, ctx: AnalyzeContext, ctes: CteMap): FromResult {
  const result = bindFromItem(node, ctx, ctes);
  ctx.boundFromItems.push(result.node);
  return result;
}

function bindFromItem(node: Node, ctx: AnalyzeContext, ctes: CteMap): FromResult {
  const [tag, body] = unwrap(node);
  switch (tag) {
    case "RangeVar":
      return analyzeRangeVar(body as RangeVar, ctx, ctes);
    case "JoinExpr":
      return analyzeJoin(body as JoinExpr, ctx, ctes);
    case "RangeSubselect":
      return analyzeSubselect(body as RangeSubselect, ctx, ctes);
    default: {
      const what: Record<string, string> = {
        RangeFunction: "functions in FROM",
        RangeTableSample: "TABLESAMPLE",
        RangeTableFunc: "XMLTABLE",
        JsonTable: "JSON_TABLE",
      };
      const p = ctx.parsed;
      // A function in FROM is located at its name, XMLTABLE / JSON_TABLE at their keyword; a
      // sample at its method, right after TABLESAMPLE.
      const position =
        tag === "RangeTableSample"
          ? p.keywordBefore(["tablesample"], p.position((body as RangeTableSample).location))
          : p.startOf(node);
      return fail(
        ctx,
        "unsupported_relation",
        `${what[tag] ?? tag} cannot be maintained incrementally`,
        { position },
        "select from base tables, subqueries over base tables, or CTEs",
      );
    }
  }
}

function analyzeRangeVar(rv: RangeVar, ctx: AnalyzeContext, ctes: CteMap): FromResult {
  const name = rv.relname as string;
  const at = { byteLocation: rv.location };
  const p = ctx.parsed;
  const locate = () => p.position(rv.location);
  const scopeAlias = rv.alias?.aliasname ?? name;
  const locateAlias = () => (rv.alias ? p.identifierAfter(scopeAlias, locate()) : locate());
  rejectReservedName(ctx, scopeAlias, "table alias", locateAlias, "give the table another alias");
  const cte = rv.schemaname === undefined ? ctes.get(name) : undefined;
  if (cte) {
    cte.used = true;
    // Each reference binds the CTE's body anew: a CTE read twice is two subtrees.
    const result = analyzeSelect(cte.query, ctx, cte.visible, false);
    const columns = renameColumns(result.outputs, cte.columnNames, ctx, locate);
    const renamed = renameColumns(columns, names(rv.alias?.colnames), ctx, locate);
    return {
      scope: {
        ranges: [{ alias: scopeAlias, schema: undefined, aliased: true, columns: renamed, locate }],
        columns: renamed,
      },
      node: result.node,
    };
  }
  const relation = ctx.catalog.relation(rv.schemaname, name);
  const written = rv.schemaname ? `${rv.schemaname}.${name}` : name;
  if (!relation) {
    fail(
      ctx,
      "unknown_table",
      `relation "${written}" does not exist`,
      at,
      unknownRelationHint(rv.schemaname, name, ctes, ctx.catalog),
    );
  }
  if (relation.kind !== "table") {
    fail(
      ctx,
      "unsupported_relation",
      `"${written}" is ${KIND_NAMES[relation.kind]}; only plain tables can be maintained incrementally`,
      at,
      "select from the underlying base tables instead",
    );
  }
  if (relation.unsupportedReason) {
    fail(
      ctx,
      "unsupported_relation",
      `"${written}" ${relation.unsupportedReason}`,
      at,
      "select from a plain, permanent table",
    );
  }
  // Record the resolved schema in the definition itself: the stored definition (used by
  // immv.check) must mean the same under any search_path.
  rv.schemaname = relation.schema;
  const alias = uniqueAlias(ctx, scopeAlias);
  ctx.occurrences.push({ alias, relation, columnsUsed: new Set() });
  const base: ScopeColumn[] = relation.columns.map((c) => ({
    name: c.name,
    ...typed({
      kind: "column",
      alias,
      column: c.name,
      // A type immv has no description of keeps the catalog's name (see isOpaque).
      type: ctx.types.typeNamed(c.type) ?? c.type,
    }),
    declaredType: c.type,
  }));
  const columns = renameColumns(base, names(rv.alias?.colnames), ctx, locate);
  return {
    scope: {
      ranges: [{ alias: scopeAlias, schema: relation.schema, aliased: rv.alias !== undefined, columns, locate }],
      columns,
    },
    node: { kind: "scan", alias, relation },
  };
}

/** Applies a column alias list (`t AS x(a, b)`, `WITH c(a, b)`): the first columns are renamed. */
function renameColumns(columns: ScopeColumn[], newNames: string[], ctx: AnalyzeContext, locate: Locate): ScopeColumn[] {
  if (newNames.length > columns.length) {
    fail(
      ctx,
      "unknown_column",
      `${newNames.length} column aliases given for ${columns.length} columns`,
      { position: locate() },
      "give at most one alias per column",
    );
  }
  for (const n of newNames) {
    const locateName = () => ctx.parsed.identifierAfter(n, locate());
    rejectReservedName(ctx, n, "column alias", locateName, "choose another column alias");
  }
  return columns.map((c, i) => ({ ...c, name: newNames[i] ?? c.name }));
}

function analyzeSubselect(sub: RangeSubselect, ctx: AnalyzeContext, ctes: CteMap): FromResult {
  const query = unwrap(sub.subquery as Node)[1] as SelectStmt;
  const p = ctx.parsed;
  if (sub.lateral) {
    fail(
      ctx,
      "unsupported_relation",
      "LATERAL subqueries are not supported",
      { position: p.keywordBefore(["lateral"], p.startOf(query)) },
      "join the tables directly",
    );
  }
  // A subquery has no location; its opening parenthesis is the nearest before its first node.
  const locate = () => p.parenBefore(p.startOf(query));
  const alias = sub.alias?.aliasname ?? "unnamed_subquery";
  if (sub.alias) {
    const locateAlias = () => p.identifierAfter(alias, p.lastPositionIn(query));
    rejectReservedName(ctx, alias, "table alias", locateAlias, "choose another alias");
  }
  const result = analyzeSelect(query, ctx, ctes, false);
  const columns = renameColumns(result.outputs, names(sub.alias?.colnames), ctx, locate);
  return {
    scope: { ranges: [{ alias, schema: undefined, aliased: true, columns, locate }], columns },
    node: result.node,
  };
}

function analyzeJoin(join: JoinExpr, ctx: AnalyzeContext, ctes: CteMap): FromResult {
  const p = ctx.parsed;
  // JoinExpr has no location; the join's keywords stand right before its right-hand side.
  const rightStart = () => p.startOf(join.rarg);
  const joinType = JOIN_TYPES[join.jointype as string];
  if (joinType === undefined) throw new Error(`unexpected join type ${join.jointype} in a FROM clause`);
  if (join.alias || join.join_using_alias) {
    fail(
      ctx,
      "unsupported_join",
      "an alias on a JOIN is not supported",
      { position: p.keywordBefore(["join"], rightStart()) },
      "qualify columns with the tables' own aliases",
    );
  }
  const left = analyzeFromItem(join.larg as Node, ctx, ctes);
  const right = analyzeFromItem(join.rarg as Node, ctx, ctes);
  const condition: TypedExpression[] = [];
  let scope = joinScopes(left.scope, right.scope, ctx);
  const usingNames = join.isNatural
    ? left.scope.columns.map((c) => c.name).filter((n) => right.scope.columns.some((c) => c.name === n))
    : names(join.usingClause);
  if (usingNames.length > 0) {
    const usingAt = () => p.keywordAfter(["using"], p.lastPositionIn(join.rarg));
    const at = (n: string) => () =>
      join.isNatural ? p.keywordBefore(["natural"], rightStart()) : (p.identifierAfter(n, usingAt()) ?? usingAt());
    const merged: ScopeColumn[] = usingNames.map((n) => {
      const l = onlyColumn(left.scope, n, "left", at(n), ctx);
      const r = onlyColumn(right.scope, n, "right", at(n), ctx);
      const type = judgeOperator("=", l, r, undefined, ctx);
      condition.push(typed({ kind: "operator", schema: undefined, name: "=", left: l.expr, right: r.expr, type }));
      return { name: n, ...mergedValue(l, r, joinType, ctx) };
    });
    const rest = (s: FromScope) => s.columns.filter((c) => !usingNames.includes(c.name));
    scope = { ranges: scope.ranges, columns: [...merged, ...rest(left.scope), ...rest(right.scope)] };
  }
  if (join.quals) condition.push(analyzeExpression(join.quals, scope, ctx));
  const position = joinType === "inner" ? undefined : p.keywordBefore([joinType], rightStart());
  return { scope, node: { kind: "join", joinType, left: left.node, right: right.node, condition, position } };
}

const JOIN_TYPES: Record<string, Exclude<JoinType, "cross"> | undefined> = {
  JOIN_INNER: "inner",
  JOIN_LEFT: "left",
  JOIN_RIGHT: "right",
  JOIN_FULL: "full",
};

function onlyColumn(scope: FromScope, name: string, side: string, locate: Locate, ctx: AnalyzeContext): ScopeColumn {
  const found = scope.columns.filter((c) => c.name === name);
  if (found.length !== 1) {
    fail(
      ctx,
      found.length === 0 ? "unknown_column" : "ambiguous_column",
      `column "${name}" ${found.length === 0 ? "does not exist" : "is ambiguous"} in the ${side} side of the join`,
      { position: locate() },
      found.length === 0
        ? `columns of the ${side} side: ${scope.columns.map((c) => c.name).join(", ") || "(none)"}`
        : "use JOIN … ON with qualified columns",
    );
  }
  return found[0] as ScopeColumn;
}

/**
 * The value of a merged USING column, as PostgreSQL defines it: the column of the side that is
 * never NULL-extended — the left one of an inner or LEFT join, the right one of a RIGHT join —
 * when both sides share its type (a match makes them equal; no match leaves the other NULL), else
 * COALESCE of both in that order, which also resolves their common type; COALESCE for FULL.
 */
function mergedValue(
  l: ScopeColumn,
  r: ScopeColumn,
  joinType: Exclude<JoinType, "cross">,
  ctx: AnalyzeContext,
): Omit<ScopeColumn, "name"> {
  const [first, second] = joinType === "right" ? [r, l] : [l, r];
  if (joinType !== "full" && first.type !== undefined && first.type === second.type) return { ...first };
  const type = commonTypeOf([first, second], undefined, ctx);
  return { expr: { kind: "coalesce", args: [first.expr, second.expr], type }, type };
}
