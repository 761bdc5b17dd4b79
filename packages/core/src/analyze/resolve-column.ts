import type { ColumnRef } from "@pgsql/types";
import { deepClone, names } from "../parse/ast.js";
import { SYSTEM_COLUMNS } from "./builtins.js";
import { type AnalyzeContext, fail } from "./context.js";
import type { FromScope, ScopeColumn } from "./scope.js";

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
  let candidates: ScopeColumn[];
  if (parts.length === 1) {
    candidates = scope.columns.filter((c) => c.name === column);
  } else {
    const table = parts[parts.length - 2] as string;
    const schema = parts.length === 3 ? parts[0] : undefined;
    const ranges = scope.ranges.filter(
      (r) => r.alias === table && (schema === undefined || (!r.aliased && r.schema === schema)),
    );
    if (ranges.length === 0) {
      fail(
        ctx,
        "unknown_table",
        `missing FROM-clause entry for table "${parts.slice(0, -1).join(".")}"`,
        at,
        `add the table to FROM or use one of: ${scope.ranges.map((r) => r.alias).join(", ")}`,
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
      "qualify the column with its table alias",
    );
  }
  const found = candidates[0];
  if (!found) {
    if (column.startsWith("__ivm_")) {
      fail(ctx, "reserved_name", `"${column}" is reserved for immv's hidden columns`, at, "rename the column");
    }
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

function columnHint(column: string, scope: FromScope): string {
  const all = [...new Set(scope.ranges.flatMap((r) => r.columns.map((c) => `${r.alias}.${c.name}`)))];
  const close = all.filter((n) => n.endsWith(`.${column.toLowerCase()}`));
  if (close.length > 0) return `did you mean ${close.join(" or ")}? (unquoted names are lower-cased)`;
  return `available columns: ${all.join(", ") || "(none)"}`;
}
