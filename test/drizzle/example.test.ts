import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, test } from "vitest";
import { runNode } from "./project.js";

const example = resolve(dirname(fileURLToPath(import.meta.url)), "../../examples/drizzle-shop");

const expectLiveViews = (stdout: string) => {
  expect(stdout).toContain("line 3  order 2  Rosa    20 × tea      = 100.00");
  expect(stdout).toContain("city_products: Bergen/cups, Bergen/tea, Lima/tea");
  expect(stdout).toContain(
    "customer_totals: Ingrid: lines 2, items 15, spent 159.00; Rosa: lines 1, items 20, spent 100.00",
  );
  expect(stdout).toContain("customer_totals: Rosa: lines 1, items 20, spent 100.00\n");
  for (const view of ["order_details", "city_products", "bulk_lines", "customer_totals"]) {
    expect(stdout).toContain(`ok    ${view}: 0 rows differ from its query`);
  }
};

describe("examples/drizzle-shop (npm run example)", () => {
  test("npm run example: generate finds the committed migrations current, then it runs with zero setup on PGlite", async () => {
    // Through npm and the package's bin, as the README's `npm run example` does.
    const result = await runNode(["run", "example", "--silent"], example, { DATABASE_URL: undefined }, "npm");
    expect(result.status, result.output).toBe(0);
    // No migration written: the committed ones are what generate makes of schema.ts.
    expect(result.output).toContain("No schema changes");
    expect(
      result.output,
      "examples/drizzle-shop/drizzle is stale (schema.ts changed, or the compiler emits other SQL): rm -rf examples/drizzle-shop/drizzle && npm run build && npm run generate -w @immv/example-drizzle-shop, then commit the folder",
    ).toContain("immv: 4 IMMV(s) up to date; no migration");
    expect(result.stdout).toContain("database: PGlite");
    expectLiveViews(result.stdout);
  });

  test("runs on DATABASE_URL's server in a scratch database", async () => {
    const result = await runNode(["--import", "tsx", "src/main.ts"], example, { DATABASE_URL: inject("serverUrl") });
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain("database: scratch database immv_drizzle_shop_");
    expectLiveViews(result.stdout);
  });
});
