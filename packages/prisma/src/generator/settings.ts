import type { GeneratorOptions } from "@prisma/generator";
import { PrismaImmvError } from "../errors.js";

export interface GeneratorSettings {
  migrationsDir: string;
  immvSchema: string;
  defaultSchema: string;
}

/**
 * The generator block's settings: `output` is the migrations folder (default
 * `./migrations` next to schema.prisma); `immvSchema` (default `immv`) holds storage outside the
 * schema Prisma manages; `defaultSchema` (default `public`) is the datasource's schema.
 */
export function generatorSettings(options: GeneratorOptions): GeneratorSettings {
  const migrationsDir = options.generator.output?.value;
  if (!migrationsDir) {
    throw new PrismaImmvError(
      "invalid_option",
      "the immv generator has no output",
      undefined,
      'add output = "./migrations"',
    );
  }
  const text = (key: string, fallback: string): string => {
    const value = options.generator.config[key];
    if (value === undefined) return fallback;
    if (typeof value === "string" && /^[A-Za-z_][A-Za-z0-9_$]*$/.test(value)) return value;
    throw new PrismaImmvError(
      "invalid_option",
      `generator ${options.generator.name}: ${key} = ${JSON.stringify(value)} is not a schema name`,
      options.schemaPath,
      `set ${key} to a plain identifier, e.g. ${key} = "${fallback}"`,
    );
  };
  return { migrationsDir, immvSchema: text("immvSchema", "immv"), defaultSchema: text("defaultSchema", "public") };
}
