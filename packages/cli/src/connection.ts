import type { Command } from "commander";
import pg from "pg";
import { CliError, ExitCode } from "./exit-codes.js";

export interface ConnectionOptions {
  url?: string;
}

export interface SchemaOptions {
  /** Schema of immv's storage, catalog and functions. */
  schema: string;
}

export interface ViewSchemaOptions {
  /** Schema of the view applications query. */
  viewSchema: string;
}

/** Adds `--url` (falling back to DATABASE_URL) and `--schema` to a command. */
export function withConnectionOptions(command: Command): Command {
  return command
    .option("--url <url>", "PostgreSQL connection URL (default: $DATABASE_URL)")
    .option("--schema <schema>", "schema of immv's storage, catalog and functions", "immv");
}

/** Adds `--view-schema` to a command that names the user-facing view. */
export function withViewSchemaOption(command: Command): Command {
  return command.option("--view-schema <schema>", "schema of the view applications query", "public");
}

const PROTOCOLS = new Set(["postgres:", "postgresql:", "socket:"]);

/** The connection URL from `--url` or DATABASE_URL; a missing one is bad input (exit 2). */
export function resolveUrl(options: ConnectionOptions, env: NodeJS.ProcessEnv = process.env): string {
  const url = options.url || env.DATABASE_URL;
  if (!url) {
    throw new CliError(
      ExitCode.badInput,
      "no database to connect to: pass --url or set DATABASE_URL",
      "e.g. --url postgresql://user@localhost:5432/app",
    );
  }
  return url;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable URL>";
  }
}

/**
 * Connects, runs `work`, and always disconnects. A URL that is not a PostgreSQL URL or a server
 * that cannot be reached is a database error (exit 3), reported with the redacted URL.
 */
export async function withDatabase<T>(options: ConnectionOptions, work: (db: pg.Client) => Promise<T>): Promise<T> {
  const url = resolveUrl(options);
  let protocol: string | undefined;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol === undefined || !PROTOCOLS.has(protocol)) {
    throw new CliError(
      ExitCode.database,
      `cannot connect: ${redactUrl(url) === "<unparseable URL>" ? "the connection string" : redactUrl(url)} is not a PostgreSQL URL`,
      "use postgresql://user[:password]@host[:port]/database",
    );
  }
  const timeoutSeconds = Number(process.env.PGCONNECT_TIMEOUT) || 10;
  const client = new pg.Client({
    connectionString: url,
    application_name: "immv",
    connectionTimeoutMillis: timeoutSeconds * 1000,
  });
  // A server that goes away mid-command surfaces as a failed query; don't crash on the event.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new ConnectFailure(redactUrl(url), error);
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Connecting failed; `cause` is pg's or the socket's error. */
export class ConnectFailure extends Error {
  override readonly name = "ConnectFailure";
  constructor(
    readonly url: string,
    override readonly cause: unknown,
  ) {
    super(`cannot connect to ${url}`);
  }
}
