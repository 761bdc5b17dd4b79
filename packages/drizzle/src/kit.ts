import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { DrizzleProject } from "./project.js";
import { UsageError } from "./project.js";

/** The project's own drizzle-kit: its CLI and the migrations layout of its version. */
export interface DrizzleKit {
  bin: string;
  version: string;
  /** 0.x: `NNNN_name.sql` + `meta/_journal.json`; 1.x: `<timestamp>_name/migration.sql`. */
  layout: "journal" | "folders";
}

export function findDrizzleKit(cwd: string): DrizzleKit {
  let entry: string;
  try {
    entry = createRequire(join(cwd, "package.json")).resolve("drizzle-kit");
  } catch {
    throw new UsageError("drizzle-kit is not installed in this project (npm install -D drizzle-kit)");
  }
  let dir = dirname(entry);
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    version: string;
    bin: string | Record<string, string>;
  };
  const bin = typeof pkg.bin === "string" ? pkg.bin : (pkg.bin["drizzle-kit"] ?? Object.values(pkg.bin)[0]);
  if (!bin) throw new UsageError(`drizzle-kit ${pkg.version} in ${dir} has no command`);
  return { bin: join(dir, bin), version: pkg.version, layout: /^0\./.test(pkg.version) ? "journal" : "folders" };
}

/** Runs `drizzle-kit <args>` in the project, with the project's config; its output goes to ours. */
export function runDrizzleKit(kit: DrizzleKit, project: DrizzleProject, args: string[]): void {
  const result = spawnSync(process.execPath, [kit.bin, ...args, "--config", project.config], {
    cwd: project.cwd,
    stdio: "inherit",
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new KitError(`drizzle-kit ${args.join(" ")} failed (exit status ${result.status ?? result.signal})`);
  }
}

/**
 * Has drizzle-kit create an empty custom migration after every other one (`generate --custom`,
 * so its journal or folder naming stays drizzle-kit's own) and returns the SQL file to fill.
 */
export async function createCustomMigration(
  kit: DrizzleKit,
  project: DrizzleProject,
  name: string,
): Promise<{ file: string; tag: string }> {
  for (let attempt = 0; ; attempt++) {
    const before = new Set(listEntries(project.out));
    runDrizzleKit(kit, project, ["generate", "--custom", "--name", name]);
    if (kit.layout === "journal") {
      const journal = JSON.parse(readFileSync(join(project.out, "meta", "_journal.json"), "utf8")) as {
        entries: { tag: string }[];
      };
      const tag = journal.entries.at(-1)?.tag;
      if (!tag) throw new KitError("drizzle-kit generate --custom left the journal empty");
      return { file: join(project.out, `${tag}.sql`), tag };
    }
    const created = listEntries(project.out).filter((e) => !before.has(e));
    const tag = created.find((e) => existsSync(join(project.out, e, "migration.sql")));
    if (!tag) throw new KitError("drizzle-kit generate --custom created no migration folder");
    // Folders are applied in name order and named to the second: one made in the same second as
    // drizzle-kit's own migration could sort before it. Then make it again a second later.
    if (listEntries(project.out).every((e) => e <= tag)) return { file: join(project.out, tag, "migration.sql"), tag };
    rmSync(join(project.out, tag), { recursive: true, force: true });
    if (attempt >= 3) throw new KitError(`drizzle-kit named the migration ${tag}, which does not sort last`);
    await sleep(1100);
  }
}

function listEntries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== "meta")
    .map((e) => e.name)
    .sort();
}

export class KitError extends Error {
  override readonly name = "KitError";
}
