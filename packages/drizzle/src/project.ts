import { existsSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { glob } from "tinyglobby";
import type { Casing } from "./catalog.js";
import { getImmvDefinition, type ImmvDefinition } from "./declare.js";

/** What the generate and check commands need from drizzle.config. */
export interface DrizzleProject {
  cwd: string;
  /** The config file, as the user named it or as found (passed on to drizzle-kit as `--config`). */
  config: string;
  /** Absolute path of the migrations folder (`out`). */
  out: string;
  /** Absolute paths of the schema files. */
  schemaFiles: string[];
  casing: Casing;
  /** `dbCredentials.url`, when the config has one. */
  url: string | undefined;
}

/** An `immv()` export of a schema file. */
export interface DeclaredImmv {
  exportName: string;
  /** Path relative to the project directory. */
  file: string;
  definition: ImmvDefinition;
}

export interface LoadedSchema {
  immvs: DeclaredImmv[];
  /** Every export of every schema file (tables among them). */
  exports: unknown[];
}

const DEFAULT_CONFIGS = ["drizzle.config.ts", "drizzle.config.mts", "drizzle.config.js", "drizzle.config.mjs"];

let tsxRegistered = false;

/** Lets `import()` load TypeScript, as drizzle-kit does (tsx). */
async function registerTypeScript(): Promise<void> {
  if (tsxRegistered) return;
  const { register } = await import("tsx/esm/api");
  register();
  tsxRegistered = true;
}

async function importFile(path: string): Promise<Record<string, unknown>> {
  await registerTypeScript();
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
}

/** Reads drizzle.config (the `--config` file, else drizzle-kit's default names) from `cwd`. */
export async function loadProject(options: { config?: string; cwd?: string } = {}): Promise<DrizzleProject> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const configArg = options.config ?? DEFAULT_CONFIGS.find((name) => existsSync(resolve(cwd, name)));
  if (!configArg) {
    throw new UsageError(
      `no drizzle config found in ${cwd} (looked for ${DEFAULT_CONFIGS.join(", ")}); pass --config <file>`,
    );
  }
  const configPath = resolve(cwd, configArg);
  if (!existsSync(configPath)) throw new UsageError(`drizzle config ${configArg} does not exist`);
  const module = await importFile(configPath);
  const config = (module.default ?? module) as {
    dialect?: string;
    schema?: string | string[];
    out?: string;
    casing?: Casing;
    dbCredentials?: { url?: string };
  };
  if (config.dialect !== "postgresql") {
    throw new UsageError(`${configArg} has dialect ${JSON.stringify(config.dialect)}; immv needs "postgresql"`);
  }
  if (!config.schema) throw new UsageError(`${configArg} has no \`schema\`; immv reads immv() views from it`);
  // drizzle-kit resolves `schema` and `out` against the working directory, not the config's folder.
  const patterns = (Array.isArray(config.schema) ? config.schema : [config.schema]).map((p) =>
    existsSync(resolve(cwd, p)) && statSync(resolve(cwd, p)).isDirectory() ? `${p.replace(/\/$/, "")}/**/*` : p,
  );
  const schemaFiles = (await glob(patterns, { cwd, absolute: true }))
    .filter((f) => /\.(m|c)?[jt]sx?$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
  if (schemaFiles.length === 0)
    throw new UsageError(`the schema of ${configArg} (${patterns.join(", ")}) matches no file`);
  return {
    cwd,
    config: configArg,
    out: resolve(cwd, config.out ?? "drizzle"),
    schemaFiles,
    casing: config.casing,
    url: config.dbCredentials?.url,
  };
}

/** Imports the schema files and collects their exports, as drizzle-kit does. */
export async function loadSchema(project: DrizzleProject): Promise<LoadedSchema> {
  const immvs: DeclaredImmv[] = [];
  const exports: unknown[] = [];
  const byName = new Map<string, DeclaredImmv>();
  for (const path of project.schemaFiles) {
    const file = displayPath(project.cwd, path);
    const module = await importFile(path);
    for (const [exportName, value] of Object.entries(module)) {
      exports.push(value);
      const definition = getImmvDefinition(value);
      if (!definition) continue;
      const earlier = byName.get(definition.name);
      // The same view re-exported (an index file) is one view; two declarations of a name are a mistake.
      if (earlier) {
        if (earlier.definition === definition) continue;
        throw new UsageError(
          `immv("${definition.name}") is declared twice: ${earlier.file} (${earlier.exportName}) and ${file} (${exportName})`,
        );
      }
      const declared = { exportName, file, definition };
      byName.set(definition.name, declared);
      immvs.push(declared);
    }
  }
  return { immvs, exports };
}

export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

/** A mistake in how the command was called or configured (exit status 2). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
