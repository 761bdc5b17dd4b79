import pc from "picocolors";
import { quoteIdent } from "../compile-against.js";
import { type ConnectionOptions, withDatabase } from "../connection.js";
import { CliError, EXIT } from "../exit-codes.js";

type Options = ConnectionOptions & { schema: string };

/** Turns PostgreSQL's "no maintained view" error into a CLI error naming the view. */
async function onView<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "42704" || code === "3F000" || code === "42883") {
      throw new CliError(`no maintained view named "${name}" (immv list shows them)`, EXIT.database);
    }
    throw error;
  }
}

export function dropCommand(name: string, options: Options): Promise<void> {
  return withDatabase(options, (client) =>
    onView(name, async () => {
      await client.query(`CALL ${quoteIdent(options.schema)}."drop"($1)`, [name]);
      console.log(`dropped ${name}`);
    }),
  );
}

export function refreshCommand(name: string, options: Options & { data: boolean }): Promise<void> {
  return withDatabase(options, (client) =>
    onView(name, async () => {
      const { rows } = await client.query(`SELECT ${quoteIdent(options.schema)}.refresh($1, $2) AS n`, [
        name,
        options.data,
      ]);
      console.log(
        options.data
          ? `refreshed ${name}: ${rows[0].n} rows`
          : `emptied ${name}; maintenance is off until the next refresh`,
      );
    }),
  );
}

const SHOWN_DIFFERENCES = 20;

/** Exit 1 when the view differs from its query. */
export function checkCommand(name: string, options: Options): Promise<number> {
  return withDatabase(options, (client) =>
    onView(name, async () => {
      const { rows } = await client.query<{ difference: string; row_data: unknown }>(
        `SELECT difference, row_data FROM ${quoteIdent(options.schema)}."check"($1)`,
        [name],
      );
      if (rows.length === 0) {
        console.log(`${name}: ok (equals its query)`);
        return EXIT.ok;
      }
      const missing = rows.filter((r) => r.difference === "missing").length;
      console.log(
        pc.red(`${name}: drift — ${missing} rows missing from the view, ${rows.length - missing} extra rows in it`),
      );
      for (const r of rows.slice(0, SHOWN_DIFFERENCES)) {
        console.log(`  ${r.difference === "missing" ? "- missing" : "+ extra  "} ${JSON.stringify(r.row_data)}`);
      }
      if (rows.length > SHOWN_DIFFERENCES) console.log(`  … and ${rows.length - SHOWN_DIFFERENCES} more`);
      console.log(`repair: immv refresh ${name}`);
      return EXIT.checkFailed;
    }),
  );
}

export function listCommand(options: Options): Promise<void> {
  return withDatabase(options, async (client) => {
    const { rows: exists } = await client.query("SELECT to_regclass($1) IS NOT NULL AS present", [
      `${quoteIdent(options.schema)}.views`,
    ]);
    if (!exists[0].present) {
      console.log("no IMMVs in this database");
      return;
    }
    const { rows } = await client.query(
      `SELECT name, view, strategy, populated, array_to_string(base_tables, ', ') AS base_tables
       FROM ${quoteIdent(options.schema)}.views ORDER BY name`,
    );
    if (rows.length === 0) {
      console.log("no IMMVs in this database");
      return;
    }
    console.table(rows);
  });
}
