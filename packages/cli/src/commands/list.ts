import { qualified } from "@immv/core";
import type { Command } from "commander";
import type pg from "pg";
import { type ConnectionOptions, type SchemaOptions, withConnectionOptions, withDatabase } from "../connection.js";
import { displayStoredName } from "../identifiers.js";
import { out, table } from "../output.js";
import { hasRuntime } from "../runtime.js";

type ListOptions = ConnectionOptions & SchemaOptions & { rows: boolean; json?: boolean };

interface ViewRow {
  name: string;
  view: string;
  strategy: string;
  populated: boolean;
  base_tables: string[];
  compiler_version: string;
  created_at: Date;
}

export function registerList(program: Command): void {
  const command = program
    .command("list")
    .alias("ls")
    .summary("list the IMMVs in a database")
    .description(
      "List the IMMVs recorded in immv's catalog (immv.views): name, view, maintenance strategy, whether it is populated, its base tables and the rows it holds. Counting rows reads every view; skip it with --no-rows.",
    )
    .option("--no-rows", "do not count the rows of each view")
    .option("--json", "print a JSON array instead of a table");
  withConnectionOptions(command);
  command
    .addHelpText(
      "after",
      `
Examples:
  $ immv list
  $ immv list --no-rows --json --url postgresql://app@localhost/app`,
    )
    .action(async (options: ListOptions) => {
      await withDatabase(options, async (db) => {
        const views = (await hasRuntime(db, options.schema))
          ? (
              await db.query<ViewRow>(
                `SELECT name, view, strategy, populated, base_tables, compiler_version, created_at
                 FROM ${qualified(options.schema, "views")} ORDER BY name`,
              )
            ).rows
          : [];
        const counts = options.rows ? await Promise.all(views.map((v) => countRows(db, v))) : [];
        if (options.json) {
          out(
            JSON.stringify(
              views.map((v, i) => ({
                name: v.name,
                view: v.view,
                strategy: v.strategy,
                populated: v.populated,
                baseTables: v.base_tables,
                compilerVersion: v.compiler_version,
                createdAt: v.created_at,
                ...(options.rows ? { rows: counts[i] === undefined ? null : Number(counts[i]) } : {}),
              })),
              null,
              2,
            ),
          );
          return;
        }
        if (views.length === 0) {
          out("no IMMVs");
          return;
        }
        const header = ["name", "view", "strategy", "populated", "base tables", ...(options.rows ? ["rows"] : [])];
        const rows = views.map((v, i) => [
          v.name,
          displayStoredName(v.view),
          v.strategy,
          v.populated ? "yes" : "no",
          v.base_tables.map(displayStoredName).join(", "),
          ...(options.rows ? [counts[i] ?? "?"] : []),
        ]);
        out(table(header, rows));
      });
    });
}

/** Rows visible through the view; undefined when it cannot be read (dropped by hand, no privilege). */
async function countRows(db: pg.Client, view: ViewRow): Promise<string | undefined> {
  try {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${view.view}`);
    return rows[0]?.n;
  } catch {
    return undefined;
  }
}
