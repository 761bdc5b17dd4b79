import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built `immv` binary, run as a user would: a separate process, no shell. */
export const BIN = fileURLToPath(new URL("../../packages/cli/dist/main.js", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node packages/cli/dist/main.js …args`. DATABASE_URL comes only from `env` (never from the
 * test runner's environment); stdin is `input` when given, else empty (a closed pipe, not a TTY).
 */
export function immv(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliResult> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env?.DATABASE_URL) delete env.DATABASE_URL;
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** A line of a Node.js stack trace (`    at fn (file.js:1:2)`); never acceptable in CLI output. */
export const STACK_FRAME = /^\s+at .*(\(|\s)(node:|file:|\/).*:\d+:\d+\)?$/m;
