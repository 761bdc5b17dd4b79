// `prisma generate` for the build. Prisma's CLI wants its native schema engine even for generate,
// which only needs the bundled wasm; where the engine could not be downloaded (no network at
// install), point PRISMA_SCHEMA_ENGINE_BINARY at any executable for this command only.
import { spawnSync } from "node:child_process";
import { schemaEngineInstalled } from "@immv/prisma";

const env = { ...process.env };
if (!schemaEngineInstalled()) {
  console.log(
    "prisma-shop: no Prisma schema engine installed; running prisma generate with PRISMA_SCHEMA_ENGINE_BINARY set (generate does not use it)",
  );
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
