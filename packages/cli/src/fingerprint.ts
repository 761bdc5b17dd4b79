import { createHash } from "node:crypto";
import type { CompiledView } from "@immv/core";

/**
 * Identifies what an IMMV's migration depends on: the emitted creation script, and each base
 * table's columns the view reads (name, type, nullability) and primary key. ORM integrations
 * store it with the migration they write and write a new one when it changes — a changed
 * definition, compiler version, or a base column the view reads.
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
    .update(view.createSql)
    .update("\0")
    .update(JSON.stringify(baseColumns))
    .digest("hex")
    .slice(0, 16);
}
