import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createImmv, diffImmv } from "../support/immv.js";
import { generateStatement, type Step, stepText } from "./dml.js";
import { Random } from "./random.js";
import { generateSchema, type Schema } from "./schema.js";
import { SHAPES } from "./views.js";

export interface View {
  name: string;
  shape: string;
  sql: string;
}

/** What a run exercised, so a workload that stopped doing anything would show. */
export interface RunStats {
  /** Statements PostgreSQL refused (constraint violations are part of the mix). */
  refused: number;
}

export interface Mismatch {
  view: View;
  missing: unknown[];
  extra: unknown[];
}

/** Everything one seeded round does, recorded so it can be replayed and shrunk. */
export interface Round {
  seed: number;
  schema: Schema;
  views: View[];
  steps: Step[];
}

/** Builds a round: schema, one view per shape, and `count` data-changing statements wrapped in
 * a realistic mix of autocommit statements and transactions with savepoints and rollbacks. */
export function generateRound(seed: number, count: number): Round {
  const rng = new Random(seed);
  const schema = generateSchema(rng);
  const views = SHAPES.map((shape, i) => ({ name: `v${i}`, shape: shape.name, sql: shape.define(rng) }));
  const steps: Step[] = [];
  let written = 0;
  while (written < count) {
    if (!rng.chance(0.2)) {
      steps.push(generateStatement(rng, schema));
      written++;
      continue;
    }
    steps.push({ sql: "BEGIN" });
    const length = rng.int(2, 6);
    const savepointAt = rng.chance(0.5) ? rng.int(0, length - 1) : -1;
    for (let i = 0; i < length; i++) {
      if (i === savepointAt) steps.push({ sql: "SAVEPOINT sp" });
      steps.push(generateStatement(rng, schema));
      written++;
    }
    if (savepointAt >= 0 && rng.chance(0.5)) steps.push({ sql: "ROLLBACK TO SAVEPOINT sp" });
    steps.push({ sql: rng.chance(0.75) ? "COMMIT" : "ROLLBACK" });
  }
  return { seed, schema, views, steps };
}

const CONTROL = /^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|ROLLBACK TO)/;

/** The rows every round starts from. */
export function seedRowsSql(round: Round): string {
  const mod = new Random(round.seed ^ 0x5eed).int(3, 5);
  return `INSERT INTO p SELECT i, i % 5, i % 3, (ARRAY['a', 'b', 'c'])[1 + i % 3] FROM generate_series(1, 8) i;
INSERT INTO c SELECT i, 1 + i % 8, i % 4, i * 0.5, (ARRAY['a', 'b', NULL])[1 + i % 3] FROM generate_series(1, 10) i;
INSERT INTO s SELECT i % 4, (ARRAY['a', 'b', 'c'])[1 + i % 3], i % 5, i FROM generate_series(1, 8) i ON CONFLICT DO NOTHING;
INSERT INTO n SELECT i % ${mod}, i % 2, (ARRAY['a', 'b', NULL])[1 + i % 3] FROM generate_series(1, 10) i;`;
}

/** Drops every IMMV and base table, then creates the round's schema, seed rows and views. */
export async function setUp(client: pg.Client, round: Round): Promise<void> {
  await client.query("ROLLBACK").catch(() => {});
  const { rows } = await client.query("SELECT to_regclass('immv.views') IS NOT NULL AS present");
  if (rows[0].present) {
    for (const v of (await client.query("SELECT name FROM immv.views")).rows) {
      await client.query("CALL immv.drop($1)", [v.name]);
    }
  }
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  await client.query(round.schema.ddl);
  await client.query(seedRowsSql(round));
  for (const view of round.views) await createImmv(client, view.name, view.sql);
}

/** Runs one step; false when PostgreSQL refused it (constraint violations are part of the mix). */
async function execute(client: pg.Client, step: Step, inTransaction: boolean): Promise<boolean> {
  const run = async () => {
    if ("sql" in step) {
      await client.query(step.sql);
      return;
    }
    const stream = client.query(copyFrom(`COPY ${step.copy} FROM STDIN`));
    await pipeline(Readable.from([`${step.rows.join("\n")}\n`]), stream);
  };
  if (!inTransaction || ("sql" in step && CONTROL.test(step.sql))) {
    return run().then(
      () => true,
      () => false,
    );
  }
  // Inside a transaction a failed statement is undone alone, as psql's ON_ERROR_ROLLBACK does.
  await client.query("SAVEPOINT stmt");
  try {
    await run();
    await client.query("RELEASE SAVEPOINT stmt");
    return true;
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT stmt");
    return false;
  }
}

/** Runs steps, checking every view against its query after each one. Returns the first mismatch
 * with the index of the step after which it was seen. */
export async function runSteps(
  client: pg.Client,
  round: Round,
  steps: Step[],
  stats?: RunStats,
): Promise<{ at: number; mismatch: Mismatch } | undefined> {
  let inTransaction = false;
  for (const [i, step] of steps.entries()) {
    if ("sql" in step && step.sql === "BEGIN") inTransaction = true;
    const ok = await execute(client, step, inTransaction);
    if ("sql" in step && (step.sql === "COMMIT" || step.sql === "ROLLBACK")) inTransaction = false;
    if (stats && !ok) stats.refused++;
    for (const view of round.views) {
      const diff = await diffImmv(client, view.name, view.sql);
      if (diff.missing.length > 0 || diff.extra.length > 0) return { at: i, mismatch: { view, ...diff } };
    }
  }
  if (inTransaction) await client.query("COMMIT");
  return undefined;
}

export function countStatements(steps: Step[]): number {
  return steps.filter((s) => !("sql" in s) || !CONTROL.test(s.sql)).length;
}

export { stepText };
