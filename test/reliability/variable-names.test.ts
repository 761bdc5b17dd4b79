import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

/**
 * Base columns named like the variables of the generated PL/pgSQL: the names every immv function
 * declares (read from the installed functions), and the ones PL/pgSQL itself defines (FOUND, TG_OP,
 * NEW, OLD, …). A statement that reads a column of the same name must read the column, whatever
 * plpgsql.variable_conflict says: under `error` it would fail, under `use_variable` read the variable.
 */

/** Declared by the functions of runtime 1, which databases created before version 2 still run. */
const EARLIER_NAMES = ["depth"];

const PLPGSQL_NAMES = ["found", "tg_op", "tg_name", "tg_when", "tg_level", "tg_argv", "tg_nargs", "new", "old"];

const { client } = await freshDatabase("varnames");

/** Names declared in the DECLARE sections of every function in schema immv. */
async function declaredNames(): Promise<string[]> {
  const { rows } = await client.query(`
    SELECT DISTINCT lower(m[1]) AS name
    FROM pg_proc p,
         regexp_matches(substring(p.prosrc from 'DECLARE(.*?)BEGIN'), '\\n\\s*"?([A-Za-z_][A-Za-z0-9_]*)"?\\s', 'g') AS m
    WHERE p.pronamespace = 'immv'::regnamespace ORDER BY 1`);
  return rows.map((r) => r.name);
}

let columns: string[] = [];
let views: Record<string, string> = {};

beforeAll(async () => {
  // a throwaway view installs the runtime and one of each function shape to read names from
  await client.query("CREATE TABLE probe (id int PRIMARY KEY, a int); CREATE TABLE probe2 (id int PRIMARY KEY)");
  await createImmv(client, "probe_view", "SELECT p.id, p.a FROM probe p JOIN probe2 q ON q.id = p.id");
  // `__ivm_` names are refused by the compiler (reserved for what it generates): none to test
  columns = [...new Set([...(await declaredNames()), ...EARLIER_NAMES, ...PLPGSQL_NAMES])].filter(
    (n) => n !== "id" && !n.startsWith("__ivm_"),
  );
  const list = columns.map((c) => `"${c}" int`).join(", ");
  await client.query(`CREATE TABLE t (id int PRIMARY KEY, ${list}); CREATE TABLE u (id int PRIMARY KEY, ${list})`);
  const cols = (alias: string) => columns.map((c) => `${alias}."${c}"`).join(", ");
  const first = `"${columns[0]}"`;
  views = {
    names_keyed: `SELECT t.id, ${cols("t")}, u.${first} AS u_first FROM t JOIN u ON u.id = t.id`,
    names_counted: `SELECT DISTINCT ${cols("t")} FROM t`,
    names_totals: `SELECT t.${first}, count(*) AS n, ${columns.map((c) => `sum(t."${c}") AS "s_${c}", max(t."${c}") AS "m_${c}"`).join(", ")} FROM t JOIN u ON u.id = t.id GROUP BY t.${first}`,
  };
  for (const [name, query] of Object.entries(views)) await createImmv(client, name, query);
});

afterAll(async () => {
  await client.query("RESET plpgsql.variable_conflict");
});

describe.each(["error", "use_variable"])(
  "base columns named like PL/pgSQL variables, variable_conflict = %s",
  (mode) => {
    test("the declared names were found (else this suite tests nothing)", () => {
      expect(columns.length).toBeGreaterThan(PLPGSQL_NAMES.length);
    });

    test("every kind of write keeps every view exact", async () => {
      await client.query(`SET plpgsql.variable_conflict = ${mode}`);
      // a new session-level setting must reach functions compiled earlier in this session
      await client.query("DISCARD PLANS");
      const row = (id: number, v: number) => `(${id}, ${columns.map((_, i) => (i + v) % 3).join(", ")})`;
      const writes = [
        `INSERT INTO t VALUES ${row(1, 0)}, ${row(2, 1)}, ${row(3, 2)}`,
        `INSERT INTO u VALUES ${row(1, 0)}, ${row(2, 2)}`,
        `UPDATE t SET ${columns.map((c) => `"${c}" = "${c}" + 1`).join(", ")} WHERE id <> 2`,
        `UPDATE u SET "${columns[0]}" = 7 WHERE id = 2`,
        `WITH d AS (DELETE FROM u WHERE id = 1 RETURNING id) UPDATE t SET "${columns[1]}" = 5 WHERE id IN (SELECT id FROM d)`,
        "DELETE FROM t WHERE id = 3",
        "TRUNCATE u",
        "DELETE FROM t",
      ];
      for (const write of writes) {
        await client.query(write);
        for (const [name, query] of Object.entries(views)) {
          expect({ write, name, diff: await diffImmv(client, name, query) }).toEqual({
            write,
            name,
            diff: { missing: [], extra: [] },
          });
        }
      }
    });
  },
);
