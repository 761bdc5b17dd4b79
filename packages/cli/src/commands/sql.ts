import type { Command } from "commander";
import type pg from "pg";
import { compileAgainst } from "../compile-live.js";
import {
  type ConnectionOptions,
  type SchemaOptions,
  type ViewSchemaOptions,
  withConnectionOptions,
  withDatabase,
  withViewSchemaOption,
} from "../connection.js";
import {
  type DefinitionOptions,
  hasExplicitDefinition,
  readDefinition,
  withDefinitionOptions,
} from "../definition-source.js";
import { out } from "../output.js";
import { NoSuchView, noSuchView, onExistingView } from "../runtime.js";

type SqlOptions = ConnectionOptions & SchemaOptions & ViewSchemaOptions & DefinitionOptions & { drop?: boolean };

export function registerSql(program: Command): void {
  const command = program
    .command("sql")
    .summary("print the SQL that creates (or drops) an IMMV")
    .description(
      "Compile a view definition against the database's current schema and print the creation script, wrapped in BEGIN/COMMIT so that piping it into psql applies it atomically. Nothing is changed in the database. With --drop, print the script that removes the IMMV instead.",
    )
    .argument("<name>", "name of the view applications query");
  withDefinitionOptions(command);
  command.option(
    "--drop",
    "print the drop script instead (uses the definition stored in the database when no query is given)",
  );
  withViewSchemaOption(withConnectionOptions(command));
  command
    .addHelpText(
      "after",
      `
The definition comes from --query, --file <path>, --file - (stdin), or stdin when it is not a terminal.

Examples:
  $ immv sql order_lines --query "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id" | psql "$DATABASE_URL"
  $ immv sql order_lines --file views/order_lines.sql > migrations/0042_order_lines.sql
  $ cat views/order_lines.sql | immv sql order_lines --url postgresql://app@localhost/app
  $ immv sql order_lines --drop | psql "$DATABASE_URL"`,
    )
    .action(async (name: string, options: SqlOptions) => {
      const explicit = hasExplicitDefinition(options);
      // --drop needs a definition only to know the names; don't wait on stdin for it.
      const query = options.drop && !explicit ? undefined : await readDefinition(options);
      await withDatabase(options, async (db) => {
        const definition =
          query ??
          (await storedDefinition(db, name, options.schema).catch((error: unknown) => {
            if (!(error instanceof NoSuchView)) throw error;
            throw new NoSuchView(
              error.exitCode,
              error.message,
              "without --query or --file, --drop compiles the definition stored in the database; pass the definition to print the drop script of a view that does not exist",
            );
          }));
        const compiled = await compileAgainst(db, {
          name,
          query: definition,
          schema: options.schema,
          viewSchema: options.viewSchema,
          transaction: true,
        });
        out(options.drop ? compiled.dropSql : compiled.createSql);
      });
    });
}

/** The definition an existing IMMV was created from (immv.get_def). */
function storedDefinition(db: pg.Client, name: string, schema: string): Promise<string> {
  return onExistingView(db, name, schema, async (fn) => {
    const { rows } = await db.query<{ def: string | null }>(`SELECT ${fn("get_def")}($1) AS def`, [name]);
    const def = rows[0]?.def;
    if (def == null) throw noSuchView(name, schema, true);
    return def;
  });
}
