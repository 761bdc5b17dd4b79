import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, dropDatabase, type Server, startEmbedded } from "@immv/devdb";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { immv } from "../cli/run-cli.js";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

/**
 * pg_dump a database with IMMVs and pg_restore it into a new database — on the same server, and
 * on the newest supported major (the dump/restore upgrade path). Afterwards every IMMV is exact,
 * `immv check` is clean and maintenance goes on. pg_dump only dumps servers of its own major or
 * older, so the suite needs the client tools of the test server's major; it skips, saying why,
 * when they are missing.
 */

const VIEWS = {
  order_lines: "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id",
  customer_names: "SELECT DISTINCT c.name FROM customers c",
  order_log: "SELECT l.order_id, l.event FROM events l",
};

const { client, url } = await freshDatabase("dump_restore");
const { rows } = await client.query("SELECT current_setting('server_version_num')::int / 10000 AS major");
const serverMajor: number = rows[0].major;

function clientMajor(tool: string): number | undefined {
  try {
    const out = execFileSync(tool, ["--version"], { encoding: "utf8" });
    return Number(/(\d+)\.\d+/.exec(out)?.[1]);
  } catch {
    return undefined;
  }
}

const dumpMajor = clientMajor("pg_dump");
const restoreMajor = clientMajor("pg_restore");
const skipReason =
  dumpMajor === undefined || restoreMajor === undefined
    ? "pg_dump / pg_restore are not installed"
    : dumpMajor < serverMajor
      ? `pg_dump ${dumpMajor} cannot dump a PostgreSQL ${serverMajor} server`
      : undefined;
if (skipReason) console.warn(`dump and restore: skipped — ${skipReason}`);

async function exactEverywhere(c: pg.Client): Promise<void> {
  for (const [name, query] of Object.entries(VIEWS)) {
    expect(await diffImmv(c, name, query), name).toEqual({ missing: [], extra: [] });
    expect((await c.query("SELECT * FROM immv.check($1)", [name])).rows, name).toEqual([]);
  }
}

async function writeSome(c: pg.Client, from: number): Promise<void> {
  await c.query(`
    INSERT INTO customers VALUES (${from}, 'new ${from}');
    INSERT INTO orders VALUES (${from}, ${from}, 5), (${from + 1}, 1, 7);
    UPDATE customers SET name = 'renamed' WHERE id = 2;
    DELETE FROM orders WHERE id = 3;
    INSERT INTO events VALUES (${from}, 'paid'), (${from}, 'paid');`);
}

/** Restores `dumpFile` into a new database on `serverUrl` and checks the IMMVs there. */
async function restoreAndCheck(serverUrl: string, dumpFile: string, prefix: string): Promise<void> {
  const target = await createDatabase(serverUrl, prefix);
  try {
    execFileSync("pg_restore", ["--exit-on-error", "--no-owner", "-d", target, dumpFile], { stdio: "pipe" });
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    try {
      await exactEverywhere(c);
      await writeSome(c, 200);
      await exactEverywhere(c);
      // the base columns stay guarded after a restore
      await expect(c.query("ALTER TABLE customers DROP COLUMN name")).rejects.toMatchObject({ code: "2BP01" });
    } finally {
      await c.end();
    }
    for (const name of Object.keys(VIEWS)) {
      const check = await immv(["check", name], { env: { DATABASE_URL: target } });
      expect(check.stderr).toBe("");
      expect(check.code, check.stdout).toBe(0);
    }
  } finally {
    await dropDatabase(serverUrl, target);
  }
}

describe.skipIf(skipReason !== undefined)("dump and restore", () => {
  const dir = mkdtempSync(join(tmpdir(), "immv-dump-"));
  const dumpFile = join(dir, "db.dump");
  let newest: Server | undefined;

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE customers (id int PRIMARY KEY, name text);
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers ON DELETE CASCADE, amount int);
      CREATE TABLE events (order_id int, event text);
      INSERT INTO customers SELECT i, 'c' || (i % 5) FROM generate_series(1, 20) i;
      INSERT INTO orders SELECT i, 1 + i % 20, i FROM generate_series(1, 50) i;
      INSERT INTO events SELECT i % 10, 'created' FROM generate_series(1, 30) i;`);
    for (const [name, query] of Object.entries(VIEWS)) await createImmv(client, name, query);
    await writeSome(client, 100);
    await exactEverywhere(client);
    execFileSync("pg_dump", ["-Fc", "-f", dumpFile, url], { stdio: "pipe" });
  });

  afterAll(async () => {
    await newest?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("into a new database on the same server", async () => {
    await restoreAndCheck(inject("serverUrl"), dumpFile, "restored");
  });

  test("into a new database on PostgreSQL 18", async () => {
    newest = await startEmbedded(18);
    await restoreAndCheck(newest.url, dumpFile, "restored18");
  });
});
