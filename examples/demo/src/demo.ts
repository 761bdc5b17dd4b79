/**
 * The main job in one run: create tables and an IMMV, write to the tables, watch the IMMV stay
 * current, and time the same change against REFRESH MATERIALIZED VIEW and against no view at all.
 * Uses DATABASE_URL when set (it creates and then drops a scratch database there), else a private
 * embedded PostgreSQL.
 */
import { introspectCatalog } from "@immv/cli";
import { compile } from "@immv/core";
import { createDatabase, dropDatabase, startServer } from "@immv/devdb";
import pg from "pg";
import pc from "picocolors";

const ACCOUNTS = Number(process.env.IMMV_DEMO_ACCOUNTS ?? 200_000);
const BRANCHES = 20;
const DEFINITION = `SELECT a.id AS account_id, b.name AS branch, a.owner, a.balance
FROM accounts a JOIN branches b ON b.id = a.branch_id
WHERE a.balance >= 0`;

const step = (text: string) => console.log(`\n${pc.bold(pc.cyan("▸"))} ${pc.bold(text)}`);
const info = (text: string) => console.log(`  ${text}`);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

/** Median of several runs of one statement, in milliseconds. */
async function medianMs(client: pg.Client, runs: number, sql: (i: number) => string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(() => client.query(sql(i))))[1]);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function showBranch(client: pg.Client, label: string): Promise<void> {
  const { rows } = await client.query(
    "SELECT account_id, branch, owner, balance FROM account_branches WHERE account_id IN (1, 2, 3, $1) ORDER BY account_id",
    [ACCOUNTS + 1],
  );
  info(pc.dim(label));
  for (const r of rows)
    info(`  ${String(r.account_id).padStart(7)} | ${r.branch.padEnd(9)} | ${r.owner.padEnd(8)} | ${r.balance}`);
  const { rows: diff } = await client.query("SELECT count(*)::int AS n FROM immv.check('account_branches')");
  info(
    diff[0].n === 0
      ? pc.green("  immv.check: the IMMV equals its query")
      : pc.red(`  immv.check: ${diff[0].n} rows differ`),
  );
}

async function main(): Promise<void> {
  step("PostgreSQL");
  const server = await startServer("DATABASE_URL", info);
  const url = await createDatabase(server.url, "immv_demo");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SHOW server_version");
    info(`server ${rows[0].server_version} from ${server.source}; scratch database ${new URL(url).pathname.slice(1)}`);

    step(`Tables: ${BRANCHES} branches, ${ACCOUNTS.toLocaleString("en")} accounts`);
    await client.query(`
      CREATE TABLE branches (id int PRIMARY KEY, name text NOT NULL);
      CREATE TABLE accounts (id int PRIMARY KEY, branch_id int NOT NULL REFERENCES branches, owner text NOT NULL, balance numeric NOT NULL);
      CREATE INDEX ON accounts (branch_id);
      INSERT INTO branches SELECT i, 'branch ' || i FROM generate_series(1, ${BRANCHES}) i;
      INSERT INTO accounts SELECT i, 1 + i % ${BRANCHES}, 'owner ' || i % 1000, (i % 500) * 10 FROM generate_series(1, ${ACCOUNTS}) i;
      ANALYZE branches, accounts;`);

    step("Compile and create the IMMV account_branches");
    info(pc.dim(DEFINITION.replaceAll("\n", "\n  ")));
    const compiled = await compile({
      name: "account_branches",
      query: DEFINITION,
      catalog: await introspectCatalog(client),
    });
    const [, createMs] = await timed(async () => {
      await client.query("BEGIN");
      await client.query(compiled.createSql);
      await client.query("COMMIT");
    });
    info(`created and populated in ${createMs.toFixed(0)} ms (strategy: ${compiled.descriptor.strategy})`);
    await client.query(`CREATE MATERIALIZED VIEW account_branches_mv AS ${DEFINITION}`);
    await showBranch(client, "before any write:");

    step("Write to the base tables; the IMMV follows inside each statement");
    await client.query("UPDATE accounts SET balance = balance + 100 WHERE id = 1");
    await client.query(`INSERT INTO accounts VALUES (${ACCOUNTS + 1}, 3, 'newcomer', 42)`);
    await client.query("DELETE FROM accounts WHERE id = 2");
    await client.query("UPDATE branches SET name = 'renamed' WHERE id = 4");
    await showBranch(client, "after UPDATE id 1, INSERT a new account, DELETE id 2, rename branch 4:");

    step("The same one-row change, three ways (median of 25 runs)");
    const update = (i: number) => `UPDATE accounts SET balance = balance + 1 WHERE id = ${10 + i}`;
    const withImmv = await medianMs(client, 25, update);
    const refresh = await medianMs(client, 5, () => "REFRESH MATERIALIZED VIEW account_branches_mv");
    await client.query("CALL immv.drop('account_branches')");
    const noView = await medianMs(client, 25, update);
    info(`one-row UPDATE, no view at all:                      ${noView.toFixed(2).padStart(9)} ms`);
    info(`one-row UPDATE, IMMV kept current in the statement:  ${withImmv.toFixed(2).padStart(9)} ms`);
    info(`REFRESH MATERIALIZED VIEW after the change:           ${refresh.toFixed(2).padStart(9)} ms`);
    info(
      pc.green(
        `REFRESH costs ${(refresh / withImmv).toFixed(0)}× the IMMV's whole write, and its view is stale until it runs.`,
      ),
    );
  } finally {
    await client.end();
    await dropDatabase(server.url, url);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  const e = error as { message?: string; hint?: string };
  console.error(pc.red(`demo failed: ${e.message ?? String(error)}`));
  if (e.hint) console.error(e.hint);
  process.exit(1);
});
