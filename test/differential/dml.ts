import type { Random } from "./random.js";
import type { Schema } from "./schema.js";

/** One step of a workload: SQL text, or rows to COPY into a table. */
export type Step = { sql: string } | { copy: string; rows: string[] };

export function stepText(step: Step): string {
  return "sql" in step ? `${step.sql};` : `COPY ${step.copy} FROM STDIN;\n${step.rows.join("\n")}\n\\.`;
}

const nul = (rng: Random, value: string, p = 0.2) => (rng.chance(p) ? "NULL" : value);
const k = (rng: Random) => nul(rng, String(rng.int(0, 5)));
const t = (rng: Random) => nul(rng, `'${rng.pick(["a", "b", "c"])}'`);
const id = (rng: Random) => String(rng.int(1, 12));

function pRow(rng: Random): string {
  return `(${id(rng)}, ${k(rng)}, ${nul(rng, String(rng.int(0, 4)))}, ${t(rng)})`;
}
function cRow(rng: Random): string {
  return `(${id(rng)}, ${nul(rng, id(rng), 0.15)}, ${k(rng)}, ${nul(rng, String(rng.int(0, 40) / 4))}, ${t(rng)})`;
}
function sRow(rng: Random): string {
  return `(${rng.int(0, 3)}, '${rng.pick(["a", "b", "c"])}', ${k(rng)}, ${nul(rng, String(rng.int(0, 4)))})`;
}
function nRow(rng: Random): string {
  return `(${k(rng)}, ${nul(rng, String(rng.int(0, 3)))}, ${t(rng)})`;
}
const ROW = { p: pRow, c: cRow, s: sRow, n: nRow };

function rows(rng: Random, table: keyof typeof ROW): string {
  return Array.from({ length: rng.int(1, 4) }, () => ROW[table](rng)).join(", ");
}

function where(rng: Random, table: string): string {
  const col = table === "s" ? rng.pick(["a", "k", "v"]) : rng.pick(table === "n" ? ["k", "v"] : ["id", "k", "v"]);
  return rng.pick([
    `${col} = ${rng.int(0, 5)}`,
    `${col} > ${rng.int(0, 8)}`,
    `${col} IS NULL`,
    `${col} IN (${rng.int(0, 4)}, ${rng.int(3, 9)})`,
  ]);
}

/** A single data-changing statement (or COPY) drawn from the full mix. */
export function generateStatement(rng: Random, schema: Schema): Step {
  const table = rng.pick(["p", "c", "c", "s", "n"] as const);
  const kind = rng.int(0, 99);
  if (kind < 24) return { sql: `INSERT INTO ${table} VALUES ${rows(rng, table)}` };
  if (kind < 44) {
    const sets: Record<string, string[]> = {
      p: [`k = ${k(rng)}`, `v = ${nul(rng, String(rng.int(0, 4)))}`, `t = ${t(rng)}`, `id = id + ${rng.int(1, 3)}`],
      c: [`k = ${k(rng)}`, `p_id = ${nul(rng, id(rng))}`, "v = v + 1", `t = ${t(rng)}`, `id = id + ${rng.int(1, 3)}`],
      s: [`k = ${k(rng)}`, `v = ${rng.int(0, 4)}`, `a = (a + 1) % 4`, `b = '${rng.pick(["a", "b", "c"])}'`],
      n: [`k = ${k(rng)}`, `v = ${rng.int(0, 3)}`, `t = ${t(rng)}`],
    };
    const set = [...new Set([rng.pick(sets[table]!), rng.pick(sets[table]!)])].join(", ");
    return { sql: `UPDATE ${table} SET ${set} WHERE ${where(rng, table)}` };
  }
  if (kind < 60) return { sql: `DELETE FROM ${table} WHERE ${where(rng, table)}` };
  if (kind < 66) {
    const key = table === "s" ? "(a, b)" : table === "n" ? undefined : "(id)";
    if (!key) return { sql: `INSERT INTO n SELECT k, v, t FROM n WHERE ${where(rng, "n")}` };
    const update = table === "s" ? "k = EXCLUDED.k, v = s.v + 1" : `k = EXCLUDED.k, t = EXCLUDED.t`;
    return {
      sql: `INSERT INTO ${table} VALUES ${rows(rng, table)} ON CONFLICT ${key} DO ${rng.chance(0.7) ? `UPDATE SET ${update}` : "NOTHING"}`,
    };
  }
  if (kind < 72) {
    return {
      sql: `MERGE INTO c USING (VALUES ${Array.from({ length: rng.int(1, 3) }, () => `(${id(rng)}, ${k(rng)})`).join(", ")}) AS src(id, k) ON c.id = src.id
WHEN MATCHED AND src.k IS NULL THEN DELETE
WHEN MATCHED THEN UPDATE SET k = src.k, v = COALESCE(c.v, 0) + 1
WHEN NOT MATCHED THEN INSERT (id, p_id, k, v, t) VALUES (src.id, NULL, src.k, 1, 'a')`,
    };
  }
  if (kind < 78) {
    return rng.pick([
      {
        sql: `WITH moved AS (UPDATE c SET k = ${k(rng)} WHERE ${where(rng, "c")} RETURNING id, k) INSERT INTO n SELECT k, id % 4, 'w' FROM moved`,
      },
      {
        sql: `WITH gone AS (DELETE FROM n WHERE ${where(rng, "n")} RETURNING k) UPDATE p SET v = COALESCE(v, 0) + 1 WHERE k IN (SELECT k FROM gone)`,
      },
      {
        sql: `WITH newp AS (INSERT INTO p VALUES ${pRow(rng)} ON CONFLICT DO NOTHING RETURNING id, k) INSERT INTO c SELECT id + 20, id, k, 2, 'x' FROM newp ON CONFLICT DO NOTHING`,
      },
    ]);
  }
  if (kind < 84) return { sql: `DELETE FROM p WHERE ${where(rng, "p")}` }; // FK ${schema.cascade} into c
  if (kind < 89) {
    const target = rng.pick(["p", "c", "s", "n"] as const);
    return {
      copy: target,
      rows: Array.from({ length: rng.int(1, 3) }, () =>
        ROW[target](rng)
          .slice(1, -1)
          .split(", ")
          .map((v) => (v === "NULL" ? "\\N" : v.replace(/^'|'$/g, "")))
          .join("\t"),
      ),
    };
  }
  if (kind < 91) return { sql: rng.pick(["TRUNCATE n", "TRUNCATE s", "TRUNCATE p CASCADE", "TRUNCATE c"]) };
  if (schema.trigger) return { sql: `INSERT INTO n VALUES ${rows(rng, "n")}` };
  return { sql: `UPDATE c SET v = v * 2 WHERE ${where(rng, "c")}` };
}
