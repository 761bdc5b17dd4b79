import { PrismaImmvError } from "./errors.js";
import type { GenerateMode } from "./generate.js";

/**
 * `IMMV_PRISMA_MODE=write|verify` when set; otherwise verify in CI (the `CI` variable set to
 * anything but empty, 0 or false), where generate must never write migrations, and write elsewhere.
 */
export function generateMode(env: NodeJS.ProcessEnv = process.env): GenerateMode {
  const explicit = env.IMMV_PRISMA_MODE;
  if (explicit === "write" || explicit === "verify") return explicit;
  if (explicit) {
    throw new PrismaImmvError(
      "invalid_option",
      `IMMV_PRISMA_MODE is "${explicit}"`,
      undefined,
      "set IMMV_PRISMA_MODE=write to add migrations, IMMV_PRISMA_MODE=verify to only check them, or unset it",
    );
  }
  const ci = env.CI?.toLowerCase();
  return ci && ci !== "0" && ci !== "false" ? "verify" : "write";
}
