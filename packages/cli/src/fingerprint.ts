import { createHash } from "node:crypto";
import type { ImmvDescriptor } from "@immv/core";

/**
 * Identifies what an IMMV's migration depends on: the definition and compiler version (the
 * compiled hash), the schemas it lives in, and each base table's columns the view reads (name,
 * type, nullability) and primary key. ORM integrations store it with the migration they write and
 * write a new one when it changes.
 */
export function viewFingerprint(descriptor: ImmvDescriptor): string {
  const baseColumns = descriptor.baseTables.map((t) => ({
    table: `${t.schema}.${t.name}`,
    columns: t.columns.map((c) => `${c.name} ${c.type}${c.notNull ? " not null" : ""}`),
    primaryKey: t.primaryKey,
  }));
  // Field names and order are those of the first fingerprints: committed migrations carry them.
  return createHash("sha256")
    .update(
      JSON.stringify({
        hash: descriptor.hash,
        schema: descriptor.schema,
        viewSchema: descriptor.viewSchema,
        baseColumns,
      }),
    )
    .digest("hex")
    .slice(0, 16);
}
