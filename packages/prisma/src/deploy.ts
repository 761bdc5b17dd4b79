import { createHash, randomUUID } from "node:crypto";
import { readMigrations } from "./migrations/history.js";

/** A database session: `exec` runs a script of several statements (simple query protocol). */
export interface MigrationTarget {
  exec(sql: string): Promise<unknown>;
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * Applies the migration folders in order and records them in `_prisma_migrations`, as
 * `prisma migrate deploy` does: each pending migration runs as one script (one implicit
 * transaction), its row gets the SHA-256 checksum of the file. For databases Prisma Migrate cannot
 * reach (PGlite) and machines without Prisma's schema engine. Returns the names applied.
 */
export async function deployMigrations(db: MigrationTarget, migrationsDir: string): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
  const { rows } = await db.query<{ migration_name: string; finished_at: Date | null }>(
    `SELECT migration_name, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const failed = rows.find((r) => r.finished_at === null);
  if (failed) throw new Error(`migration ${failed.migration_name} failed earlier; resolve it before deploying`);
  const applied = new Set(rows.map((r) => r.migration_name));
  const done: string[] = [];
  for (const folder of readMigrations(migrationsDir)) {
    if (applied.has(folder.name)) continue;
    const id = randomUUID();
    await db.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [
      id,
      createHash("sha256").update(folder.sql).digest("hex"),
      folder.name,
    ]);
    try {
      await db.exec(folder.sql);
    } catch (error) {
      await db.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, String(error)]);
      throw new Error(`migration ${folder.name} failed: ${(error as Error).message}`);
    }
    await db.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1`,
      [id],
    );
    done.push(folder.name);
  }
  return done;
}
