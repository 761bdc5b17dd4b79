#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import pg from "pg";
import { checkDatabase, formatReport } from "./check.js";
import { generate, SchemaError } from "./generate.js";
import { KitError } from "./kit.js";
import { loadProject, UsageError } from "./project.js";
import { readState } from "./state.js";

/** Exit status, the same meanings as the `immv` command's. */
const Exit = { ok: 0, drift: 1, badInput: 2, failed: 3 } as const;

const program = new Command("immv-drizzle")
  .description("Incrementally maintained views declared with immv() in a drizzle schema.ts")
  .exitOverride()
  .showSuggestionAfterError();

program
  .command("generate")
  .summary("drizzle-kit generate, then a migration for new, changed and removed IMMVs")
  .description(
    "Compiles every immv() of the schema against its tables (a definition immv cannot maintain stops here, before any file is written), runs `drizzle-kit generate` for the tables, then has drizzle-kit create one custom migration holding the SQL for the IMMVs that are new, changed (definition, options, or a base column they use) or removed since the last run, as recorded in <out>/immv-state.json. Nothing changed: no migration.",
  )
  .option("--config <file>", "drizzle config file, as drizzle-kit takes it (default: drizzle.config.ts)")
  .option("--name <name>", "name of the IMMV migration (default: immv_<view>, or immv)")
  .option("--skip-drizzle-kit", "do not run `drizzle-kit generate` for the tables first")
  .action(async (options: { config?: string; name?: string; skipDrizzleKit?: boolean }) => {
    await generate({ config: options.config, name: options.name, skipDrizzleKit: options.skipDrizzleKit });
  });

program
  .command("check")
  .summary("compare the database with the state file; exit 1 on drift")
  .description(
    "Checks that every IMMV the migrations create exists in the database at that version, with its view, storage, maintenance functions and enabled triggers. With --data, also compares each IMMV's rows with a fresh run of its query. Exits 1 when anything differs.",
  )
  .option("--config <file>", "drizzle config file (default: drizzle.config.ts)")
  .option("--url <url>", "database URL (default: dbCredentials.url of the config, else DATABASE_URL)")
  .option("--data", "also compare every IMMV's rows with its query (reads the base tables)")
  .action(async (options: { config?: string; url?: string; data?: boolean }) => {
    const project = await loadProject({ config: options.config });
    const url = options.url ?? project.url ?? process.env.DATABASE_URL;
    if (!url || !/^postgres(ql)?:\/\//.test(url)) {
      throw new UsageError(
        "check needs a PostgreSQL URL: --url, dbCredentials.url in the drizzle config, or DATABASE_URL",
      );
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const report = await checkDatabase(client, readState(project.out), { data: options.data ?? false });
      console.log(formatReport(report, options.data ?? false));
      if (!report.ok) process.exitCode = Exit.drift;
    } finally {
      await client.end();
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitStatus(error);
}

function exitStatus(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? Exit.ok : Exit.badInput;
  if (error instanceof SchemaError) {
    console.error(`${error.message}\n\nimmv-drizzle: nothing was written`);
    return Exit.badInput;
  }
  if (error instanceof UsageError) {
    console.error(`immv-drizzle: ${error.message}`);
    return Exit.badInput;
  }
  if (error instanceof KitError) {
    console.error(`immv-drizzle: ${error.message}`);
    return Exit.failed;
  }
  console.error(`immv-drizzle: ${error instanceof Error ? error.message : String(error)}`);
  return Exit.failed;
}
