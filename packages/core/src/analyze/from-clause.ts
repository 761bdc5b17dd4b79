import type { JoinExpr, Node, RangeSubselect, RangeVar, SelectStmt } from "@pgsql/types";
import { columnRef, names, stringNode, unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail, uniqueAlias } from "./context.js";
import { rewriteExpression } from "./expression.js";
import { combineScopes, type FromScope, type ScopeColumn } from "./scope.js";
import { analyzeSelect, type CteMap } from "./select.js";

/** The scope a FROM item contributes, and the join conditions it implies. */
export interface FromResult {
  scope: FromScope;
  predicates: Node[];
}

const KIND_NAMES: Record<string, string> = {
  view: "a view",
  materialized_view: "a materialized view",
  partitioned_table: "a partitioned table",
  foreign_table: "a foreign table",
  other: "not a plain table",
};

export function analyzeFromItem(node: Node, ctx: AnalyzeContext, ctes: CteMap): FromResult {
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
      return fail(
        ctx,
        "unsupported_relation",
        `${what[tag] ?? tag} cannot be maintained incrementally`,
        { position: ctx.parsed.keywordPosition("from") },
        "select from base tables, subqueries over base tables, or CTEs",
      );
    }
  }
}

function analyzeRangeVar(rv: RangeVar, ctx: AnalyzeContext, ctes: CteMap): FromResult {
  const name = rv.relname as string;
  const at = { byteLocation: rv.location };
  const cte = rv.schemaname === undefined ? ctes.get(name) : undefined;
  if (cte) {
    const result = analyzeSelect(cte.query, ctx, cte.visible, false);
    const columns = renameColumns(result.outputs, cte.columnNames, ctx, rv.location);
    const alias = rv.alias?.aliasname ?? name;
    const renamed = renameColumns(columns, names(rv.alias?.colnames), ctx, rv.location);
    return {
      scope: { ranges: [{ alias, schema: undefined, aliased: true, columns: renamed }], columns: renamed },
      predicates: result.predicates,
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
      "check the name and schema (unquoted names are lower-cased); create the table before the view",
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
  const scopeAlias = rv.alias?.aliasname ?? name;
  const alias = uniqueAlias(ctx, scopeAlias);
  ctx.occurrences.push({ alias, relation, columnsUsed: new Set() });
  const base: ScopeColumn[] = relation.columns.map((c) => ({
    name: c.name,
    expr: columnRef(alias, c.name),
    type: c.type,
  }));
  const columns = renameColumns(base, names(rv.alias?.colnames), ctx, rv.location);
  return {
    scope: {
      ranges: [{ alias: scopeAlias, schema: relation.schema, aliased: rv.alias !== undefined, columns }],
      columns,
    },
    predicates: [],
  };
}

function renameColumns(
  columns: ScopeColumn[],
  newNames: string[],
  ctx: AnalyzeContext,
  location: number | undefined,
): ScopeColumn[] {
  if (newNames.length > columns.length) {
    fail(
      ctx,
      "unknown_column",
      `${newNames.length} column aliases given for ${columns.length} columns`,
      { byteLocation: location },
      "give at most one alias per column",
    );
  }
  return columns.map((c, i) => ({ ...c, name: newNames[i] ?? c.name }));
}

function analyzeSubselect(sub: RangeSubselect, ctx: AnalyzeContext, ctes: CteMap): FromResult {
  const query = unwrap(sub.subquery as Node)[1] as SelectStmt;
  if (sub.lateral) {
    fail(
      ctx,
      "unsupported_relation",
      "LATERAL subqueries are not supported",
      { position: ctx.parsed.keywordPosition("lateral") },
      "join the tables directly",
    );
  }
  const result = analyzeSelect(query, ctx, ctes, false);
  const alias = sub.alias?.aliasname ?? "unnamed_subquery";
  const columns = renameColumns(result.outputs, names(sub.alias?.colnames), ctx, undefined);
  return {
    scope: { ranges: [{ alias, schema: undefined, aliased: true, columns }], columns },
    predicates: result.predicates,
  };
}

function analyzeJoin(join: JoinExpr, ctx: AnalyzeContext, ctes: CteMap): FromResult {
  if (join.jointype !== "JOIN_INNER") {
    const keyword = { JOIN_LEFT: "left", JOIN_RIGHT: "right", JOIN_FULL: "full" }[join.jointype as string];
    fail(
      ctx,
      "unsupported_join",
      `${(keyword ?? String(join.jointype)).toUpperCase()} JOIN is not supported yet; only inner joins are maintained`,
      { position: keyword ? ctx.parsed.keywordPosition(keyword) : undefined },
      "use an inner join (JOIN … ON, USING, NATURAL, CROSS JOIN or a comma); outer joins are planned",
    );
  }
  if (join.alias || join.join_using_alias) {
    fail(
      ctx,
      "unsupported_join",
      "an alias on a JOIN is not supported",
      { position: ctx.parsed.keywordPosition("join") },
      "qualify columns with the tables' own aliases",
    );
  }
  const left = analyzeFromItem(join.larg as Node, ctx, ctes);
  const right = analyzeFromItem(join.rarg as Node, ctx, ctes);
  const predicates = [...left.predicates, ...right.predicates];
  let scope = combineScopes(left.scope, right.scope);
  const usingNames = join.isNatural
    ? left.scope.columns.map((c) => c.name).filter((n) => right.scope.columns.some((c) => c.name === n))
    : names(join.usingClause);
  if (usingNames.length > 0) {
    const merged: ScopeColumn[] = usingNames.map((n) => {
      const l = onlyColumn(left.scope, n, "left", ctx);
      const r = onlyColumn(right.scope, n, "right", ctx);
      predicates.push({
        A_Expr: { kind: "AEXPR_OP", name: [stringNode("=")], lexpr: l.expr, rexpr: r.expr },
      });
      return { name: n, ...mergedValue(l, r) };
    });
    const rest = (s: FromScope) => s.columns.filter((c) => !usingNames.includes(c.name));
    scope = { ranges: scope.ranges, columns: [...merged, ...rest(left.scope), ...rest(right.scope)] };
  }
  if (join.quals) predicates.push(rewriteExpression(join.quals, scope, ctx));
  return { scope, predicates };
}

function onlyColumn(scope: FromScope, name: string, side: string, ctx: AnalyzeContext): ScopeColumn {
  const found = scope.columns.filter((c) => c.name === name);
  if (found.length !== 1) {
    fail(
      ctx,
      found.length === 0 ? "unknown_column" : "ambiguous_column",
      `column "${name}" ${found.length === 0 ? "does not exist" : "is ambiguous"} in the ${side} side of the join`,
      { position: ctx.parsed.keywordPosition("using") ?? ctx.parsed.keywordPosition("natural") },
      "use JOIN … ON with qualified columns",
    );
  }
  return found[0] as ScopeColumn;
}

/** The value of a merged USING column: the left column when both sides share its type (an inner
 * join makes them equal), else COALESCE, which resolves the common type as PostgreSQL does. */
function mergedValue(l: ScopeColumn, r: ScopeColumn): Pick<ScopeColumn, "expr" | "type"> {
  if (l.type !== undefined && l.type === r.type) {
    return { expr: l.expr, type: l.type };
  }
  return { expr: { CoalesceExpr: { args: [l.expr, r.expr] } }, type: undefined };
}
