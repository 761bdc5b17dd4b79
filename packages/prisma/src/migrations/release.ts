import { ident } from "@immv/core";
import type { ImmvMigrationHeader, MigrationFolder } from "./history.js";

/**
 * The first Prisma migration after an IMMV's last migration that touches a table the IMMV reads,
 * or undefined. immv guards the base columns a view reads (PostgreSQL refuses to retype or drop
 * them while the IMMV exists), so such a migration can only run once the IMMV is dropped: the
 * drop must sort before it. A table counts as touched when the migration names it (quoted, as
 * Prisma writes it); a false match only costs a needless rebuild.
 */
export function firstMigrationTouching(
  header: ImmvMigrationHeader,
  since: string,
  folders: readonly MigrationFolder[],
): MigrationFolder | undefined {
  const names = (header.tables ?? []).map((t) => ident(t.slice(t.indexOf(".") + 1)));
  return folders.find((f) => f.name > since && !f.immv && names.some((n) => f.sql.includes(n)));
}
