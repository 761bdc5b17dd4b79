import type { ColumnRef } from "@pgsql/types";
import { deepClone, names } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";
import { rejectReservedName } from "./reserved.js";
import type { FromScope, RangeItem, ScopeColumn } from "./scope.js";

/** Columns every table has that change on every write (or name the table itself). */
const SYSTEM_COLUMNS = new Set(["ctid", "xmin", "xmax", "cmin", "cmax", "tableoid"]);

/** Resolves `col`, `alias.col` or `schema.table.col` against the FROM scope. */
export function resolveColumn(ref: ColumnRef, scope: FromScope, ctx: AnalyzeContext): ScopeColumn {
  const parts = names(ref.fields);
  const at = { byteLocation: ref.location };
  const column = parts[parts.length - 1] as string;
  const written = parts.join(".");
  if (column === "*") {
    fail(
      ctx,
      "unsupported_expression",
      `"${written}" is only allowed in the select list`,
      at,
      "name the columns you need",
    );
  }
  if (parts.length > 3) {
    fail(ctx, "unknown_column", `cross-database reference "${written}"`, at, "reference columns as table.column");
  }
  rejectReservedName(ctx, column, "column", () => ctx.parsed.position(ref.location), "rename the column");
  let candidates: ScopeColumn[];
  if (parts.length === 1) {
    candidates = scope.columns.filter((c) => c.name === column);
  } else {
    const ranges = rangesNamed(parts.slice(0, -1), scope);
    // Inside EXISTS, a name the subquery does not define refers to the outer query.
    if (ranges.length === 0 && ctx.outer) return resolveColumn(ref, ctx.outer.scope, ctx.outer.ctx);
    if (ranges.length === 0) {
      fail(
        ctx,
        "unknown_table",
        `missing FROM-clause entry for table "${parts.slice(0, -1).join(".")}"`,
        at,
        `add the table to FROM or use one of: ${scope.ranges.map((r) => r.alias).join(", ") || "(none)"}`,
      );
    }
    candidates = ranges.flatMap((r) => r.columns.filter((c) => c.name === column));
  }
  if (candidates.length > 1) {
    fail(
      ctx,
      "ambiguous_column",
      `column reference "${written}" is ambiguous`,
      at,
      `qualify the column with its table alias: ${qualifiedNames(column, scope).join(" or ")}`,
    );
  }
  const found = candidates[0];
  if (!found && ctx.outer) return resolveColumn(ref, ctx.outer.scope, ctx.outer.ctx);
  if (!found) {
    if (SYSTEM_COLUMNS.has(column)) {
      fail(
        ctx,
        "system_column",
        `system column "${column}" cannot be used in a maintained view`,
        at,
        "system columns change on every write; select a user column instead",
      );
    }
    fail(ctx, "unknown_column", `column "${written}" does not exist`, at, columnHint(column, scope));
  }
  return { ...found, expr: deepClone(found.expr) };
}

/** The ranges `table` or `schema.table` addresses; a schema only matches an unaliased table. */
export function rangesNamed(qualifier: string[], scope: FromScope): RangeItem[] {
  const table = qualifier[qualifier.length - 1];
  const schema = qualifier.length === 2 ? qualifier[0] : undefined;
  return scope.ranges.filter((r) => r.alias === table && (schema === undefined || (!r.aliased && r.schema === schema)));
}

/** How to spell each column named `column` unambiguously: `alias.column`, with the schema in
 * front when two unaliased tables share a name (`public.t`, `archive.t`). */
function qualifiedNames(column: string, scope: FromScope): string[] {
  const shared = (r: RangeItem) => scope.ranges.filter((o) => o.alias === r.alias).length > 1;
  return scope.ranges
    .filter((r) => r.columns.some((c) => c.name === column))
    .map((r) => `${shared(r) && r.schema ? `${r.schema}.` : ""}${r.alias}.${column}`);
}

function columnHint(column: string, scope: FromScope): string {
  const all = [...new Set(scope.ranges.flatMap((r) => r.columns.map((c) => `${r.alias}.${c.name}`)))];
  const close = all.filter((n) => n.toLowerCase().endsWith(`.${column.toLowerCase()}`));
  if (close.length > 0) {
    return `did you mean ${close.join(" or ")}? (unquoted names are lower-cased; quoted names keep their case)`;
  }
  return `available columns: ${all.join(", ") || "(none)"}`;
}
