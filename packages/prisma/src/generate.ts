import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { viewFingerprint } from "@immv/cli";
import type { Datamodel } from "@prisma/dmmf";
import { PrismaImmvError } from "./errors.js";
import { compileImmvViews, type ImmvSchemaOptions } from "./immv-views.js";
import { requireMigratedBaseTables } from "./migrations/base-tables.js";
import { latestImmvMigrations, readMigrations } from "./migrations/history.js";
import { createMigrationSql, dropMigrationSql } from "./migrations/render.js";
import { nextTimestamps } from "./migrations/timestamp.js";

export type GenerateMode = "write" | "verify";

export interface GenerateInput extends ImmvSchemaOptions {
  datamodel: Datamodel;
  /** Text of schema.prisma (view blocks are told apart from models there). */
  schemaText: string;
  schemaPath: string;
  migrationsDir: string;
  /** `write` adds migrations; `verify` (CI) only fails when some are missing. */
  mode: GenerateMode;
  now?: Date;
}

/** Why an IMMV needs a migration. */
export interface ImmvChange {
  view: string;
  reason: "new" | "changed" | "removed";
  /** Folder written (write mode). */
  folder?: string;
}

export interface GenerateResult {
  views: string[];
  changes: ImmvChange[];
}

/**
 * Brings the migrations folder in line with the schema's IMMVs: one new migration per IMMV that
 * is new, changed (definition, compiler, or a base column it reads), or removed. Existing
 * migrations are never modified.
 */
export async function generateImmvMigrations(input: GenerateInput): Promise<GenerateResult> {
  const views = await compileImmvViews(input.datamodel, input.schemaText, input.schemaPath, input);
  const folders = readMigrations(input.migrationsDir);
  const latest = latestImmvMigrations(folders);
  const pending: (ImmvChange & { sql: string })[] = [];
  for (const [name, header] of latest) {
    if (header.action === "create" && !views.some((v) => v.compiled.name === name)) {
      pending.push({
        view: name,
        reason: "removed",
        sql: dropMigrationSql(name, header.immvSchema, header.viewSchema),
      });
    }
  }
  for (const { compiled } of views) {
    const fingerprint = viewFingerprint(compiled);
    const last = latest.get(compiled.name);
    if (last?.action === "create" && last.fingerprint === fingerprint) continue;
    pending.push({
      view: compiled.name,
      reason: last?.action === "create" ? "changed" : "new",
      sql: createMigrationSql(compiled, fingerprint),
    });
    if (input.mode === "write") requireMigratedBaseTables(compiled, folders);
  }
  const result = { views: views.map((v) => v.compiled.name), changes: pending.map(({ sql: _, ...c }) => c) };
  if (pending.length === 0) return result;
  if (input.mode === "verify") {
    throw new PrismaImmvError(
      "migrations_outdated",
      `the migrations do not contain the current IMMVs:\n${result.changes.map((c) => `  - ${c.view}: ${describe(c.reason)}`).join("\n")}`,
      input.schemaPath,
      "run `prisma generate` (or `immv-prisma dev`) outside CI and commit the migrations it writes",
    );
  }
  const stamps = nextTimestamps(
    folders.map((f) => f.name),
    input.now ?? new Date(),
    pending.length,
  );
  mkdirSync(input.migrationsDir, { recursive: true });
  pending.forEach((change, i) => {
    const folder = `${stamps[i]}_immv_${change.view.replace(/[^A-Za-z0-9_]/g, "_")}`;
    mkdirSync(join(input.migrationsDir, folder));
    writeFileSync(join(input.migrationsDir, folder, "migration.sql"), change.sql);
    result.changes[i]!.folder = folder;
  });
  return result;
}

function describe(reason: ImmvChange["reason"]): string {
  return {
    new: "new view block, no migration creates it",
    changed: "its query or a base column it reads changed since its last migration",
    removed: "its view block is gone, no migration drops it",
  }[reason];
}
