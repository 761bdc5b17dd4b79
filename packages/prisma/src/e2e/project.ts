import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { schemaEngineInstalled } from "../engine.js";

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const example = join(repo, "examples/prisma-shop");
const bin = join(repo, "node_modules/.bin");
export const engineInstalled = schemaEngineInstalled(repo);

let announced = false;

export interface RunResult {
  status: number | null;
  output: string;
}

/**
 * A copy of the prisma-shop example (schema, SQL files, Prisma's own init migration, queries)
 * where tests edit the schema and run the real Prisma CLI. It sits inside the repository, so it
 * resolves prisma, @prisma/client and @immv/prisma from the repository's node_modules.
 */
export class PrismaProject {
  readonly dir = join(repo, "packages/prisma/.projects", `shop-${randomBytes(3).toString("hex")}`);

  constructor(options: { withImmvMigrations: boolean }) {
    mkdirSync(this.dir, { recursive: true });
    for (const f of ["prisma.config.ts", "src/reports.ts", "prisma/schema.prisma", "prisma/views"]) {
      cpSync(join(example, f), join(this.dir, f), { recursive: true });
    }
    for (const m of readdirSync(join(example, "prisma/migrations"))) {
      if (options.withImmvMigrations || !m.includes("_immv_")) {
        cpSync(join(example, "prisma/migrations", m), join(this.dir, "prisma/migrations", m), { recursive: true });
      }
    }
    // Type-check only, against the generated client; no project references.
    this.write(
      "tsconfig.json",
      JSON.stringify({
        extends: "../../../../tsconfig.base.json",
        compilerOptions: { noEmit: true, composite: false, declaration: false, types: ["node"] },
        include: ["src"],
      }),
    );
    this.write("package.json", JSON.stringify({ name: "shop", private: true, type: "module" }));
    afterAll(() => rmSync(this.dir, { recursive: true, force: true }));
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  write(file: string, text: string): void {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), text);
  }

  read(file: string): string {
    return readFileSync(this.path(file), "utf8");
  }

  /** Replaces `from` (which must occur) in a file. */
  edit(file: string, from: string, to: string): void {
    const text = this.read(file);
    if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
    this.write(file, text.replace(from, to));
  }

  /** Migration folder names, in the order Prisma Migrate applies them. */
  migrations(): string[] {
    return readdirSync(this.path("prisma/migrations"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  }

  /**
   * `prisma generate` with the given environment for `CI` and `IMMV_PRISMA_MODE` (unset when
   * absent); `immvOnly` skips Prisma Client (`--generator immv`), which most steps do not need.
   */
  generate(env: { CI?: string; IMMV_PRISMA_MODE?: string } = {}, immvOnly = true): RunResult {
    const extra: Record<string, string> = {};
    if (!engineInstalled) {
      if (!announced) {
        console.log(
          "prisma tests: no Prisma schema engine installed; prisma generate runs with PRISMA_SCHEMA_ENGINE_BINARY set (generate does not use it)",
        );
        announced = true;
      }
      extra.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
    }
    return this.prisma(["generate", ...(immvOnly ? ["--generator", "immv"] : [])], { ...extra, ...env });
  }

  /** The Prisma CLI, with the repository's bins (immv-prisma-generator) on PATH. */
  prisma(args: string[], env: Record<string, string> = {}): RunResult {
    return this.run([join(repo, "node_modules/prisma/build/index.js"), ...args], env);
  }

  /** `immv-prisma <args>` as the package's bin runs it. */
  immvPrisma(args: string[], env: Record<string, string> = {}): RunResult {
    return this.run([join(repo, "packages/prisma/bin/immv-prisma.js"), ...args], env);
  }

  /** `tsc` over the project's sources and the generated client. */
  typecheck(): RunResult {
    return this.run([join(repo, "node_modules/typescript/bin/tsc"), "-p", this.dir]);
  }

  private run(args: string[], env: Record<string, string> = {}): RunResult {
    const base = { ...process.env };
    delete base.CI;
    delete base.IMMV_PRISMA_MODE;
    const result = spawnSync(process.execPath, args, {
      cwd: this.dir,
      encoding: "utf8",
      env: { ...base, PATH: `${bin}${delimiter}${process.env.PATH}`, ...env },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }
}
