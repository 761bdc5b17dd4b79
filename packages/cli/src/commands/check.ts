import { type Command, InvalidArgumentError } from "commander";
import { type ConnectionOptions, type SchemaOptions, withConnectionOptions, withDatabase } from "../connection.js";
import { ExitCode, QuietExit } from "../exit-codes.js";
import { out, rowCount } from "../output.js";
import { onExistingView } from "../runtime.js";

type CheckOptions = ConnectionOptions & SchemaOptions & { limit: number };

interface CheckSummary {
  missing: string;
  extra: string;
  sample: { difference: "missing" | "extra"; row_data: unknown }[] | null;
}

export function registerCheck(program: Command): void {
  const command = program
    .command("check")
    .summary("verify an IMMV equals a fresh run of its query")
    .description(
      "Compare an IMMV with a fresh run of its defining query (SELECT * FROM immv.check(name)). Prints 'ok' and exits 0 when they are equal as multisets; otherwise prints the differing rows and exits 1.",
    )
    .argument("<name>", "name of the IMMV")
    .option("--limit <n>", "show at most this many differing rows", parseLimit, 20);
  withConnectionOptions(command);
  command
    .addHelpText(
      "after",
      `
Differences:
  - missing  a row the query returns that the view lacks
  + extra    a row the view holds that the query does not return

Exit status: 0 equal, 1 drift found, 2 bad input, 3 database error (for instance an unpopulated view).

Examples:
  $ immv check order_lines
  $ immv check order_lines || immv refresh order_lines`,
    )
    .action(async (name: string, options: CheckOptions) => {
      const summary = await withDatabase(options, (db) =>
        onExistingView(db, name, options.schema, async (fn) => {
          const { rows } = await db.query<CheckSummary>(
            `WITH d AS (SELECT difference, row_data FROM ${fn("check")}($1))
             SELECT (SELECT count(*) FROM d WHERE difference = 'missing') AS missing,
                    (SELECT count(*) FROM d WHERE difference = 'extra') AS extra,
                    (SELECT json_agg(s) FROM (SELECT difference, row_data FROM d
                       ORDER BY row_data::text, difference LIMIT $2) AS s) AS sample`,
            [name, options.limit],
          );
          return rows[0]!;
        }),
      );
      const missing = BigInt(summary.missing);
      const extra = BigInt(summary.extra);
      if (missing + extra === 0n) {
        out(`ok: ${name} equals its query`);
        return;
      }
      const sample = summary.sample ?? [];
      const lines = [
        `drift: ${name} differs from its query in ${rowCount(missing + extra)} (${missing} missing, ${extra} extra)`,
        ...sample.map(
          (r) => `  ${r.difference === "missing" ? "- missing" : "+ extra  "}  ${JSON.stringify(r.row_data)}`,
        ),
      ];
      const hidden = missing + extra - BigInt(sample.length);
      if (hidden > 0n) lines.push(`  … and ${hidden} more (--limit shows more)`);
      lines.push(
        "missing: returned by the query but not in the view; extra: in the view but not returned by the query",
        `to rebuild it: immv refresh ${name}`,
      );
      out(lines.join("\n"));
      throw new QuietExit(ExitCode.checkFailed);
    });
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return n;
}
