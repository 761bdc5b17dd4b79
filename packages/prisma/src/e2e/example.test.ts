import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { repo } from "./project.js";

/** `npm run example:prisma` after the build: the README's promise, on both of its databases. */
function runExample(databaseUrl: string | undefined): { status: number | null; output: string } {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const result = spawnSync(process.execPath, [join(repo, "examples/prisma-shop/dist/shop.js")], {
    encoding: "utf8",
    env,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function expectShopRan(run: { status: number | null; output: string }): void {
  expect(run.status, run.output).toBe(0);
  expect(run.output).toMatch(
    /applied 5 migrations as prisma migrate deploy would:\n {2}20261101000000_init\n {2}\d{14}_immv_runtime\n/,
  );
  for (const view of ["order_line_details", "customer_totals", "buyers"]) {
    expect(run.output).toContain(`immv.check('${view}'): equal to its query`);
  }
  expect(run.output).toContain("Ada Lovelace");
}

describe("examples/prisma-shop", () => {
  it("runs on a scratch database on DATABASE_URL's server", () => {
    const run = runExample(inject("serverUrl"));
    expect(run.output).toContain("prisma-shop on a scratch database on");
    expectShopRan(run);
  });

  it("runs with no setup on an in-memory PGlite", () => {
    const run = runExample(undefined);
    expect(run.output).toContain("prisma-shop on an in-memory PGlite");
    expectShopRan(run);
  });
});
