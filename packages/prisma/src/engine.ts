import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";

/**
 * Whether Prisma's native schema engine is there (downloaded by @prisma/engines at install, or
 * named by PRISMA_SCHEMA_ENGINE_BINARY). `prisma migrate dev/deploy` need it; `prisma generate`
 * only checks for it, so where it cannot be downloaded generate runs with the variable pointing at
 * any executable.
 */
export function schemaEngineInstalled(fromDir: string = process.cwd()): boolean {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY) return true;
  try {
    const engines = dirname(createRequire(`${fromDir}/`).resolve("@prisma/engines/package.json"));
    return readdirSync(engines).some((f) => f.startsWith("schema-engine"));
  } catch {
    return false;
  }
}
