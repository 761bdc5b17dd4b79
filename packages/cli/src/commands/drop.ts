import type { Command } from "commander";
import { type ConnectionOptions, type SchemaOptions, withConnectionOptions, withDatabase } from "../connection.js";
import { out } from "../output.js";
import { NoSuchView, onExistingView } from "../runtime.js";

type DropOptions = ConnectionOptions & SchemaOptions & { ifExists?: boolean };

export function registerDrop(program: Command): void {
  const command = program
    .command("drop")
    .summary("remove an IMMV")
    .description(
      "Remove an IMMV: its view, storage table, maintenance functions and triggers, and its catalog row (CALL immv.drop). Base tables are left as they are. A name that is not an IMMV is an error (exit 3) unless --if-exists is given.",
    )
    .argument("<name>", "name of the IMMV")
    .option("--if-exists", "succeed when there is no such IMMV");
  withConnectionOptions(command);
  command
    .addHelpText(
      "after",
      `
Examples:
  $ immv drop order_lines
  $ immv drop order_lines --if-exists --url postgresql://app@localhost/app`,
    )
    .action(async (name: string, options: DropOptions) => {
      await withDatabase(options, async (db) => {
        try {
          await onExistingView(db, name, options.schema, (fn) => db.query(`CALL ${fn("drop")}($1)`, [name]));
          out(`dropped ${name}`);
        } catch (error) {
          if (options.ifExists && error instanceof NoSuchView) {
            out(`no maintained view named ${name}; nothing dropped`);
            return;
          }
          throw error;
        }
      });
    });
}
