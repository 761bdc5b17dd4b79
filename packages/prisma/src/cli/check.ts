import { checkDeployedViews, type DeployedView, formatDeployedReport } from "@immv/cli";
import pg from "pg";
import { PrismaImmvError } from "../errors.js";
import { latestImmvMigrations, readMigrations } from "../migrations/history.js";

/**
 * Compares the database with the IMMVs the migrations create: Prisma sees neither functions nor
 * triggers, so it cannot notice when one is dropped or disabled. Returns the exit code.
 */
export async function check(options: { url?: string; migrations: string; data: boolean }): Promise<number> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (!url) {
    throw new PrismaImmvError("invalid_option", "no database to check", undefined, "pass --url or set DATABASE_URL");
  }
  const expected: DeployedView[] = [];
  for (const [name, { folder, header }] of latestImmvMigrations(readMigrations(options.migrations))) {
    if (header.action !== "create" || !header.hash || !header.triggers) continue;
    expected.push({
      name,
      schema: header.viewSchema,
      storageSchema: header.immvSchema,
      hash: header.hash,
      triggers: header.triggers,
      migration: folder,
    });
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const report = await checkDeployedViews(client, expected, { data: options.data });
    console.log(formatDeployedReport(report, options.data));
    return report.ok ? 0 : 1;
  } finally {
    await client.end();
  }
}
