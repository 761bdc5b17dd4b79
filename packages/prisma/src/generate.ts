import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { viewFingerprint } from "@immv/cli";
import { RUNTIME_VERSION } from "@immv/core";
import type { Datamodel } from "@prisma/dmmf";
import { PrismaImmvError } from "./errors.js";
import { compileImmvViews, type ImmvSchemaOptions } from "./immv-views.js";
import { requireMigratedBaseTables } from "./migrations/base-tables.js";
import {
  type ImmvMigrationHeader,
  installedRuntime,
  latestImmvMigrations,
  type MigrationFolder,
  readMigrations,
} from "./migrations/history.js";
import { firstMigrationTouching } from "./migrations/release.js";
import { createMigrationSql, dropMigrationSql, runtimeMigrationSql } from "./migrations/render.js";
import { nextTimestamps, timestampBefore } from "./migrations/timestamp.js";

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
  reason: "new" | "changed" | "removed" | "released" | "runtime";
  /** The Prisma migration a drop must precede (it changes a table the IMMV reads). */
  before?: string | undefined;
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
  const pending: Pending[] = [];
  const drop = (view: string, header: ImmvMigrationHeader, reason: ImmvChange["reason"], last: string) => {
    const before = firstMigrationTouching(header, last, folders);
    pending.push({
      view,
      reason,
      before: before?.name,
      sql: dropMigrationSql(view, header.immvSchema, header.viewSchema),
    });
  };
  for (const [name, { folder, header }] of latest) {
    if (header.action === "create" && !views.some((v) => v.compiled.name === name))
      drop(name, header, "removed", folder);
  }
  // The runtime goes in a migration of its own, once per version, before the views that need it.
  const installed = installedRuntime(folders, input.immvSchema);
  if (views.length > 0 && installed < RUNTIME_VERSION) {
    pending.push({ view: "immv runtime", reason: "runtime", sql: runtimeMigrationSql(input.immvSchema, installed) });
  }
  for (const { compiled } of views) {
    const fingerprint = viewFingerprint(compiled.descriptor);
    const last = latest.get(compiled.name);
    if (last?.header.action === "create" && last.header.fingerprint === fingerprint) continue;
    if (last?.header.action === "create" && firstMigrationTouching(last.header, last.folder, folders)) {
      drop(compiled.name, last.header, "released", last.folder);
    }
    const reason = last?.header.action === "create" ? "changed" : "new";
    const why =
      reason === "new"
        ? `new view ${compiled.name}`
        : `${compiled.name} changed since ${last!.folder}: its query, a base column it reads, or the SQL immv compiles it to`;
    pending.push({ view: compiled.name, reason, sql: createMigrationSql(compiled, fingerprint, why) });
    if (input.mode === "write") requireMigratedBaseTables(compiled.descriptor, folders);
  }
  const result = { views: views.map((v) => v.compiled.name), changes: pending.map(({ sql: _, ...c }) => c) };
  if (pending.length === 0) return result;
  if (input.mode === "verify") {
    throw new PrismaImmvError(
      "migrations_outdated",
      `the migrations do not contain the current IMMVs:\n${result.changes.map((c) => `  - ${c.view}: ${describe(c)}`).join("\n")}`,
      input.schemaPath,
      "run `prisma generate` (or `immv-prisma dev`) outside CI and commit the migrations it writes",
    );
  }
  const names = folderNames(pending, folders, input.now ?? new Date());
  mkdirSync(input.migrationsDir, { recursive: true });
  pending.forEach((change, i) => {
    const folder = names[i]!;
    mkdirSync(join(input.migrationsDir, folder));
    writeFileSync(join(input.migrationsDir, folder, "migration.sql"), change.sql);
    result.changes[i]!.folder = folder;
  });
  return result;
}

type Pending = ImmvChange & { sql: string };

/**
 * Folder names: releases one second apart just before the Prisma migration they must precede,
 * everything else after the newest migration.
 */
function folderNames(pending: readonly Pending[], folders: readonly MigrationFolder[], now: Date): string[] {
  const existing = folders.map((f) => f.name);
  const after = nextTimestamps(existing, now, pending.filter((p) => !p.before).length);
  const slug = (view: string) => view.replace(/[^A-Za-z0-9_]/g, "_");
  return pending.map((p) => {
    if (!p.before) return `${after.shift()}_immv_${p.reason === "runtime" ? "runtime" : slug(p.view)}`;
    const siblings = pending.filter((q) => q.before === p.before);
    const stamp = timestampBefore(p.before, siblings.length - siblings.indexOf(p));
    const previous = existing.filter((f) => f < p.before!).at(-1);
    if (stamp === undefined || (previous !== undefined && previous.slice(0, 14) >= stamp)) {
      throw new PrismaImmvError(
        "migrations_outdated",
        `IMMV ${p.view} must be dropped before migration ${p.before}, which changes a table it reads, but no timestamp is free between it and ${previous}`,
        undefined,
        `rename the folder ${p.before} to a later timestamp (it must not be applied anywhere yet), then run prisma generate again`,
      );
    }
    return `${stamp}_immv_${p.reason === "removed" ? "" : "release_"}${slug(p.view)}`;
  });
}

function describe(change: ImmvChange): string {
  const before = change.before ? ` (before ${change.before}, which changes a table it reads)` : "";
  return {
    new: "new view block, no migration creates it",
    changed: "its query or a base column it reads changed since its last migration",
    released: `must be dropped${before} and created again`,
    removed: `its view block is gone, no migration drops it${before}`,
    runtime: `the views need immv runtime ${RUNTIME_VERSION}, which no migration installs`,
  }[change.reason];
}
