import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PrismaImmvError } from "../errors.js";

/** Runs the project's own Prisma CLI (resolved from the working directory), output to the terminal. */
export function runPrisma(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  let cli: string;
  try {
    cli = join(createRequire(join(process.cwd(), "package.json")).resolve("prisma/package.json"), "../build/index.js");
  } catch {
    throw new PrismaImmvError(
      "invalid_option",
      "prisma is not installed in this project",
      process.cwd(),
      "npm install --save-dev prisma",
    );
  }
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit", env });
  return result.status ?? 1;
}
