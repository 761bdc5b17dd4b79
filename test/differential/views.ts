import type { Random } from "./random.js";

/** A view shape: a family of definitions the suite proves exact. */
export interface Shape {
  name: string;
  strategy: "keyed" | "counted";
  define(rng: Random): string;
}

/** A random condition on an alias of one of the tables (all have k; p, c, s have v; p, c, n have t). */
function condition(rng: Random, alias: string, hasText = true): string {
  const options = [
    `${alias}.k > ${rng.int(0, 3)}`,
    `${alias}.k IS NOT NULL`,
    `(${alias}.k = ${rng.int(0, 4)} OR ${alias}.k IS NULL)`,
    `${alias}.k IN (${rng.int(0, 2)}, ${rng.int(2, 5)})`,
    `${alias}.k BETWEEN 1 AND ${rng.int(2, 5)}`,
    "true",
  ];
  if (hasText) options.push(`${alias}.t <> 'b'`, `COALESCE(${alias}.t, 'a') IN ('a', 'c')`);
  return rng.pick(options);
}

function expression(rng: Random, alias: string): string {
  return rng.pick([
    `${alias}.k * 2 + 1`,
    `COALESCE(${alias}.k, -1)`,
    `CASE WHEN ${alias}.k > 2 THEN 'hi' WHEN ${alias}.k IS NULL THEN NULL ELSE 'lo' END`,
    `abs(${alias}.k - 3)`,
  ]);
}

export const SHAPES: Shape[] = [
  {
    name: "single table, keyed",
    strategy: "keyed",
    define: (r) => `SELECT id, k, v, ${expression(r, "p")} AS e FROM p WHERE ${condition(r, "p")}`,
  },
  {
    name: "single table without primary key (counted)",
    strategy: "counted",
    define: (r) => `SELECT k, t, lower(t) AS lt FROM n WHERE ${condition(r, "n")}`,
  },
  {
    name: "DISTINCT over one table",
    strategy: "counted",
    define: (r) => `SELECT DISTINCT k, ${expression(r, "c")} AS e FROM c WHERE ${condition(r, "c")}`,
  },
  {
    name: "inner join ON (FK)",
    strategy: "keyed",
    define: (r) =>
      `SELECT c.id, c.v, p.t, ${expression(r, "p")} AS e FROM c JOIN p ON p.id = c.p_id WHERE ${condition(r, "c")}`,
  },
  {
    name: "join USING, composite key",
    strategy: "keyed",
    define: (r) => `SELECT k, p.id, s.a, s.b, s.v FROM p JOIN s USING (k) WHERE ${condition(r, "s", false)}`,
  },
  {
    name: "NATURAL join and comma join with WHERE",
    strategy: "keyed",
    define: (r) =>
      r.chance(0.5)
        ? "SELECT * FROM p NATURAL JOIN c"
        : `SELECT p.id AS pid, c.id AS cid, s.b FROM p, c, s WHERE c.k = p.k AND s.a = c.id % 4 AND ${condition(r, "p")}`,
  },
  {
    name: "self-join",
    strategy: "keyed",
    define: (r) =>
      `SELECT x.id AS x_id, y.id AS y_id, x.k FROM c x JOIN c y ON x.k = y.k AND x.id ${r.pick(["<", "<>", "<="])} y.id WHERE ${condition(r, "y")}`,
  },
  {
    name: "subquery in FROM and CTE",
    strategy: "keyed",
    define: (r) =>
      r.chance(0.5)
        ? `WITH big AS (SELECT id, k, v FROM c WHERE ${condition(r, "c")}) SELECT big.id, big.v, p.id AS pid FROM big JOIN p ON p.k = big.k`
        : `SELECT q.id, q.e, s.b FROM (SELECT id, k, ${expression(r, "p")} AS e FROM p WHERE ${condition(r, "p")}) AS q CROSS JOIN s WHERE s.a = q.k`,
  },
  {
    name: "join with a table without primary key (counted)",
    strategy: "counted",
    define: (r) => `SELECT n.k, n.t, p.id FROM n JOIN p ON p.k = n.k WHERE ${condition(r, "n")}`,
  },
  {
    name: "DISTINCT over a self-join and a CTE used twice",
    strategy: "counted",
    define: (r) =>
      r.chance(0.5)
        ? `SELECT DISTINCT a.k, b.t FROM c a JOIN c b ON a.p_id = b.p_id WHERE ${condition(r, "a")}`
        : "WITH ks AS (SELECT k, t FROM n) SELECT DISTINCT x.k, y.t FROM ks x JOIN ks y ON x.k = y.k",
  },
];
