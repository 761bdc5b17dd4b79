import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export type KitVersion = "0.31" | "1.0";

/**
 * A drizzle user's project on disk, with @immv/drizzle installed as a package (a copy of its
 * package.json and dist, so it resolves drizzle-orm from the project as an installed package
 * would). drizzle-orm and drizzle-kit come from the folder it sits in: the repository's (0.x) or
 * test/drizzle-kit-1's (1.0-rc).
 */
export class UserProject {
  readonly dir: string;

  constructor(
    readonly kit: KitVersion,
    name: string,
  ) {
    const root = kit === "0.31" ? join(repo, "test/drizzle/.projects") : join(repo, "test/drizzle-kit-1/.projects");
    this.dir = join(root, `${name}-${randomBytes(3).toString("hex")}`);
    const pkg = join(this.dir, "node_modules/@immv/drizzle");
    mkdirSync(pkg, { recursive: true });
    cpSync(join(repo, "packages/drizzle/package.json"), join(pkg, "package.json"));
    cpSync(join(repo, "packages/drizzle/dist"), join(pkg, "dist"), { recursive: true });
    this.write("package.json", JSON.stringify({ name, private: true, type: "module" }, null, 2));
    this.write(
      "drizzle.config.ts",
      `import { defineConfig } from "drizzle-kit";
export default defineConfig({ dialect: "postgresql", schema: "./src/schema.ts", out: "./drizzle" });
`,
    );
    afterAll(() => {
      rmSync(this.dir, { recursive: true, force: true });
    });
  }

  write(file: string, text: string): void {
    mkdirSync(dirname(join(this.dir, file)), { recursive: true });
    writeFileSync(join(this.dir, file), text);
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), "utf8");
  }

  /** `immv-drizzle <args>` as the project's bin runs it. */
  immvDrizzle(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
    return this.node([join(this.dir, "node_modules/@immv/drizzle/dist/main.js"), ...args], env);
  }

  /** The project's own drizzle-kit. */
  drizzleKit(args: string[]): Promise<RunResult> {
    const kitDir =
      this.kit === "0.31"
        ? join(repo, "node_modules/drizzle-kit")
        : join(repo, "test/drizzle-kit-1/node_modules/drizzle-kit");
    return this.node([join(kitDir, "bin.cjs"), ...args]);
  }

  /** Runs a TypeScript file of the project (through tsx, as `tsx file.ts` would). */
  runTs(file: string, args: string[] = [], env: Record<string, string> = {}): Promise<RunResult> {
    return this.node(["--import", "tsx", join(this.dir, file), ...args], env);
  }

  /** Type-checks the project (its tsconfig.json) with the repository's TypeScript. */
  tsc(): Promise<RunResult> {
    return this.node([join(repo, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"]);
  }

  /** Migration SQL files in the order the migrator applies them. */
  migrations(): { tag: string; sql: string }[] {
    const out = join(this.dir, "drizzle");
    if (!existsSync(out)) return [];
    if (this.kit === "0.31") {
      const journal = join(out, "meta/_journal.json");
      if (!existsSync(journal)) return [];
      const entries = (JSON.parse(readFileSync(journal, "utf8")) as { entries: { tag: string }[] }).entries;
      return entries.map((e) => ({ tag: e.tag, sql: readFileSync(join(out, `${e.tag}.sql`), "utf8") }));
    }
    return readdirSync(out, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(out, e.name, "migration.sql")))
      .map((e) => e.name)
      .sort()
      .map((tag) => ({ tag, sql: readFileSync(join(out, tag, "migration.sql"), "utf8") }));
  }

  /**
   * Runs node asynchronously: a synchronous child would block the test worker's event loop for
   * seconds, and vitest reports that as an RPC timeout.
   */
  private node(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
    return runNode(args, this.dir, env);
  }
}

export function runNode(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
  command = process.execPath,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, output: stdout + stderr });
    });
  });
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}
