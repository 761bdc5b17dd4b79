import { createHash } from "node:crypto";
import type { CompiledView } from "@immv/core";

/**
 * Identifies what an IMMV's migration depends on: the definition and compiler version (the
 * compiled hash), the schemas it lives in, and each base table's columns the view reads (name,
 * type, nullability) and primary key. ORM integrations store it with the migration they write and
 * write a new one when it changes.
 */
export function viewFingerprint(view: CompiledView): string {
  const baseColumns = view.plan.baseTables.map((t) => ({
    table: `${t.relation.schema}.${t.relation.name}`,
    columns: t.relation.columns
      .filter((c) => t.columns.includes(c.name))
      .map((c) => `${c.name} ${c.type}${c.notNull ? " not null" : ""}`),
    primaryKey: t.relation.primaryKey,
  }));
  return createHash("sha256")
    .update(
      JSON.stringify({ hash: view.hash, schema: view.plan.schema, viewSchema: view.plan.viewSchema, baseColumns }),
    )
    .digest("hex")
    .slice(0, 16);
}
