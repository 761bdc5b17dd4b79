import { type ImmvDescriptor, ident } from "@immv/core";
import { PrismaImmvError } from "../errors.js";
import type { MigrationFolder } from "./history.js";

/**
 * Fails when a base table of the view is created by no Prisma migration yet: the IMMV's migration
 * would sort before the table's and fail to apply. Happens when `prisma generate` runs before
 * `prisma migrate dev` has written the migration of a new model.
 */
export function requireMigratedBaseTables(view: ImmvDescriptor, folders: readonly MigrationFolder[]): void {
  const prismaSql = folders.filter((f) => !f.immv).map((f) => f.sql);
  for (const { schema, name } of view.baseTables) {
    const creates = [`CREATE TABLE ${ident(name)} (`, `CREATE TABLE ${ident(schema)}.${ident(name)} (`];
    if (prismaSql.some((sql) => creates.some((c) => sql.includes(c)))) continue;
    throw new PrismaImmvError(
      "base_table_not_migrated",
      `IMMV ${view.name} reads table ${schema}.${name}, which no migration creates yet`,
      undefined,
      "run `prisma migrate dev` first so the table's migration comes before the IMMV's, then `prisma generate` (`immv-prisma dev` runs both)",
    );
  }
}
