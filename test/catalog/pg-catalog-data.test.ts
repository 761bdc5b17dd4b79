import { describe, expect, test } from "vitest";
// @ts-expect-error plain JavaScript shared with scripts/extract-pg-catalog.mjs
import { readCatalog } from "../../packages/core/scripts/pg-catalog-queries.mjs";
import { PG_CATALOG } from "../../packages/core/src/types/pg-catalog.generated.js";
import { freshDatabase } from "../support/database.js";

/**
 * The committed built-in catalog (functions, operators, casts, types and their volatility) must
 * be what the running server says, for the server's major: the compiler judges expressions by it.
 * Regenerate with `npm run extract-pg-catalog -w @immv/core` when this fails.
 */
const { client } = await freshDatabase("pg_catalog_data");

describe("committed PostgreSQL catalog data", async () => {
  const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  const major = Math.floor(Number(rows[0]?.v) / 10000);
  const bit = PG_CATALOG.majors.indexOf(major);
  const live: Record<string, unknown[][]> = await readCatalog(client);

  test(`covers the server's major (${major})`, () => {
    expect(PG_CATALOG.majors).toContain(major);
  });

  for (const section of ["types", "casts", "functions", "operators"] as const) {
    test(`${section} equal the server's`, () => {
      const committed = PG_CATALOG[section]
        .filter((row) => ((row[row.length - 1] as number) & (1 << bit)) !== 0)
        .map((row) => JSON.stringify(row.slice(0, -1)))
        .sort();
      const actual = (live[section] ?? []).map((row) => JSON.stringify(row)).sort();
      expect(committed.length).toBeGreaterThan(0);
      expect(committed).toEqual(actual);
    });
  }
});
