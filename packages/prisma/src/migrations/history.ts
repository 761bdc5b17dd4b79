import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What the first line of every migration this package writes records about it. */
export interface ImmvMigrationHeader {
  /** The IMMV; `RUNTIME_HEADER_VIEW` for a migration installing immv's runtime. */
  view: string;
  action: "create" | "drop" | "runtime";
  /** Schema of immv's storage and SQL API. */
  immvSchema: string;
  /** Schema of the view applications query. */
  viewSchema: string;
  /** `viewFingerprint` of the compiled view; absent for drops. */
  fingerprint?: string;
  /** Base tables the view reads (`schema.table`); absent for drops. */
  tables?: string[];
  /** The compiler's hash, as immv.views records it; absent for drops. */
  hash?: string;
  /** Triggers that keep the view current; absent for drops. */
  triggers?: { table: string; name: string }[];
  /** The runtime version a `runtime` migration installs. */
  runtimeVersion?: number;
}

/** Stands for the runtime where headers name a view: no view can be named so (`$` is reserved). */
export const RUNTIME_HEADER_VIEW = "$runtime";

export interface MigrationFolder {
  name: string;
  sql: string;
  immv: ImmvMigrationHeader | undefined;
}

const HEADER_PREFIX = "-- immv-prisma: ";

export function renderHeader(header: ImmvMigrationHeader): string {
  return `${HEADER_PREFIX}${JSON.stringify(header)}`;
}

/**
 * The migration folders in the order Prisma Migrate applies them (by folder name), with the
 * header of those this package wrote. The migrations themselves are the state: the last
 * migration of an IMMV says what the database holds once they are all applied.
 */
export function readMigrations(dir: string): MigrationFolder[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      const first = sql.slice(0, sql.indexOf("\n") === -1 ? undefined : sql.indexOf("\n"));
      const immv = first.startsWith(HEADER_PREFIX)
        ? (JSON.parse(first.slice(HEADER_PREFIX.length)) as ImmvMigrationHeader)
        : undefined;
      return { name, sql, immv };
    });
}

/** The last migration of each IMMV, by view name. */
export function latestImmvMigrations(
  folders: readonly MigrationFolder[],
): Map<string, { folder: string; header: ImmvMigrationHeader }> {
  const latest = new Map<string, { folder: string; header: ImmvMigrationHeader }>();
  for (const f of folders) if (f.immv) latest.set(f.immv.view, { folder: f.name, header: f.immv });
  return latest;
}

/** The runtime version the migrations install in `schema` (0: none). */
export function installedRuntime(folders: readonly MigrationFolder[], schema: string): number {
  return Math.max(
    0,
    ...folders.map((f) =>
      f.immv?.action === "runtime" && f.immv.immvSchema === schema ? (f.immv.runtimeVersion ?? 0) : 0,
    ),
  );
}
