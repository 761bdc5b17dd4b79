import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Contender, ContenderId } from "./contender.js";
import { type CoreApi, immvContender } from "./immv.js";

export const BASELINE_ID: ContenderId = "immv_baseline";
export const BASELINE_LABEL = "immv (baseline)";

/** The other checkout whose core compiled the baseline's views. */
export interface BaselineInfo {
  /** Absolute path of the checkout. */
  checkout: string;
  /** `git describe`-like: short commit, "+ changes" when the work tree differs from it; or "unknown". */
  commit: string;
}

/** The checkout this bench runs from (its core is the "immv" contender). */
export const thisCheckout = fileURLToPath(new URL("../../..", import.meta.url));

/** Short commit of a checkout, marked when tracked files differ from it; "unknown" outside git. */
export async function commitOf(checkout: string): Promise<string> {
  const git = (...args: string[]) => promisify(execFile)("git", ["-C", checkout, ...args]);
  try {
    const head = (await git("rev-parse", "--short", "HEAD")).stdout.trim();
    const changes = (await git("status", "--porcelain", "--untracked-files=no")).stdout.trim();
    return changes ? `${head} + uncommitted changes` : head;
  } catch {
    return "unknown";
  }
}

/**
 * The contender "immv (baseline)": views compiled by the @immv/core built in another checkout
 * (`<checkout>/packages/core/dist/index.js`, imported as it is), created with their own runtime in
 * schema `immv_baseline` (two runtime versions cannot share a schema) on their own copy of the
 * tables in `c_immv_baseline`. Fails, naming the command that builds it, when that build is missing.
 */
export async function loadBaseline(checkoutPath: string): Promise<{ contender: Contender; info: BaselineInfo }> {
  const checkout = resolve(checkoutPath);
  const build = `(cd ${checkout} && npm ci && npm run build)`;
  if (!existsSync(resolve(checkout, "packages/core/package.json")))
    throw new Error(`--baseline ${checkoutPath}: ${checkout} is not an immv checkout (no packages/core/package.json)`);
  const dist = resolve(checkout, "packages/core/dist/index.js");
  if (!existsSync(dist))
    throw new Error(`--baseline ${checkoutPath}: ${dist} is missing; build that checkout first: ${build}`);
  let core: Partial<CoreApi>;
  try {
    core = (await import(pathToFileURL(dist).href)) as Partial<CoreApi>;
  } catch (error) {
    throw new Error(
      `--baseline ${checkoutPath}: importing ${dist} failed (${(error as Error).message}); rebuild that checkout: ${build}`,
    );
  }
  if (typeof core.compile !== "function")
    throw new Error(`--baseline ${checkoutPath}: ${dist} does not export compile(); is it @immv/core?`);
  return {
    contender: immvContender({
      id: BASELINE_ID,
      label: BASELINE_LABEL,
      schema: "c_immv_baseline",
      runtimeSchema: "immv_baseline",
      core: core as CoreApi,
    }),
    info: { checkout, commit: await commitOf(checkout) },
  };
}
