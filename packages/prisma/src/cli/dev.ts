import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { schemaEngineInstalled } from "../engine.js";
import { PrismaImmvError } from "../errors.js";
import { runPrisma } from "./prisma-cli.js";

/**
 * One command for `prisma migrate dev` with IMMVs, which Prisma 7 cannot do alone (migrate dev
 * runs no generators): create the schema's migration without applying it, let the immv generator
 * add its migrations (a drop can then sort before a migration that changes a column an IMMV
 * reads), and apply everything.
 */
export function dev(options: { name?: string; migrations: string }, prismaArgs: string[]): number {
  if (!schemaEngineInstalled()) {
    throw new PrismaImmvError(
      "invalid_option",
      "prisma migrate dev needs Prisma's schema engine, which is not installed here",
      undefined,
      "reinstall prisma where its engine can be downloaded (npm install runs its postinstall), or set PRISMA_SCHEMA_ENGINE_BINARY to an engine binary",
    );
  }
  const before = folders(options.migrations);
  const step = (n: number, what: string) => console.log(`\nimmv-prisma dev [${n}/3] ${what}`);
  step(1, "prisma migrate dev --create-only (the schema's own changes, not applied yet)");
  const name = options.name ? ["--name", options.name] : [];
  let status = runPrisma(["migrate", "dev", "--create-only", ...name, ...prismaArgs]);
  if (status !== 0) return status;
  removeEmptyMigrations(options.migrations, before);
  step(2, "prisma generate (writes the IMMVs' migrations)");
  status = runPrisma(["generate", ...prismaArgs], { ...process.env, IMMV_PRISMA_MODE: "write" });
  if (status !== 0) return status;
  step(3, "prisma migrate dev (applies them all)");
  return runPrisma(["migrate", "dev", ...prismaArgs]);
}

/**
 * Removes the migrations added since `before` that hold no statement: `--create-only` writes an
 * empty one when only IMMVs changed, and it was never applied.
 */
export function removeEmptyMigrations(dir: string, before: readonly string[]): string[] {
  const empty = folders(dir).filter((f) => {
    if (before.includes(f)) return false;
    const sql = readFileSync(join(dir, f, "migration.sql"), "utf8");
    return sql.replace(/--.*$/gm, "").trim() === "";
  });
  for (const f of empty) rmSync(join(dir, f), { recursive: true });
  return empty;
}

export function folders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
}
