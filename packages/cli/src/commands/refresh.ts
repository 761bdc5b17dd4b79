import type { Command } from "commander";
import { type ConnectionOptions, type SchemaOptions, withConnectionOptions, withDatabase } from "../connection.js";
import { out, rowCount } from "../output.js";
import { onExistingView } from "../runtime.js";

type RefreshOptions = ConnectionOptions & SchemaOptions & { data: boolean };

export function registerRefresh(program: Command): void {
  const command = program
    .command("refresh")
    .summary("rebuild an IMMV from its query (or empty it)")
    .description(
      "Rebuild an IMMV from a fresh run of its query and resume maintenance (SELECT immv.refresh(name)), like REFRESH MATERIALIZED VIEW. With --no-data, empty it and stop maintaining it until the next refresh, like REFRESH MATERIALIZED VIEW ... WITH NO DATA. Prints the rows stored.",
    )
    .argument("<name>", "name of the IMMV")
    .option("--no-data", "empty the view and suspend maintenance instead of rebuilding it");
  withConnectionOptions(command);
  command
    .addHelpText(
      "after",
      `
Examples:
  $ immv refresh order_lines
  $ immv refresh order_lines --no-data     # before a bulk load; refresh again afterwards`,
    )
    .action(async (name: string, options: RefreshOptions) => {
      await withDatabase(options, async (db) => {
        const n = await onExistingView(db, name, options.schema, async (fn) => {
          const { rows } = await db.query<{ n: string }>(`SELECT ${fn("refresh")}($1, $2) AS n`, [name, options.data]);
          return rows[0]?.n ?? "0";
        });
        out(
          options.data
            ? `refreshed ${name}: ${rowCount(n)}`
            : `emptied ${name}: 0 rows; not maintained until \`immv refresh ${name}\``,
        );
      });
    });
}
