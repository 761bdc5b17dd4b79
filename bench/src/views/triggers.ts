type Op = "INSERT" | "UPDATE" | "DELETE";

const TRANSITION: Record<Op, string> = {
  INSERT: "REFERENCING NEW TABLE AS new_rows",
  UPDATE: "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
  DELETE: "REFERENCING OLD TABLE AS old_rows",
};

/**
 * One PL/pgSQL function `fn` running `bodies[TG_OP]`, attached to `table` by one AFTER statement
 * trigger per operation with that operation's transition tables (`old_rows`, `new_rows`).
 */
export function statementTriggers(table: string, fn: string, bodies: Partial<Record<Op, string>>): string {
  const ops = Object.keys(bodies) as Op[];
  const branches = ops.map((op) => `  IF TG_OP = '${op}' THEN\n${bodies[op]}\n  END IF;`).join("\n");
  const triggers = ops.map(
    (op) =>
      `CREATE TRIGGER ${fn.split(".").pop()}_${op.toLowerCase()} AFTER ${op} ON ${table} ${TRANSITION[op]} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`,
  );
  return [
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n${branches}\n  RETURN NULL;\nEND\n$fn$;`,
    ...triggers,
  ].join("\n");
}

/**
 * Applies a delta of additive aggregates (`n` rows, `x` sum per key) to `table`: one upsert, then
 * removal of groups left empty. `avg` keeps an `average` column equal to avg().
 */
export function additiveUpsert(options: { table: string; keys: string[]; delta: string; avg: boolean }): string {
  const { table, keys, delta, avg } = options;
  const average = (n: string, x: string) => `${x}::numeric / NULLIF(${n}, 0)`;
  return `    INSERT INTO ${table} AS v (${keys.join(", ")}, accounts, total${avg ? ", average" : ""})
    SELECT ${keys.join(", ")}, n, x${avg ? `, ${average("n", "x")}` : ""} FROM (${delta}) d WHERE n <> 0 OR x <> 0
    ON CONFLICT (${keys[0]}) DO UPDATE SET accounts = v.accounts + excluded.accounts, total = v.total + excluded.total${
      avg ? `,\n      average = ${average("(v.accounts + excluded.accounts)", "(v.total + excluded.total)")}` : ""
    };
    DELETE FROM ${table} WHERE accounts = 0;`;
}
